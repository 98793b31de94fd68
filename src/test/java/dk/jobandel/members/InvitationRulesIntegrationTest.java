package dk.jobandel.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Review finding 2: who may invite, how many, and what the link and the mail may carry. */
@ApplicationTest
class InvitationRulesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    StaffInvitations invitations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anUnverifiedOrganisationCannotInvite() throws Exception {
        var coop = new Sessions(mvc, registration, organisations).cooperative("Uprøvet", false);
        assertThatThrownBy(
                        () -> invitations.invite(coop.staff().accountId(), Sessions.uniqueEmail("x"), Locale.of("da")))
                .isInstanceOf(RegistrationRefused.class)
                .extracting(e -> ((RegistrationRefused) e).messageCode())
                .isEqualTo("invitation.unverifiedOrganisation");
    }

    @Test
    void aVerifiedOrganisationInvitesAtMostTwentyADayEachAuditedWithALinkFromThePublicUrl() throws Exception {
        var coop = new Sessions(mvc, registration, organisations).cooperative("Travl", true);
        // the Host header is the client's choice: the link never comes from it
        var invited = mvc.perform(post("/organisation/staff/invite")
                        .with(csrf())
                        .with(request -> {
                            request.setServerName("evil.example");
                            return request;
                        })
                        .session(coop.staff().session())
                        .param("email", Sessions.uniqueEmail("first")))
                .andReturn();
        assertThat((String) invited.getFlashMap().get("invitationLink"))
                .startsWith("http://localhost:8080/invitations/");
        for (int i = 1; i < 20; i++) {
            invitations.invite(coop.staff().accountId(), Sessions.uniqueEmail("n" + i), Locale.of("da"));
        }
        assertThatThrownBy(() -> invitations.invite(
                        coop.staff().accountId(), Sessions.uniqueEmail("one-too-many"), Locale.of("da")))
                .isInstanceOf(RegistrationRefused.class)
                .extracting(e -> ((RegistrationRefused) e).messageCode())
                .isEqualTo("invitation.dailyCap");
        assertThat(jdbc.sql("""
                        select count(*) from state_change c join staff_invitation i on i.id = c.subject_id
                        where c.subject_type = 'INVITATION' and c.to_state = 'SENT' and i.organisation_id = :org
                          and c.actor_id = :actor
                        """)
                        .param("org", coop.organisationId())
                        .param("actor", coop.staff().accountId())
                        .query(Long.class)
                        .single())
                .isEqualTo(20L);
    }

    @Test
    void namesInTheMailAreOnePlainLineWithoutLinks() {
        assertThat(InvitationMail.plain("Kooperativet\r\nKlik her: https://evil.example/login"))
                .isEqualTo("Kooperativet Klik her: …");
        assertThat(InvitationMail.plain("Besøg www.evil.example nu")).isEqualTo("Besøg … nu");
        assertThat(InvitationMail.plain("Gå til jobandel-login.dk")).isEqualTo("Gå til …");
        assertThat(InvitationMail.plain("Andelskøkkenet Nørrebro A.m.b.a."))
                .isEqualTo("Andelskøkkenet Nørrebro A.m.b.a.");
    }
}
