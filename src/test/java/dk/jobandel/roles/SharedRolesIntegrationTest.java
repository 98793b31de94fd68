package dk.jobandel.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.Organisations;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@ApplicationTest
class SharedRolesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    SharedRoles roles;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    dk.jobandel.platform.UsageLimits usageLimits;

    Sessions sessions;
    Sessions.Cooperative coop;

    @BeforeEach
    void aVerifiedCooperativeIsSignedIn() throws Exception {
        sessions = new Sessions(mvc, registration, organisations);
        coop = sessions.cooperative("Andelskøkkenet", true);
    }

    /** A role form every field of which is valid. */
    static Map<String, String> validRole() {
        var fields = new LinkedHashMap<String, String>();
        fields.put("version", "0");
        fields.put("title", "Kok i kantinen");
        fields.put("description", "Frokost til 80 gæster.");
        fields.put("sharers", "2");
        fields.put("handoverMinutes", "30");
        fields.put("evenSplit", "true");
        fields.put("municipalityCode", "101");
        fields.put("workMode", "ON_SITE");
        fields.put("startDate", "2027-01-04");
        fields.put("endDate", "");
        fields.put("payKind", "HOURLY");
        fields.put("payFrom", "185,50");
        fields.put("payTo", "");
        fields.put("pensionPercent", "12");
        fields.put("collectiveAgreement", "true");
        fields.put("day0", "07:00–15:00");
        fields.put("day1", "07:00–15:00");
        fields.put("day2", "07:00–15:00");
        fields.put("day3", "07:00–15:00");
        fields.put("day4", "07:00–14:00");
        fields.put("skills[0].skillId", "1");
        fields.put("skills[0].requirement", "MUST_ONE");
        fields.put("skills[0].minLevel", "2");
        return fields;
    }

    private MockHttpServletRequestBuilder postForm(String url, MockHttpSession session, Map<String, String> fields) {
        var request = post(url).with(csrf()).session(session);
        fields.forEach(request::param);
        return request;
    }

    private long create(Sessions.Cooperative owner) throws Exception {
        var result = mvc.perform(postForm("/roles/new", owner.staff().session(), validRole()))
                .andExpect(redirectedUrlPattern("/roles/*"))
                .andReturn();
        String url = result.getResponse().getRedirectedUrl();
        return Long.parseLong(url.substring("/roles/".length()));
    }

    @Test
    void theNewRolePageIsTitledForANewRoleAndTheEditPageForEditing() throws Exception {
        mvc.perform(get("/roles/new").session(coop.staff().session()))
                .andExpect(content().string(containsString("<title>Opret en delt stilling · Jobandel</title>")));
        long id = create(coop);
        mvc.perform(get("/roles/" + id + "/edit").session(coop.staff().session()))
                .andExpect(content().string(containsString("<title>Ret stillingen · Jobandel</title>")));
    }

    @Test
    void aRoleIsCreatedAsADraftAndShownWithItsScheduleAndTerms() throws Exception {
        long id = create(coop);
        Role role = roles.ownRole(coop.staff().accountId(), id);
        assertThat(role.status()).isEqualTo(RoleStatus.DRAFT);
        assertThat(role.details().schedule().hours()).isEqualTo(39.0);
        assertThat(role.details().skills())
                .containsExactly(new RequiredSkill((short) 1, Requirement.MUST_ONE, (short) 2));
        mvc.perform(get("/roles/" + id).session(coop.staff().session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kok i kantinen")))
                .andExpect(content().string(containsString("2 personer")))
                .andExpect(content().string(containsString("185,50 kr. i timen")))
                .andExpect(content().string(containsString("Bogføring – Skal have (mindst én), mindst 2 – erfaren")))
                .andExpect(content().string(containsString("man 07:00–15:00")))
                .andExpect(content().string(containsString("Slå stillingen op")));
        mvc.perform(get("/roles").session(coop.staff().session()))
                .andExpect(content().string(containsString("Kok i kantinen")))
                .andExpect(content().string(containsString("Kladde")));
    }

    @Test
    void anEmptyScheduleACustomSplitThatIsNot100AndATwiceChosenSkillAreRefused() throws Exception {
        var fields = validRole();
        for (int day = 0; day < 7; day++) {
            fields.put("day" + day, "");
        }
        fields.put("evenSplit", "false");
        fields.put("split1", "70");
        fields.put("split2", "20");
        fields.put("skills[1].skillId", "1");
        fields.put("skills[1].requirement", "NICE");
        fields.put("skills[1].minLevel", "1");
        mvc.perform(postForm("/roles/new", coop.staff().session(), fields))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Markér mindst én halv time")))
                .andExpect(content().string(containsString("tilsammen skal det give 100")))
                .andExpect(content().string(containsString("Kompetencen er valgt to gange.")));
        fields.put("split2", "30");
        fields.put("day2", "09:00–13:00");
        fields.remove("skills[1].skillId");
        mvc.perform(postForm("/roles/new", coop.staff().session(), fields)).andExpect(redirectedUrlPattern("/roles/*"));
        Role saved = roles.ownRoles(coop.staff().accountId()).getFirst();
        assertThat(saved.details().splitPercents()).containsExactly(70, 30);
    }

    @Test
    void publishingIsRefusedUntilTheOrganisationIsVerified() throws Exception {
        var unverified = sessions.cooperative("Ny Andel", false);
        long id = create(unverified);
        mvc.perform(post("/roles/" + id + "/status")
                        .with(csrf())
                        .session(unverified.staff().session())
                        .param("version", "0")
                        .param("to", "PUBLISHED"))
                .andExpect(redirectedUrl("/roles/" + id))
                .andExpect(flash().attribute("problem", "role.publish.notVerified"));
        assertThat(roles.ownRole(unverified.staff().accountId(), id).status()).isEqualTo(RoleStatus.DRAFT);
        mvc.perform(get("/roles/" + id).session(unverified.staff().session()))
                .andExpect(content().string(containsString("afventer godkendelse")));

        organisations.verify(unverified.organisationId());
        mvc.perform(post("/roles/" + id + "/status")
                        .with(csrf())
                        .session(unverified.staff().session())
                        .param("version", "0")
                        .param("to", "PUBLISHED"))
                .andExpect(flash().attribute("flash", "role.status.moved.PUBLISHED"));
        assertThat(roles.ownRole(unverified.staff().accountId(), id).status()).isEqualTo(RoleStatus.PUBLISHED);
    }

    @Test
    void theStatusFollowsTheLifecycleAndRefusesOtherMoves() throws Exception {
        long id = create(coop);
        var session = coop.staff().session();
        mvc.perform(post("/roles/" + id + "/status")
                        .with(csrf())
                        .session(session)
                        .param("version", "0")
                        .param("to", "FILLED"))
                .andExpect(flash().attribute("problem", "role.status.notAllowed"));
        long version = 0;
        for (RoleStatus next : new RoleStatus[] {
            RoleStatus.PUBLISHED, RoleStatus.FILLED, RoleStatus.PUBLISHED, RoleStatus.CLOSED, RoleStatus.PUBLISHED
        }) {
            mvc.perform(post("/roles/" + id + "/status")
                            .with(csrf())
                            .session(session)
                            .param("version", String.valueOf(version))
                            .param("to", next.name()))
                    .andExpect(flash().attribute("flash", "role.status.moved." + next));
            version = roles.ownRole(coop.staff().accountId(), id).version();
        }
        // a stale version is refused and changes nothing
        mvc.perform(post("/roles/" + id + "/status")
                        .with(csrf())
                        .session(session)
                        .param("version", "0")
                        .param("to", "CLOSED"))
                .andExpect(flash().attribute("problem", "role.changed"));
        assertThat(roles.ownRole(coop.staff().accountId(), id).status()).isEqualTo(RoleStatus.PUBLISHED);
    }

    @Test
    void editsOfAPublishedRoleAreKeptAsHistoryThatConsultantsSee() throws Exception {
        long id = create(coop);
        roles.moveTo(coop.staff().accountId(), id, 0, RoleStatus.PUBLISHED);
        var fields = validRole();
        fields.put(
                "version",
                String.valueOf(roles.ownRole(coop.staff().accountId(), id).version()));
        fields.put("title", "Kok og indkøber");
        fields.put("handoverMinutes", "45");
        mvc.perform(postForm("/roles/" + id + "/edit", coop.staff().session(), fields))
                .andExpect(redirectedUrl("/roles/" + id));
        assertThat(roles.history(id))
                .extracting(SharedRoles.Change::field, SharedRoles.Change::oldValue, SharedRoles.Change::newValue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("title", "Kok i kantinen", "Kok og indkøber"),
                        org.assertj.core.groups.Tuple.tuple("handoverMinutes", "30", "45"));
        var consultant = sessions.consultant("Mette");
        mvc.perform(get("/consultant/roles/" + id).session(consultant.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ændringer efter opslag")))
                .andExpect(content().string(containsString("Kok i kantinen")))
                .andExpect(content().string(containsString("Staff of Andelskøkkenet")))
                .andExpect(content().string(not(containsString("Slå stillingen op"))));
    }

    @Test
    void aSaveFromAStaleTabIsRefusedAndShowsWhatIsSaved() throws Exception {
        long id = create(coop);
        var fields = validRole();
        fields.put("title", "Første udgave");
        mvc.perform(postForm("/roles/" + id + "/edit", coop.staff().session(), fields))
                .andExpect(redirectedUrl("/roles/" + id));
        fields.put("title", "Anden fane");
        mvc.perform(postForm("/roles/" + id + "/edit", coop.staff().session(), fields))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Stillingen er ændret et andet sted")))
                .andExpect(content().string(containsString("Første udgave")))
                .andExpect(content().string(containsString("value=\"Anden fane\"")));
        assertThat(roles.ownRole(coop.staff().accountId(), id).details().title())
                .isEqualTo("Første udgave");
    }

    @Test
    void aRoleIsDuplicatedAsANewDraft() throws Exception {
        long id = create(coop);
        roles.moveTo(coop.staff().accountId(), id, 0, RoleStatus.PUBLISHED);
        var result = mvc.perform(post("/roles/" + id + "/duplicate")
                        .with(csrf())
                        .session(coop.staff().session()))
                .andExpect(redirectedUrlPattern("/roles/*/edit"))
                .andReturn();
        assertThat(roles.ownRoles(coop.staff().accountId()))
                .hasSize(2)
                .anySatisfy(r -> assertThat(r.status()).isEqualTo(RoleStatus.DRAFT))
                .allSatisfy(r -> assertThat(r.details().title()).isEqualTo("Kok i kantinen"));
        assertThat(result.getResponse().getRedirectedUrl()).isNotEqualTo("/roles/" + id + "/edit");
    }

    @Test
    void anotherOrganisationCannotReadOrChangeTheRoleOnAnyRoute() throws Exception {
        long id = create(coop);
        var other = sessions.cooperative("Nabokooperativet", true).staff().session();
        mvc.perform(get("/roles/" + id).session(other)).andExpect(status().isNotFound());
        mvc.perform(get("/roles/" + id + "/edit").session(other)).andExpect(status().isNotFound());
        var fields = validRole();
        fields.put("title", "Overtaget");
        mvc.perform(postForm("/roles/" + id + "/edit", other, fields)).andExpect(status().isNotFound());
        mvc.perform(post("/roles/" + id + "/status")
                        .with(csrf())
                        .session(other)
                        .param("version", "0")
                        .param("to", "CLOSED"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/roles/" + id + "/duplicate").with(csrf()).session(other))
                .andExpect(status().isNotFound());
        mvc.perform(get("/roles").session(other)).andExpect(content().string(not(containsString("Kok i kantinen"))));
        Role unchanged = roles.ownRole(coop.staff().accountId(), id);
        assertThat(unchanged.details().title()).isEqualTo("Kok i kantinen");
        assertThat(unchanged.status()).isEqualTo(RoleStatus.DRAFT);

        var freelancer = sessions.freelancer("Nysgerrig").session();
        mvc.perform(get("/roles/" + id).session(freelancer)).andExpect(status().isForbidden());
        mvc.perform(get("/consultant/roles/" + id).session(freelancer)).andExpect(status().isForbidden());
        mvc.perform(get("/consultant/roles").session(coop.staff().session())).andExpect(status().isForbidden());
        mvc.perform(post("/roles/new").session(coop.staff().session()).param("title", "x"))
                .andExpect(status().isForbidden()); // no CSRF token
    }

    @Test
    void consultantsFilterRolesByStatusMunicipalitySkillAndOrganisation() throws Exception {
        long draft = create(coop);
        long published = create(coop);
        roles.moveTo(coop.staff().accountId(), published, 0, RoleStatus.PUBLISHED);
        var consultant = sessions.consultant("Filter").session();
        var found = roles.search(
                new SharedRoles.Filter(RoleStatus.PUBLISHED, (short) 101, (short) 1, coop.organisationId()));
        assertThat(found).extracting(SharedRoles.Listed::id).containsExactly(published);
        assertThat(roles.search(new SharedRoles.Filter(null, null, (short) 2, coop.organisationId())))
                .isEmpty();
        assertThat(roles.search(new SharedRoles.Filter(RoleStatus.DRAFT, null, null, coop.organisationId())))
                .extracting(SharedRoles.Listed::id)
                .containsExactly(draft);
        mvc.perform(get("/consultant/roles")
                        .session(consultant)
                        .param("status", "PUBLISHED")
                        .param("organisation", String.valueOf(coop.organisationId())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/consultant/roles/" + published)))
                .andExpect(content().string(not(containsString("/consultant/roles/" + draft + "\""))));
        // the filter's selects keep what was chosen
        mvc.perform(get("/consultant/roles")
                        .session(consultant)
                        .param("municipality", "101")
                        .param("skill", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"101\" selected>København</option>")))
                .andExpect(content().string(containsString("<option value=\"1\" selected>")));
        mvc.perform(get("/consultant/roles").session(consultant).param("status", "NONSENSE"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anOrganisationHasOnlySoManyOpenRolesAndTheFormSaysSoKeepingWhatWasTyped() throws Exception {
        long first = create(coop);
        // copies of the first role, up to the quota of open roles
        String columns = String.join(", ", jdbc.sql("""
                                select column_name from information_schema.columns
                                where table_name = 'shared_role' and column_name <> 'id' order by ordinal_position
                                """).query(String.class).list());
        jdbc.sql("insert into shared_role (" + columns + ") select " + columns
                        + " from shared_role, generate_series(2, :quota) where id = :id")
                .param("quota", usageLimits.openRolesPerOrganisation())
                .param("id", first)
                .update();
        var fields = validRole();
        fields.put("title", "Den stilling for meget");
        mvc.perform(postForm("/roles/new", coop.staff().session(), fields))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("så mange åbne stillinger")))
                .andExpect(content().string(containsString("value=\"Den stilling for meget\"")));
        mvc.perform(post("/roles/" + first + "/duplicate")
                        .with(csrf())
                        .session(coop.staff().session()))
                .andExpect(redirectedUrl("/roles/" + first))
                .andExpect(flash().attribute("problem", "role.limit.open"));
        assertThat(roles.ownRoles(coop.staff().accountId())).hasSize(usageLimits.openRolesPerOrganisation());

        // closed roles do not count
        jdbc.sql("update shared_role set status = 'CLOSED' where organisation_id = :o and id <> :id")
                .param("o", coop.organisationId())
                .param("id", first)
                .update();
        create(coop);
    }
}
