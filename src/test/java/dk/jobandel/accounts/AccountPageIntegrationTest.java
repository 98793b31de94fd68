package dk.jobandel.accounts;

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
import dk.jobandel.notifications.MailOutbox;
import dk.jobandel.notifications.NoticeKind;
import dk.jobandel.notifications.Notifications;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import dk.jobandel.testsupport.Texts;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** "Min konto": name, e-mail change by link, notice choices, password change and sessions. */
@ApplicationTest
class AccountPageIntegrationTest {

    private static final String NEW_PASSWORD = "blå cykel ved havnefronten";
    private static final Pattern LINK = Pattern.compile("http://localhost:8080(/\\S+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    MailOutbox outbox;

    @Autowired
    Notifications notifications;

    @Autowired
    dk.jobandel.members.StaffInvitations invitations;

    Sessions sessions;

    @BeforeEach
    void setUp() {
        sessions = new Sessions(mvc, registration, organisations);
    }

    private String lastLinkTo(String email) {
        var mails = outbox.newestTo(email, 1);
        assertThat(mails).as("a mail to " + email).isNotEmpty();
        var matcher = LINK.matcher(mails.getFirst().body());
        assertThat(matcher.find()).as("a link in the mail").isTrue();
        return matcher.group(1);
    }

    @Test
    void theAccountPageIsReachedFromTheNameInTheHeaderAndOnlyBySignedInMembers() throws Exception {
        var amira = sessions.freelancer("Amira Nielsen");
        mvc.perform(get("/dashboard").session(amira.session()))
                .andExpect(content().string(containsString("href=\"/account\"")));
        mvc.perform(get("/account").session(amira.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(Texts.shown(messages, "account.title"))))
                .andExpect(content().string(containsString(amira.email())))
                .andExpect(content().string(containsString(Texts.shown(messages, "account.sessions.current"))));
        mvc.perform(get("/account")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/account/name").with(csrf()).param("displayName", "X"))
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void aNewNameShowsInTheHeaderAtOnceAndControlCharactersAreRefused() throws Exception {
        var amira = sessions.freelancer("Amira Nielsen");
        mvc.perform(post("/account/name")
                        .with(csrf())
                        .session(amira.session())
                        .param("displayName", "Amira\rBEGIN:VEVENT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(Texts.shown(messages, "typeMismatch.java.lang.String"))));
        mvc.perform(post("/account/name").with(csrf()).session(amira.session()).param("displayName", "Amira Holm"))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/account").session(amira.session()))
                .andExpect(content().string(containsString("class=\"signed-in\">Amira Holm</span>")));
    }

    @Test
    void changingThePasswordAsksForTheCurrentOneAppliesThePolicyAndEndsTheOtherSessions() throws Exception {
        var bo = sessions.freelancer("Bo");
        MockHttpSession laptop = bo.session();
        MockHttpSession phone = sessions.login(bo.email());

        mvc.perform(post("/account/password")
                        .with(csrf())
                        .session(laptop)
                        .param("currentPassword", "not my password")
                        .param("newPassword", NEW_PASSWORD)
                        .param("newPasswordConfirmation", NEW_PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(Texts.shown(messages, "account.password.wrong"))));
        mvc.perform(post("/account/password")
                        .with(csrf())
                        .session(laptop)
                        .param("currentPassword", Sessions.PASSWORD)
                        .param("newPassword", "password1")
                        .param("newPasswordConfirmation", "password1"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(Texts.shown(messages, "account.password.saved")))));
        // both sessions still live after the refused attempts
        mvc.perform(get("/account").session(phone)).andExpect(status().isOk());

        mvc.perform(post("/account/password")
                        .with(csrf())
                        .session(laptop)
                        .param("currentPassword", Sessions.PASSWORD)
                        .param("newPassword", NEW_PASSWORD)
                        .param("newPasswordConfirmation", NEW_PASSWORD))
                .andExpect(redirectedUrl("/account"))
                .andExpect(flash().attribute("flash", "account.password.saved"));

        mvc.perform(get("/account").session(laptop)).andExpect(status().isOk());
        mvc.perform(get("/account").session(phone)).andExpect(redirectedUrl("/login"));
        sessions.login(bo.email(), NEW_PASSWORD);
        assertThat(outbox.newestTo(bo.email(), 1).getFirst().subject()).contains("adgangskode");
    }

    @Test
    void aMemberSeesTheirSessionsAndEndsOneButNeverAnotherMembersSession() throws Exception {
        var cecilie = sessions.freelancer("Cecilie");
        MockHttpSession mine = cecilie.session();
        MockHttpSession other = (MockHttpSession) mvc.perform(post("/login")
                        .with(csrf())
                        .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0")
                        .with(request -> {
                            request.setRemoteAddr("10.99.1.7");
                            return request;
                        })
                        .param("email", cecilie.email())
                        .param("password", Sessions.PASSWORD))
                .andExpect(redirectedUrl("/dashboard"))
                .andReturn()
                .getRequest()
                .getSession();

        String page = mvc.perform(get("/account").session(mine))
                .andExpect(content().string(containsString("Firefox på Linux")))
                .andExpect(content().string(containsString("10.99.1.7")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var handle = Pattern.compile("/account/sessions/([0-9a-f]{32})/end").matcher(page);
        assertThat(handle.find()).isTrue();

        // another member posting the handle ends nothing
        var intruder = sessions.freelancer("Intruder");
        mvc.perform(post("/account/sessions/" + handle.group(1) + "/end")
                        .with(csrf())
                        .session(intruder.session()))
                .andExpect(flash().attribute("flash", "account.sessions.gone"));
        mvc.perform(get("/account").session(other)).andExpect(status().isOk());

        mvc.perform(post("/account/sessions/" + handle.group(1) + "/end")
                        .with(csrf())
                        .session(mine))
                .andExpect(flash().attribute("flash", "account.sessions.ended"));
        mvc.perform(get("/account").session(other)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/account").session(mine)).andExpect(status().isOk());
    }

    @Test
    void endAllOthersKeepsOnlyTheCurrentSession() throws Exception {
        var dorte = sessions.freelancer("Dorte");
        MockHttpSession second = sessions.login(dorte.email());
        MockHttpSession third = sessions.login(dorte.email());
        mvc.perform(post("/account/sessions/end-others").with(csrf()).session(dorte.session()))
                .andExpect(redirectedUrl("/account#sessions"));
        mvc.perform(get("/account").session(second)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/account").session(third)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/account").session(dorte.session())).andExpect(status().isOk());
    }

    @Test
    void anEmailChangeTakesEffectOnlyThroughTheLinkAndTheOldAddressIsTold() throws Exception {
        var emil = sessions.freelancer("Emil");
        String newEmail = Sessions.uniqueEmail("emil-new");
        mvc.perform(post("/account/email").with(csrf()).session(emil.session()).param("email", newEmail))
                .andExpect(redirectedUrl("/account"))
                .andExpect(flash().attribute("flash", "account.email.sent"));
        mvc.perform(get("/account").session(emil.session()))
                .andExpect(
                        content().string(containsString(Texts.shown(messages, "account.email.current", emil.email()))));

        String link = lastLinkTo(newEmail);
        assertThat(link).startsWith("/account/email/confirm?token=");
        // opening the link (a mail scanner, say) changes nothing yet
        mvc.perform(get(link))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(Texts.shown(messages, "account.email.confirm.submit"))));
        mvc.perform(get("/account").session(emil.session()))
                .andExpect(
                        content().string(containsString(Texts.shown(messages, "account.email.current", emil.email()))));

        String token = link.substring(link.indexOf('=') + 1);
        mvc.perform(post("/account/email/confirm").with(csrf()).param("token", token))
                .andExpect(redirectedUrl("/account/email/confirmed"));
        mvc.perform(get("/account").session(emil.session()))
                .andExpect(content().string(containsString(Texts.shown(messages, "account.email.current", newEmail))));
        assertThat(outbox.newestTo(emil.email(), 1).getFirst().body()).contains(newEmail);
        sessions.login(newEmail);

        // the link works once
        mvc.perform(post("/account/email/confirm").with(csrf()).param("token", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(Texts.shown(messages, "account.link.invalid.title"))));
    }

    @Test
    void askingForAnAddressThatIsTakenReadsTheSameAndTellsItsOwner() throws Exception {
        var frida = sessions.freelancer("Frida");
        var gustav = sessions.freelancer("Gustav");
        mvc.perform(post("/account/email").with(csrf()).session(frida.session()).param("email", gustav.email()))
                .andExpect(redirectedUrl("/account"))
                .andExpect(flash().attribute("flash", "account.email.sent"));
        var toGustav = outbox.newestTo(gustav.email(), 1);
        assertThat(toGustav).isNotEmpty();
        assertThat(toGustav.getFirst().body())
                .contains("allerede til din konto")
                .doesNotContain("token=");
    }

    @Test
    void aMemberChoosesWhichNoticesAlsoComeByEmail() throws Exception {
        var hanne = sessions.freelancer("Hanne");
        // every mailed kind but OFFER_EXPIRED stays ticked
        var choice = post("/account/notices").with(csrf()).session(hanne.session());
        for (NoticeKind kind : NoticeKind.values()) {
            if (kind.mailed() && kind != NoticeKind.OFFER_EXPIRED) {
                choice.param("mailed", kind.name());
            }
        }
        mvc.perform(choice).andExpect(redirectedUrl("/account"));
        String page = mvc.perform(get("/account").session(hanne.session()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .containsPattern("value=\"OFFER_DECLINED\"[^>]*checked")
                .doesNotContainPattern("value=\"OFFER_EXPIRED\"[^>]*checked");

        notifications.notify(hanne.accountId(), NoticeKind.OFFER_EXPIRED, List.of("Bager", "Kollektivet"), "/offers");
        assertThat(outbox.newestTo(hanne.email(), 10))
                .noneMatch(mail -> mail.body().contains("Bager"));
        notifications.notify(hanne.accountId(), NoticeKind.OFFER_DECLINED, List.of("Smed", "Kollektivet"), "/offers");
        assertThat(outbox.newestTo(hanne.email(), 10))
                .anyMatch(mail -> mail.body().contains("Smed"));
        // the notice itself still reaches the notification centre
        mvc.perform(get("/notifications").session(hanne.session()))
                .andExpect(content().string(containsString("Bager")));
    }

    @Test
    void aColleagueRemovedFromTheStaffIsSignedOutAtOnce() throws Exception {
        var cooperative = sessions.cooperative("Fjernkollektivet", true);
        String email = Sessions.uniqueEmail("colleague");
        var invitation = invitations.invite(cooperative.staff().accountId(), email, java.util.Locale.of("da"));
        long colleague =
                invitations.accept(invitation.token(), "Kollega", Sessions.PASSWORD, java.util.Locale.of("da"));
        MockHttpSession colleagueSession = sessions.login(email);
        mvc.perform(get("/roles").session(colleagueSession)).andExpect(status().isOk());

        mvc.perform(post("/organisation/staff/" + colleague + "/remove")
                        .with(csrf())
                        .session(cooperative.staff().session()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/roles").session(colleagueSession)).andExpect(redirectedUrl("/login"));
    }
}
