package dk.jobandel.members;

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

import dk.jobandel.agreements.AgreementFixtures;
import dk.jobandel.roles.RoleStatus;
import dk.jobandel.roles.SharedRoles;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Review finding 5, reproduced through the pages: a colleague invited a minute ago removed every colleague, the
 * founder included. Now organisations have owners; only they remove staff or change the name or type, a name change
 * after verification goes back to the consultants, and a rejection after verification takes the roles down.
 */
@ApplicationTest
class OrganisationOwnersIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    StaffInvitations invitations;

    @Autowired
    SharedRoles roles;

    @Autowired
    JdbcClient jdbc;

    Sessions sessions;

    @BeforeEach
    void sessions() {
        sessions = new Sessions(mvc, registration, organisations);
    }

    record Colleague(long accountId, MockHttpSession session) {}

    Colleague colleagueOf(Sessions.Cooperative coop, String name) throws Exception {
        String email = Sessions.uniqueEmail("colleague");
        var invitation = invitations.invite(coop.staff().accountId(), email, Locale.of("da"));
        long id = invitations.accept(invitation.token(), name, Sessions.PASSWORD, Locale.of("da"));
        return new Colleague(id, sessions.login(email));
    }

    MockHttpSession founder(Sessions.Cooperative coop) {
        return coop.staff().session();
    }

    @Test
    void aNewColleagueCannotRemoveTheFounderButAnOwnerCanShareOwnership() throws Exception {
        var coop = sessions.cooperative("Andelsbageriet", true);
        var newcomer = colleagueOf(coop, "Ny Kollega");

        // the reproduction: before owners, this removed the founder
        mvc.perform(post("/organisation/staff/" + coop.staff().accountId() + "/remove")
                        .with(csrf())
                        .session(newcomer.session()))
                .andExpect(redirectedUrl("/organisation/staff"))
                .andExpect(flash().attribute("flash", "staff.change.NOT_OWNER"));
        assertThat(organisations.byId(coop.organisationId()).getStaffAccountIds())
                .contains(coop.staff().accountId());

        // the newcomer's page offers no buttons that only owners may use, and says who to ask
        mvc.perform(get("/organisation/staff").session(newcomer.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kun ejere kan fjerne kolleger")))
                .andExpect(content().string(not(containsString("/remove"))));

        // the founder sees the buttons and makes the newcomer an owner too
        mvc.perform(get("/organisation/staff").session(founder(coop)))
                .andExpect(content().string(containsString("Gør Ny Kollega til ejer")));
        mvc.perform(post("/organisation/staff/" + newcomer.accountId() + "/owner")
                        .with(csrf())
                        .session(founder(coop)))
                .andExpect(flash().attribute("flash", "staff.ownerAdded"));
        assertThat(organisations.byId(coop.organisationId()).getOwnerAccountIds())
                .containsExactlyInAnyOrder(coop.staff().accountId(), newcomer.accountId());
        assertThat(jdbc.sql("select count(*) from security_event where kind = 'OWNER_ADDED' and account_id = :id")
                        .param("id", newcomer.accountId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        // the founder steps down; the last owner cannot
        mvc.perform(post("/organisation/staff/step-down").with(csrf()).session(founder(coop)))
                .andExpect(flash().attribute("flash", "staff.steppedDown"));
        mvc.perform(post("/organisation/staff/step-down").with(csrf()).session(newcomer.session()))
                .andExpect(flash().attribute("flash", "staff.change.LAST_OWNER"));
        assertThat(organisations.byId(coop.organisationId()).getOwnerAccountIds())
                .containsExactly(newcomer.accountId());
    }

    @Test
    void nobodyChangesAnotherOrganisationsStaff() throws Exception {
        var coop = sessions.cooperative("Værkstedet", true);
        var colleague = colleagueOf(coop, "Værkstedets Kollega");
        var other = sessions.cooperative("Naboen", true);
        mvc.perform(post("/organisation/staff/" + colleague.accountId() + "/remove")
                        .with(csrf())
                        .session(other.staff().session()))
                .andExpect(flash().attribute("flash", "staff.change.NOT_COLLEAGUE"));
        mvc.perform(post("/organisation/staff/" + colleague.accountId() + "/owner")
                        .with(csrf())
                        .session(other.staff().session()))
                .andExpect(flash().attribute("flash", "staff.change.NOT_COLLEAGUE"));
        assertThat(organisations.byId(coop.organisationId()).getStaffAccountIds())
                .containsExactlyInAnyOrder(coop.staff().accountId(), colleague.accountId());
        assertThat(organisations.byId(other.organisationId()).getOwnerAccountIds())
                .containsExactly(other.staff().accountId());
    }

    @Test
    void onlyOwnersRenameAndARenameAfterVerificationGoesBackToTheConsultants() throws Exception {
        var coop = sessions.cooperative("Grøntsagslauget", true);
        var colleague = colleagueOf(coop, "Lauget Kollega");
        long version = organisations.byId(coop.organisationId()).getVersion();

        // a staff member who is not an owner: the name field says why, and what was typed stays
        mvc.perform(post("/organisation")
                        .with(csrf())
                        .session(colleague.session())
                        .param("version", String.valueOf(version))
                        .param("name", "Mit eget navn")
                        .param("type", "WORKER_COOPERATIVE")
                        .param("municipalityCode", "101")
                        .param("address", "Torvet 3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(containsString("Kun organisationens ejere kan ændre navn og type.")))
                .andExpect(content().string(containsString("value=\"Mit eget navn\"")));
        assertThat(organisations.byId(coop.organisationId()).getName()).isEqualTo("Grøntsagslauget");

        // the colleague may still correct the address
        mvc.perform(post("/organisation")
                        .with(csrf())
                        .session(colleague.session())
                        .param("version", String.valueOf(version))
                        .param("name", "Grøntsagslauget")
                        .param("type", "WORKER_COOPERATIVE")
                        .param("municipalityCode", "101")
                        .param("address", "Torvet 3"))
                .andExpect(redirectedUrl("/dashboard"))
                .andExpect(flash().attribute("flash", "organisation.saved"));
        assertThat(organisations.isVerified(coop.organisationId())).isTrue();

        // the owner renames it: verified no longer, until a consultant looks again
        mvc.perform(post("/organisation")
                        .with(csrf())
                        .session(founder(coop))
                        .param(
                                "version",
                                String.valueOf(organisations
                                        .byId(coop.organisationId())
                                        .getVersion()))
                        .param("name", "Grøntsagslauget Nord")
                        .param("type", "WORKER_COOPERATIVE")
                        .param("municipalityCode", "101")
                        .param("address", "Torvet 3"))
                .andExpect(redirectedUrl("/dashboard"))
                .andExpect(flash().attribute("flash", "organisation.savedAwaitingVerification"));
        assertThat(organisations.byId(coop.organisationId()).getVerificationStatus())
                .isEqualTo(VerificationStatus.AWAITING_VERIFICATION);
    }

    @Test
    void aRejectionAfterVerificationTakesThePublishedRolesDown() throws Exception {
        var fixtures = new AgreementFixtures(registration, organisations, roles);
        var coop = fixtures.cooperative("Kantinen Syd");
        long role = fixtures.role(coop, "Kok, delt stilling");
        roles.moveTo(coop.staffId(), role, roles.ownRole(coop.staffId(), role).version(), RoleStatus.PUBLISHED);
        var consultant = sessions.consultant("Kirsten Konsulent");

        organisations.reject(
                coop.organisationId(),
                consultant.accountId(),
                organisations.byId(coop.organisationId()).getVersion(),
                "CVR-nummeret hører til en anden virksomhed.");

        assertThat(roles.ownRole(coop.staffId(), role).status()).isEqualTo(RoleStatus.DRAFT);
        assertThat(jdbc.sql("""
                        select count(*) from shared_role_change
                        where role_id = :role and field = 'status' and new_value = 'DRAFT' and changed_by is null
                        """).param("role", role).query(Integer.class).single())
                .isEqualTo(1);
    }
}
