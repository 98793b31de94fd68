package dk.jobandel.partnerships;

import static dk.jobandel.partnerships.PartnershipFixtures.actor;
import static dk.jobandel.partnerships.PartnershipFixtures.cleaningInAarhus;
import static dk.jobandel.partnerships.PartnershipFixtures.cleaningNeed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.members.Actor;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.OrganisationKind;
import dk.jobandel.members.Organisations;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every consultant POST route of the partnerships module refuses a firm's staff, a SØV's staff and an anonymous
 * visitor, and changes nothing; ids that belong to another course, partnership or organisation are refused to
 * consultants too. Also: consultants' reads of other organisations' data on the module's overview, detail pages and
 * rankings go into the read log, and each open need's best SØVs are refreshed after change events.
 */
@ApplicationTest
class PartnershipRouteAccessIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    SovProfiles profiles;

    @Autowired
    PartnershipNeeds needs;

    @Autowired
    GuidanceCourses courses;

    @Autowired
    PartnershipRecords records;

    @Autowired
    PartnershipChangeMatching changeMatching;

    @Autowired
    BestSovs bestSovs;

    @Autowired
    PartnershipMatching matching;

    @Autowired
    JdbcClient jdbc;

    Sessions sessions;
    Sessions.Cooperative sov;
    Sessions.Cooperative firm;
    Sessions.Cooperative otherFirm;
    Sessions.Member consultant;
    long needId;
    long courseId;
    long otherCourseId;
    long stepId;
    long otherStepId;
    long partnershipId;
    long followUpId;
    long otherFollowUpId;

    @BeforeEach
    void aCourseWithAStepAPartnershipAndFollowUps() throws Exception {
        sessions = new Sessions(mvc, registration, organisations);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        sov = PartnershipFixtures.organisation(
                sessions,
                registration,
                organisations,
                "Adgang SØV " + suffix,
                OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE,
                751);
        firm = PartnershipFixtures.organisation(
                sessions, registration, organisations, "Adgang Firma " + suffix, OrganisationKind.FIRM, 751);
        otherFirm = PartnershipFixtures.organisation(
                sessions, registration, organisations, "Andet Adgang Firma " + suffix, OrganisationKind.FIRM, 751);
        consultant = sessions.consultant("Karen Adgang");
        Actor asConsultant = PartnershipFixtures.consultant(consultant);
        profiles.save(actor(sov, OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE), cleaningInAarhus(40), 0);
        needId = needs.post(actor(firm, OrganisationKind.FIRM), null, cleaningNeed("Adgang rengøring " + suffix, 10));

        courseId = courses.open(asConsultant, firm.organisationId(), "Hjælp til rengøring");
        otherCourseId = courses.open(asConsultant, otherFirm.organisationId(), "Hjælp til kantinen");
        LocalDate soon = LocalDate.now().plusDays(2);
        courses.logMeeting(
                asConsultant,
                courseId,
                new MeetingDetails(
                        LocalDate.now(),
                        "PHONE",
                        30,
                        "Direktøren",
                        "",
                        List.of(new MeetingDetails.NextStep("Finde SØV", "Karen", soon))));
        courses.logMeeting(
                asConsultant,
                otherCourseId,
                new MeetingDetails(
                        LocalDate.now(),
                        "PHONE",
                        30,
                        "Direktøren",
                        "",
                        List.of(new MeetingDetails.NextStep("Ringe tilbage", "Karen", soon))));
        stepId = stepOf(courseId);
        otherStepId = stepOf(otherCourseId);
        partnershipId = records.record(asConsultant, partnership(courseId, firm.organisationId()));
        long otherPartnershipId = records.record(asConsultant, partnership(otherCourseId, otherFirm.organisationId()));
        followUpId = firstFollowUp(partnershipId);
        otherFollowUpId = firstFollowUp(otherPartnershipId);
    }

    private NewPartnership partnership(long course, long firmId) {
        return new NewPartnership(
                course,
                null,
                firmId,
                sov.organisationId(),
                PartnershipModel.SUBCONTRACTING,
                (short) 751,
                LocalDate.of(2027, 1, 1),
                null,
                5,
                1,
                5,
                Set.of(TargetGroup.LONG_TERM_UNEMPLOYED));
    }

    private long stepOf(long course) {
        return jdbc.sql("select id from course_next_step where course_id = :c")
                .param("c", course)
                .query(Long.class)
                .single();
    }

    private long firstFollowUp(long partnership) {
        return jdbc.sql("select id from partnership_follow_up where partnership_id = :p order by due_on limit 1")
                .param("p", partnership)
                .query(Long.class)
                .single();
    }

    private long version(long course) {
        return jdbc.sql("select version from guidance_course where id = :id")
                .param("id", course)
                .query(Long.class)
                .single();
    }

    /** Every consultant POST route of the module, with input that would succeed for a consultant. */
    private Map<String, MockHttpServletRequestBuilder> consultantPosts() {
        String base = "/consultant/partnerships";
        String v = String.valueOf(version(courseId));
        Map<String, MockHttpServletRequestBuilder> routes = new LinkedHashMap<>();
        routes.put("open", post(base + "/courses").param("firmId", String.valueOf(firm.organisationId())));
        routes.put("take", post(base + "/courses/" + courseId + "/take").param("version", v));
        routes.put(
                "decline",
                post(base + "/courses/" + courseId + "/decline")
                        .param("version", v)
                        .param("reason", "x"));
        routes.put(
                "move",
                post(base + "/courses/" + courseId + "/move")
                        .param("version", v)
                        .param("to", "CLARIFYING"));
        routes.put(
                "close",
                post(base + "/courses/" + courseId + "/close")
                        .param("version", v)
                        .param("outcome", "NO_HELP_NEEDED"));
        routes.put(
                "meetings",
                post(base + "/courses/" + courseId + "/meetings")
                        .param("heldOn", LocalDate.now().toString())
                        .param("mode", "PHONE")
                        .param("minutes", "20")
                        .param("participants", "Direktøren"));
        routes.put("stepDone", post(base + "/courses/" + courseId + "/steps/" + stepId + "/done"));
        routes.put(
                "record",
                post(base + "/courses/" + courseId + "/partnerships")
                        .param("sovId", String.valueOf(sov.organisationId()))
                        .param("model", "SUBCONTRACTING"));
        routes.put(
                "followUp",
                post(base + "/records/" + partnershipId + "/follow-ups/" + followUpId)
                        .param("filledJobs", "1")
                        .param("filledHours", "5"));
        routes.put(
                "propose",
                post(base + "/needs/" + needId + "/introductions")
                        .param("sovId", String.valueOf(sov.organisationId())));
        routes.put(
                "checklist",
                post(base + "/checklists/SUBCONTRACTING").param("version", "1").param("items", "Omfang"));
        routes.put(
                "rsvCheck",
                post(base + "/sovs/" + sov.organisationId() + "/rsv-check").param("found", "true"));
        return routes;
    }

    private long changes() {
        return jdbc.sql("""
                        select (select count(*) from guidance_course) + (select count(*) from course_meeting)
                            + (select count(*) from partnership) + (select count(*) from partnership_introduction)
                            + (select count(*) from partnership_checklist)
                            + (select count(*) from course_next_step where done)
                            + (select count(*) from partnership_follow_up where recorded_on is not null)
                            + (select count(*) from sov_profile where rsv_checked_on is not null)
                            + (select coalesce(sum(version), 0) from guidance_course)
                        """).query(Long.class).single();
    }

    @Test
    void firmsSovsAndAnonymousVisitorsAreRefusedEveryConsultantPostRouteAndNothingChanges() throws Exception {
        long before = changes();
        Map<String, MockHttpSession> refused = new LinkedHashMap<>();
        refused.put("firm", firm.staff().session());
        refused.put("sov", sov.staff().session());
        for (var who : refused.entrySet()) {
            for (var route : consultantPosts().entrySet()) {
                mvc.perform(route.getValue().with(csrf()).session(who.getValue()))
                        .andExpect(result -> assertThat(result.getResponse().getStatus())
                                .as("%s on %s", who.getKey(), route.getKey())
                                .isEqualTo(403));
            }
        }
        for (var route : consultantPosts().entrySet()) {
            mvc.perform(route.getValue().with(csrf()))
                    .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl())
                            .as("anonymous on %s", route.getKey())
                            .endsWith("/login"));
        }
        assertThat(changes()).isEqualTo(before);
    }

    @Test
    void consultantsAreRefusedIdsThatBelongToAnotherCourseOrPartnershipOrKind() throws Exception {
        MockHttpSession session = consultant.session();
        String base = "/consultant/partnerships";
        // a step of another course
        mvc.perform(post(base + "/courses/" + courseId + "/steps/" + otherStepId + "/done")
                        .with(csrf())
                        .session(session))
                .andExpect(status().isNotFound());
        // a follow-up of another partnership
        mvc.perform(post(base + "/records/" + partnershipId + "/follow-ups/" + otherFollowUpId)
                        .with(csrf())
                        .session(session)
                        .param("filledJobs", "1")
                        .param("filledHours", "5"))
                .andExpect(status().isNotFound());
        // a course for a SØV, an RSV check of a firm, an introduction to a firm
        mvc.perform(post(base + "/courses")
                        .with(csrf())
                        .session(session)
                        .param("firmId", String.valueOf(sov.organisationId())))
                .andExpect(status().isConflict());
        mvc.perform(post(base + "/sovs/" + firm.organisationId() + "/rsv-check")
                        .with(csrf())
                        .session(session)
                        .param("found", "true"))
                .andExpect(status().isNotFound());
        mvc.perform(post(base + "/needs/" + needId + "/introductions")
                        .with(csrf())
                        .session(session)
                        .param("sovId", String.valueOf(otherFirm.organisationId())))
                .andExpect(status().isNotFound());
        // a partnership in one firm's course with another firm's need is refused next to the field
        long otherNeed = needs.post(actor(otherFirm, OrganisationKind.FIRM), null, cleaningNeed("Andet behov", 5));
        mvc.perform(post(base + "/courses/" + courseId + "/partnerships")
                        .with(csrf())
                        .session(session)
                        .param("sovId", String.valueOf(sov.organisationId()))
                        .param("needId", String.valueOf(otherNeed))
                        .param("model", "SUBCONTRACTING")
                        .param("municipalityCode", "751")
                        .param("start", "2027-03-01")
                        .param("volumeHours", "5")
                        .param("agreedJobs", "1")
                        .param("agreedJobHours", "5"))
                .andExpect(status().isOk());
        // a course, step or follow-up that does not exist
        mvc.perform(post(base + "/courses/999999999/take")
                        .with(csrf())
                        .session(session)
                        .param("version", "0"))
                .andExpect(status().is4xxClientError());
        assertThat(jdbc.sql("select done from course_next_step where id = :s")
                        .param("s", otherStepId)
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(jdbc.sql("select recorded_on is null from partnership_follow_up where id = :f")
                        .param("f", otherFollowUpId)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(jdbc.sql("select count(*) from partnership_introduction where sov_organisation_id = :o")
                        .param("o", otherFirm.organisationId())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from partnership where need_id = :n")
                        .param("n", otherNeed)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private List<String> readsOf(long organisationId) {
        return jdbc.sql("""
                        select to_state from state_change where subject_type = 'PARTNERSHIP_READ'
                          and subject_id = :org and actor_id = :c order by id
                        """)
                .param("org", organisationId)
                .param("c", consultant.accountId())
                .query(String.class)
                .list();
    }

    @Test
    void consultantsReadsOfOtherOrganisationsDataOnListsDetailPagesAndRankingsAreLogged() throws Exception {
        MockHttpSession session = consultant.session();
        mvc.perform(get("/consultant/partnerships").session(session)).andExpect(status().isOk());
        assertThat(readsOf(firm.organisationId())).contains("READ_NEED_LIST", "READ_COURSE_LIST");
        assertThat(readsOf(sov.organisationId())).contains("READ_SOV_LIST");

        mvc.perform(get("/consultant/partnerships/courses/" + courseId).session(session))
                .andExpect(status().isOk());
        assertThat(readsOf(firm.organisationId())).contains("READ_COURSE");
        assertThat(readsOf(sov.organisationId())).contains("READ_PARTNERSHIP");

        mvc.perform(get("/consultant/partnerships/needs/" + needId).session(session))
                .andExpect(status().isOk());
        assertThat(readsOf(firm.organisationId())).contains("READ_NEED");
        assertThat(readsOf(sov.organisationId())).contains("READ_RANKING");

        mvc.perform(get("/consultant/partnerships/sovs/" + sov.organisationId()).session(session))
                .andExpect(status().isOk());
        assertThat(readsOf(sov.organisationId())).contains("READ_PROFILE");
        assertThat(readsOf(firm.organisationId())).contains("READ_RANKING");

        // the firm's own staff reading their own data is not logged
        long before = jdbc.sql("select count(*) from state_change where subject_type = 'PARTNERSHIP_READ'")
                .query(Long.class)
                .single();
        mvc.perform(get("/partnerships/records/" + partnershipId)
                        .session(firm.staff().session()))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from state_change where subject_type = 'PARTNERSHIP_READ'")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    private SovProfile cleaningIn(Set<ServiceKind> services) {
        return new SovProfile(
                services,
                Set.of((short) 751, (short) 851),
                Set.of(),
                40,
                6,
                java.util.EnumSet.of(TargetGroup.LONG_TERM_UNEMPLOYED),
                "Vi gør rent.",
                "",
                true);
    }

    @Test
    void eachOpenNeedsBestSovsAreRefreshedAfterChangeEventsAndShownOnTheOverview() throws Exception {
        Actor asConsultant = PartnershipFixtures.consultant(consultant);
        Actor asSov = actor(sov, OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE);
        profiles.save(
                asSov,
                cleaningIn(java.util.EnumSet.of(ServiceKind.CLEANING)),
                profiles.own(asSov).version());
        long aalborgNeed = needs.post(
                actor(firm, OrganisationKind.FIRM),
                null,
                new NeedDetails(
                        "Rengøring i Aalborg",
                        PartnershipModel.SUBCONTRACTING,
                        ServiceKind.CLEANING,
                        5,
                        null,
                        (short) 851,
                        LocalDate.of(2027, 2, 1),
                        1,
                        Set.of(),
                        ""));
        changeMatching.matchChanges();
        var best = bestSovs.forOpenNeeds(asConsultant);
        // the stored best are the ranking's first three, in order
        assertThat(best.get(needId))
                .extracting(BestSovs.Best::sovId)
                .containsExactlyElementsOf(matching.sovsFor(asConsultant, needId).stream()
                        .limit(BestSovs.KEPT)
                        .map(PartnershipMatching.Ranked::otherId)
                        .toList());
        assertThat(best.get(aalborgNeed)).extracting(BestSovs.Best::sovId).contains(sov.organisationId());
        mvc.perform(get("/consultant/partnerships").session(consultant.session()))
                .andExpect(content().string(containsString("Bedste SØV")))
                .andExpect(content().string(containsString("Adgang SØV")));

        // the SØV stops offering cleaning: nothing changes until the change round, then it is no longer among the best
        profiles.save(
                asSov,
                cleaningIn(java.util.EnumSet.of(ServiceKind.GARDENING)),
                profiles.own(asSov).version());
        assertThat(bestSovs.forOpenNeeds(asConsultant).get(aalborgNeed))
                .extracting(BestSovs.Best::sovId)
                .contains(sov.organisationId());
        changeMatching.matchChanges();
        assertThat(bestSovs.forOpenNeeds(asConsultant).getOrDefault(aalborgNeed, List.of()))
                .extracting(BestSovs.Best::sovId)
                .doesNotContain(sov.organisationId());
        // a closed need loses its rows at the next round
        jdbc.sql("update partnership_need set status = 'CLOSED' where id = :id")
                .param("id", aalborgNeed)
                .update();
        bestSovs.refresh(List.of(aalborgNeed));
        assertThat(bestSovs.forOpenNeeds(asConsultant)).doesNotContainKey(aalborgNeed);
    }
}
