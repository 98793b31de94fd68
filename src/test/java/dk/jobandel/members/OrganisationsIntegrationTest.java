package dk.jobandel.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@ApplicationTest
class OrganisationsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    Sessions sessions;

    @BeforeEach
    void sessions() {
        sessions = new Sessions(mvc, registration, organisations);
    }

    @Test
    void aConsultantVerifiesAnOrganisationAwaitingVerification() throws Exception {
        var coop = sessions.cooperative("Grøn Omstilling", false);
        var consultant = sessions.consultant("Mette Lund");
        mvc.perform(get("/consultant/organisations").session(consultant.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Grøn Omstilling")));
        long version = organisations.byId(coop.organisationId()).getVersion();
        mvc.perform(get("/consultant/organisations/" + coop.organisationId()).session(consultant.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Godkend organisationen")));
        mvc.perform(post("/consultant/organisations/" + coop.organisationId() + "/verify")
                        .with(csrf())
                        .session(consultant.session())
                        .param("version", String.valueOf(version)))
                .andExpect(redirectedUrl("/consultant/organisations"))
                .andExpect(flash().attribute("flash", "verification.verified"));
        assertThat(organisations.isVerified(coop.organisationId())).isTrue();
        mvc.perform(get("/dashboard").session(coop.staff().session()))
                .andExpect(content().string(containsString("Godkendt")));
    }

    @Test
    void aRejectionNeedsAReasonWhichTheOrganisationThenReads() throws Exception {
        var coop = sessions.cooperative("Tvivlsom Andel", false);
        var consultant = sessions.consultant("Jonas Friis");
        long version = organisations.byId(coop.organisationId()).getVersion();
        mvc.perform(post("/consultant/organisations/" + coop.organisationId() + "/reject")
                        .with(csrf())
                        .session(consultant.session())
                        .param("version", String.valueOf(version))
                        .param("reason", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"reason-error\"")))
                .andExpect(content().string(containsString("Skriv en begrundelse for afvisningen.")));
        assertThat(organisations.byId(coop.organisationId()).getVerificationStatus())
                .isEqualTo(VerificationStatus.AWAITING_VERIFICATION);

        mvc.perform(post("/consultant/organisations/" + coop.organisationId() + "/reject")
                        .with(csrf())
                        .session(consultant.session())
                        .param("version", String.valueOf(version))
                        .param("reason", "CVR-nummeret hører til et ApS, ikke et kooperativ."))
                .andExpect(redirectedUrl("/consultant/organisations"));
        assertThat(organisations.byId(coop.organisationId()).getVerificationStatus())
                .isEqualTo(VerificationStatus.REJECTED);
        assertThat(organisations.decisions(coop.organisationId()))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.reason()).isEqualTo("CVR-nummeret hører til et ApS, ikke et kooperativ.");
                    assertThat(d.decidedBy()).isEqualTo("Jonas Friis");
                });
        mvc.perform(get("/dashboard").session(coop.staff().session()))
                .andExpect(content().string(containsString("CVR-nummeret hører til et ApS, ikke et kooperativ.")));
    }

    @Test
    void twoConsultantsDecidingAtOnceCannotOverwriteEachOther() throws Exception {
        var coop = sessions.cooperative("Omstridt Andel", false);
        var first = sessions.consultant("First");
        var second = sessions.consultant("Second");
        long version = organisations.byId(coop.organisationId()).getVersion();
        mvc.perform(post("/consultant/organisations/" + coop.organisationId() + "/verify")
                        .with(csrf())
                        .session(first.session())
                        .param("version", String.valueOf(version)))
                .andExpect(flash().attribute("flash", "verification.verified"));
        mvc.perform(post("/consultant/organisations/" + coop.organisationId() + "/reject")
                        .with(csrf())
                        .session(second.session())
                        .param("version", String.valueOf(version))
                        .param("reason", "Too late"))
                .andExpect(redirectedUrl("/consultant/organisations/" + coop.organisationId()))
                .andExpect(flash().attribute("flash", "verification.changed"));
        assertThat(organisations.byId(coop.organisationId()).getVerificationStatus())
                .isEqualTo(VerificationStatus.VERIFIED);
        assertThat(organisations.decisions(coop.organisationId())).hasSize(1);
    }

    @Test
    void onlyConsultantsAndAdminsReachVerification() throws Exception {
        var coop = sessions.cooperative("Nysgerrig Andel", false);
        var freelancer = sessions.freelancer("Curious");
        for (var session : java.util.List.of(coop.staff().session(), freelancer.session())) {
            mvc.perform(get("/consultant/organisations").session(session)).andExpect(status().isForbidden());
            mvc.perform(post("/consultant/organisations/" + coop.organisationId() + "/verify")
                            .with(csrf())
                            .session(session)
                            .param("version", "0"))
                    .andExpect(status().isForbidden());
        }
        assertThat(organisations.isVerified(coop.organisationId())).isFalse();
        var consultant = sessions.consultant("Mette");
        mvc.perform(get("/consultant/organisations/99999999").session(consultant.session()))
                .andExpect(status().isNotFound());
    }

    @Test
    void staffEditTheirOwnProfileWithFieldErrorsAndConflictDetection() throws Exception {
        var coop = sessions.cooperative("Kulturhuset", true);
        var session = coop.staff().session();
        long version = organisations.byId(coop.organisationId()).getVersion();
        mvc.perform(post("/organisation")
                        .with(csrf())
                        .session(session)
                        .param("version", String.valueOf(version))
                        .param("name", "")
                        .param("type", "ASSOCIATION")
                        .param("municipalityCode", "265")
                        .param("collectiveAgreement", "true")
                        .param("collectiveAgreementName", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(containsString("Skriv navnet på overenskomsten.")));
        mvc.perform(post("/organisation")
                        .with(csrf())
                        .session(session)
                        .param("version", String.valueOf(version))
                        .param("name", "Kulturhuset Tværs")
                        .param("type", "ASSOCIATION")
                        .param("municipalityCode", "265")
                        .param("address", "Algade 1, 4000 Roskilde")
                        .param("sector", "Kultur")
                        .param("presentation", "Et kulturhus drevet af frivillige og ansatte.")
                        .param("collectiveAgreement", "true")
                        .param("collectiveAgreementName", "HK/Kommunal"))
                .andExpect(redirectedUrl("/dashboard"));
        var profile = organisations.byId(coop.organisationId()).profile();
        assertThat(profile.name()).isEqualTo("Kulturhuset Tværs");
        assertThat(profile.collectiveAgreementName()).isEqualTo("HK/Kommunal");

        // a second tab still on the old version
        mvc.perform(post("/organisation")
                        .with(csrf())
                        .session(session)
                        .param("version", String.valueOf(version))
                        .param("name", "Old tab name")
                        .param("type", "ASSOCIATION")
                        .param("municipalityCode", "265"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Profilen er ændret et andet sted")))
                .andExpect(content().string(containsString("Kulturhuset Tværs")))
                .andExpect(content().string(containsString("value=\"Old tab name\"")));
        assertThat(organisations.byId(coop.organisationId()).profile().name()).isEqualTo("Kulturhuset Tværs");
    }

    @Test
    void staffNameTheirGroupsParentCompanyAndAWrongNumberIsRefusedNextToTheField() throws Exception {
        var coop = sessions.cooperative("Datterandel", true);
        var session = coop.staff().session();
        long version = organisations.byId(coop.organisationId()).getVersion();
        String own = organisations.byId(coop.organisationId()).getCvr().digits();
        for (String wrong : java.util.List.of("12345678", own)) {
            mvc.perform(post("/organisation")
                            .with(csrf())
                            .session(session)
                            .param("version", String.valueOf(version))
                            .param("name", "Datterandel")
                            .param("type", "WORKER_COOPERATIVE")
                            .param("municipalityCode", "101")
                            .param("presentation", "Keep this text, please.")
                            .param("groupParentCvr", wrong))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"groupParentCvr-error\"")))
                    .andExpect(content().string(containsString("Keep this text, please.")));
        }
        assertThat(organisations.byId(coop.organisationId()).profile().groupParentCvr())
                .isNull();

        String parent = Sessions.uniqueCvr();
        mvc.perform(post("/organisation")
                        .with(csrf())
                        .session(session)
                        .param("version", String.valueOf(version))
                        .param("name", "Datterandel")
                        .param("type", "WORKER_COOPERATIVE")
                        .param("municipalityCode", "101")
                        .param("groupParentCvr", "DK " + parent))
                .andExpect(redirectedUrl("/dashboard"));
        assertThat(organisations.byId(coop.organisationId()).profile().groupParentCvr())
                .isEqualTo(parent);
        mvc.perform(get("/organisation").session(session))
                .andExpect(content().string(containsString("value=\"" + parent + "\"")));
    }

    @Test
    void aColleagueIsInvitedJoinsWithTheLinkAndTheLinkWorksOnlyOnce() throws Exception {
        var coop = sessions.cooperative("Fælles IT", true);
        String email = Sessions.uniqueEmail("colleague");
        var invited = mvc.perform(post("/organisation/staff/invite")
                        .with(csrf())
                        .session(coop.staff().session())
                        .param("email", email))
                .andExpect(redirectedUrl("/organisation/staff"))
                .andReturn();
        String link = (String) invited.getFlashMap().get("invitationLink");
        // built from jobandel.public-url, never from the request's Host header (review finding 2)
        assertThat(link).startsWith("http://localhost:8080/invitations/");
        String path = link.substring("http://localhost:8080".length());

        mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().string(containsString("Fælles IT")));
        mvc.perform(post(path)
                        .with(csrf())
                        .param("displayName", "Kollega")
                        .param("password", "kort")
                        .param("passwordConfirmation", "kort")
                        .param("consent", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Adgangskoden skal være mindst 8 tegn.")));
        mvc.perform(post(path)
                        .with(csrf())
                        .param("displayName", "Kollega")
                        .param("password", Sessions.PASSWORD)
                        .param("passwordConfirmation", Sessions.PASSWORD)
                        .param("consent", "true"))
                .andExpect(redirectedUrl("/login"));

        var colleague = sessions.login(email);
        mvc.perform(get("/dashboard").session(colleague)).andExpect(content().string(containsString("Fælles IT")));
        assertThat(organisations.byId(coop.organisationId()).getStaffAccountIds())
                .hasSize(2);

        mvc.perform(get(path)).andExpect(content().string(containsString("allerede brugt")));
        mvc.perform(post(path)
                        .with(csrf())
                        .param("displayName", "Again")
                        .param("password", Sessions.PASSWORD)
                        .param("passwordConfirmation", Sessions.PASSWORD)
                        .param("consent", "true"))
                .andExpect(content().string(containsString("allerede brugt")));
        mvc.perform(get("/invitations/not-a-real-token")).andExpect(content().string(containsString("kender ikke")));
    }

    @Test
    void anOrganisationAlwaysKeepsOneStaffMemberAndNobodyRemovesAnotherOrganisationsStaff() throws Exception {
        var coop = sessions.cooperative("Cykelværkstedet", true);
        var other = sessions.cooperative("Andet Kooperativ", true);
        mvc.perform(post("/organisation/staff/" + coop.staff().accountId() + "/remove")
                        .with(csrf())
                        .session(coop.staff().session()))
                .andExpect(flash().attribute("flash", "staff.change.LAST_STAFF"));
        mvc.perform(post("/organisation/staff/" + coop.staff().accountId() + "/remove")
                        .with(csrf())
                        .session(other.staff().session()))
                .andExpect(flash().attribute("flash", "staff.change.NOT_COLLEAGUE"));
        assertThat(organisations.byId(coop.organisationId()).getStaffAccountIds())
                .containsExactly(coop.staff().accountId());
    }

    @Test
    void anInvitationCanBeWithdrawnOnlyByItsOwnOrganisation() throws Exception {
        var coop = sessions.cooperative("Omsorg", true);
        var other = sessions.cooperative("Fremmed", true);
        var invited = mvc.perform(post("/organisation/staff/invite")
                        .with(csrf())
                        .session(coop.staff().session())
                        .param("email", Sessions.uniqueEmail("x")))
                .andReturn();
        String path =
                ((String) invited.getFlashMap().get("invitationLink")).substring("http://localhost:8080".length());
        long id = invitationsOf(coop).getFirst().id();
        mvc.perform(post("/organisation/invitations/" + id + "/revoke")
                        .with(csrf())
                        .session(other.staff().session()))
                .andExpect(flash().attribute("flash", "invitation.notRevoked"));
        mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().string(containsString("Omsorg")));
        mvc.perform(post("/organisation/invitations/" + id + "/revoke")
                        .with(csrf())
                        .session(coop.staff().session()))
                .andExpect(flash().attribute("flash", "invitation.revoked"));
        mvc.perform(get(path)).andExpect(content().string(containsString("allerede brugt eller trukket tilbage")));
    }

    @Autowired
    StaffInvitations invitations;

    private java.util.List<StaffInvitations.Pending> invitationsOf(Sessions.Cooperative coop) {
        return invitations.pending(coop.staff().accountId());
    }

    @Test
    void invitingAnAddressThatHasAnAccountReadsTheSameAndTellsItsOwnerInstead() throws Exception {
        var coop = sessions.cooperative("Åben Andel", true);
        var member = sessions.freelancer("Rikke Registreret");
        String fresh = Sessions.uniqueEmail("fresh");
        var toFresh = mvc.perform(post("/organisation/staff/invite")
                        .with(csrf())
                        .session(coop.staff().session())
                        .param("email", fresh))
                .andExpect(redirectedUrl("/organisation/staff"))
                .andReturn();
        var toMember = mvc.perform(post("/organisation/staff/invite")
                        .with(csrf())
                        .session(coop.staff().session())
                        .param("email", member.email()))
                .andExpect(redirectedUrl("/organisation/staff"))
                .andReturn();
        // review finding 8: the inviter cannot tell the two apart
        assertThat(toMember.getFlashMap().get("flash"))
                .isEqualTo(toFresh.getFlashMap().get("flash"));
        assertThat(toMember.getFlashMap().keySet())
                .isEqualTo(toFresh.getFlashMap().keySet());

        // the owner of the address is told in a mail of their own, and gets no invitation link
        var mails = jdbc.sql("select subject, body_text from mail_outbox where recipient_email = :email")
                .param("email", member.email())
                .query((rs, row) -> rs.getString(1) + "\n" + rs.getString(2))
                .list();
        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(mail).contains("Åben Andel", "allerede en konto");
            assertThat(mail).doesNotContain("/invitations/");
        });

        // the link itself tells whoever opens it to sign in with the existing account
        String link = (String) toMember.getFlashMap().get("invitationLink");
        mvc.perform(get(link.substring("http://localhost:8080".length())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("har allerede en konto hos Jobandel")));
    }
}
