package dk.jobandel.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.Organisations;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import dk.jobandel.testsupport.Texts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The notification centre and the header's unread count, each member seeing and changing only their own. */
@ApplicationTest
class NotificationCentreIntegrationTest {

    /** The visible badge (its label for screen readers is checked beside it). */
    private static final String COUNT_2 = "aria-hidden=\"true\">2</span>";

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    private long newest(long accountId) {
        return jdbc.sql("select max(id) from notification where recipient_id = :id")
                .param("id", accountId)
                .query(Long.class)
                .single();
    }

    @Test
    void membersSeeAndMarkOnlyTheirOwnNotices() throws Exception {
        var sessions = new Sessions(mvc, registration, organisations);
        var anna = sessions.freelancer("Anna");
        var bent = sessions.freelancer("Bent");
        notifications.notify(
                anna.accountId(), NoticeKind.OFFER_EXPIRED, List.of("Kok", "Andelskøkkenet"), "/dashboard");
        long annasFirst = newest(anna.accountId());
        notifications.notify(
                anna.accountId(), NoticeKind.OFFER_DECLINED, List.of("Opvasker", "Andelskøkkenet"), "/dashboard");
        notifications.notify(
                bent.accountId(), NoticeKind.OFFER_EXPIRED, List.of("Bents hemmelige rolle", "Et sted"), "/dashboard");

        mvc.perform(get("/notifications").session(anna.session()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(Texts.shown(messages, "notice.OFFER_EXPIRED", "Kok", "Andelskøkkenet"))))
                .andExpect(content()
                        .string(containsString(
                                Texts.shown(messages, "notice.OFFER_DECLINED", "Opvasker", "Andelskøkkenet"))))
                .andExpect(content().string(not(containsString("Bents hemmelige rolle"))))
                .andExpect(content().string(containsString(COUNT_2)))
                .andExpect(content().string(containsString(Texts.shown(messages, "nav.notifications.unread", 2))));

        // Bent can neither read nor mark Anna's notice, and learns nothing about it
        mvc.perform(post("/notifications/" + annasFirst + "/read").with(csrf()).session(bent.session()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/notifications/" + annasFirst + "/open").with(csrf()).session(bent.session()))
                .andExpect(status().isNotFound());
        assertThat(notifications.unreadCount(anna.accountId())).isEqualTo(2);

        // without the CSRF token nothing changes
        mvc.perform(post("/notifications/" + annasFirst + "/read").session(anna.session()))
                .andExpect(status().isForbidden());

        mvc.perform(post("/notifications/" + annasFirst + "/read").with(csrf()).session(anna.session()))
                .andExpect(redirectedUrl("/notifications"))
                .andExpect(flash().attribute("flash", "notifications.markedRead"));
        mvc.perform(get("/dashboard").session(anna.session()))
                .andExpect(content().string(containsString(Texts.shown(messages, "nav.notifications.unread", 1))));

        mvc.perform(post("/notifications/read").with(csrf()).session(anna.session()))
                .andExpect(redirectedUrl("/notifications"))
                .andExpect(flash().attribute("flash", "notifications.allMarkedRead"));
        mvc.perform(get("/notifications").session(anna.session()))
                .andExpect(content()
                        .string(containsString(Texts.shown(messages, "notice.OFFER_EXPIRED", "Kok", "Andelskøkkenet"))))
                .andExpect(content().string(not(containsString("unread-count"))))
                .andExpect(content().string(not(containsString(Texts.shown(messages, "notifications.markAllRead")))));
        assertThat(notifications.unreadCount(bent.accountId())).isEqualTo(1);
    }

    @Test
    void followingANoticeMarksItReadAndLeadsToWhatItIsAbout() throws Exception {
        var sessions = new Sessions(mvc, registration, organisations);
        var cooperative = sessions.cooperative("Kaffekollektivet", true);
        long staff = cooperative.staff().accountId();
        notifications.notify(staff, NoticeKind.ORGANISATION_VERIFIED, List.of("Kaffekollektivet"), "/roles");

        // a GET (a prefetch, a link preview) changes nothing
        mvc.perform(get("/notifications/" + newest(staff))
                .session(cooperative.staff().session()));
        assertThat(notifications.unreadCount(staff)).isEqualTo(1);

        mvc.perform(post("/notifications/" + newest(staff) + "/open")
                        .with(csrf())
                        .session(cooperative.staff().session()))
                .andExpect(redirectedUrl("/roles"));
        assertThat(notifications.unreadCount(staff)).isZero();
    }

    @Test
    void theHeaderShowsNoCountWithoutUnreadNoticesAndTheCentreNeedsASignedInMember() throws Exception {
        var sessions = new Sessions(mvc, registration, organisations);
        var quiet = sessions.freelancer("Stille");
        mvc.perform(get("/dashboard").session(quiet.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/notifications\"")))
                .andExpect(content().string(not(containsString("unread-count"))));
        mvc.perform(get("/notifications").session(quiet.session()))
                .andExpect(content().string(containsString(Texts.shown(messages, "notifications.empty"))));

        mvc.perform(get("/notifications")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/")).andExpect(content().string(not(containsString("href=\"/notifications\""))));
        // an error page is rendered without a controller's model: no count, no failure
        mvc.perform(post("/notifications/999999999/open").with(csrf()).session(quiet.session()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("unread-count"))));
    }

    @Test
    void theDemoOutboxDoesNotExistOutsideTheDemoProfile() throws Exception {
        var consultant = new Sessions(mvc, registration, organisations).consultant("Mette");
        mvc.perform(get("/demo/outbox").session(consultant.session())).andExpect(status().isNotFound());
    }

    @Test
    void theStaffAreToldWhenAConsultantVerifiesOrRejectsTheirOrganisation() throws Exception {
        var sessions = new Sessions(mvc, registration, organisations);
        var consultant = sessions.consultant("Konsulent Karen");
        var verified = sessions.cooperative("Cykelværkstedet", false);
        var rejected = sessions.cooperative("Tvivlsomt Kooperativ", false);

        mvc.perform(post("/consultant/organisations/" + verified.organisationId() + "/verify")
                        .with(csrf())
                        .param(
                                "version",
                                String.valueOf(organisations
                                        .byId(verified.organisationId())
                                        .getVersion()))
                        .session(consultant.session()))
                .andExpect(redirectedUrl("/consultant/organisations"));
        mvc.perform(post("/consultant/organisations/" + rejected.organisationId() + "/reject")
                        .with(csrf())
                        .param(
                                "version",
                                String.valueOf(organisations
                                        .byId(rejected.organisationId())
                                        .getVersion()))
                        .param("reason", "CVR-nummeret tilhører en anden virksomhed.")
                        .session(consultant.session()))
                .andExpect(redirectedUrl("/consultant/organisations"));

        mvc.perform(get("/notifications").session(verified.staff().session()))
                .andExpect(content()
                        .string(containsString(
                                Texts.shown(messages, "notice.ORGANISATION_VERIFIED", "Cykelværkstedet"))));
        mvc.perform(get("/notifications").session(rejected.staff().session()))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "Tvivlsomt Kooperativ er ikke godkendt. Begrundelse: CVR-nummeret tilhører en anden virksomhed.")));
        assertThat(jdbc.sql("select subject from mail_outbox where recipient_account_id = :id")
                        .param("id", verified.staff().accountId())
                        .query(String.class)
                        .list())
                .containsExactly("Cykelværkstedet er godkendt på Jobandel");
        assertThat(jdbc.sql("select body_text from mail_outbox where recipient_account_id = :id")
                        .param("id", rejected.staff().accountId())
                        .query(String.class)
                        .single())
                .contains("CVR-nummeret tilhører en anden virksomhed.");
    }

    @Test
    void colleaguesAreToldInTheCentreWhenAnInviteeJoinsAndTheInvitationMailIsQueued() throws Exception {
        var sessions = new Sessions(mvc, registration, organisations);
        var cooperative = sessions.cooperative("Bogcaféen", true);
        String invitee = Sessions.uniqueEmail("invitee");
        var invited = mvc.perform(post("/organisation/staff/invite")
                        .with(csrf())
                        .param("email", invitee)
                        .session(cooperative.staff().session()))
                .andExpect(redirectedUrl("/organisation/staff"))
                .andExpect(flash().attribute("flash", "invitation.created"))
                .andReturn();
        String link = (String) invited.getFlashMap().get("invitationLink");
        assertThat(jdbc.sql("select body_text from mail_outbox where recipient_email = :to")
                        .param("to", invitee)
                        .query(String.class)
                        .single())
                .as("the invitation mail waits in the outbox")
                .contains(link)
                .contains("Staff of Bogcaféen har inviteret dig");

        mvc.perform(post(java.net.URI.create(link).getPath())
                        .with(csrf())
                        .param("displayName", "Nye Nina")
                        .param("password", Sessions.PASSWORD)
                        .param("passwordConfirmation", Sessions.PASSWORD)
                        .param("consent", "true"))
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/notifications").session(cooperative.staff().session()))
                .andExpect(content()
                        .string(containsString(
                                "Nye Nina har sagt ja til invitationen og er nu medarbejder i Bogcaféen.")));
    }
}
