package dk.jobandel.partnerships;

import static dk.jobandel.partnerships.PartnershipFixtures.actor;
import static dk.jobandel.partnerships.PartnershipFixtures.cleaningInAarhus;
import static dk.jobandel.partnerships.PartnershipFixtures.cleaningNeed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.members.Actor;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.OrganisationKind;
import dk.jobandel.members.Organisations;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A guidance course through the pages: the intake queue and its flag, taking and declining, the stages with their
 * refusals, the meetings log and due steps, introductions that share contacts only when both accept (and are not
 * proposed again unchanged after a decline), the partnership record with its follow-ups, closing, feedback and the
 * figures for the impact module; and every route refused to the wrong organisation.
 */
@ApplicationTest
class GuidanceCourseIntegrationTest {

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
    PartnershipImpact impact;

    @Autowired
    JdbcClient jdbc;

    Sessions sessions;
    Sessions.Cooperative sov;
    Sessions.Cooperative otherSov;
    Sessions.Cooperative firm;
    Sessions.Cooperative otherFirm;
    Sessions.Member consultant;
    long needId;
    String firmName;

    @BeforeEach
    void aFirmWithANeedAndTwoSovs() throws Exception {
        sessions = new Sessions(mvc, registration, organisations);
        sov = PartnershipFixtures.organisation(
                sessions,
                registration,
                organisations,
                "Rent Rummeligt",
                OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE,
                751);
        otherSov = PartnershipFixtures.organisation(
                sessions,
                registration,
                organisations,
                "Grøn Gård SØV",
                OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE,
                740);
        firmName = "Firmaet " + UUID.randomUUID();
        firm = PartnershipFixtures.organisation(
                sessions, registration, organisations, firmName, OrganisationKind.FIRM, 751);
        otherFirm = PartnershipFixtures.organisation(
                sessions, registration, organisations, "Andet Firma", OrganisationKind.FIRM, 751);
        consultant = sessions.consultant("Mette Lund");
        profiles.save(actor(sov, OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE), cleaningInAarhus(40), 0);
        profiles.save(actor(otherSov, OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE), cleaningInAarhus(30), 0);
        needId = needs.post(actor(firm, OrganisationKind.FIRM), null, cleaningNeed("Rengøring af kontoret", 20));
    }

    private long askForGuidance(Sessions.Cooperative who) throws Exception {
        String location = mvc.perform(post("/partnerships/guidance")
                        .with(csrf())
                        .session(who.staff().session())
                        .param("text", "Vi vil gerne have rengøringen løst socialøkonomisk"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private long version(long courseId) {
        return jdbc.sql("select version from guidance_course where id = :id")
                .param("id", courseId)
                .query(Long.class)
                .single();
    }

    private void move(long courseId, String to) throws Exception {
        mvc.perform(post("/consultant/partnerships/courses/" + courseId + "/move")
                        .with(csrf())
                        .session(consultant.session())
                        .param("to", to)
                        .param("version", String.valueOf(version(courseId))))
                .andExpect(redirectedUrl("/consultant/partnerships/courses/" + courseId));
    }

    @Test
    void theIntakeQueueFlagsRequestsUntakenForFiveWorkingDaysAndDeclinesNeedAReason() throws Exception {
        long fresh = askForGuidance(firm);
        long old = askForGuidance(otherFirm);
        jdbc.sql("update guidance_course set requested_at = now() - interval '8 days' where id = :id")
                .param("id", old)
                .update();
        Actor consultantActor = PartnershipFixtures.consultant(consultant);
        List<GuidanceCourses.Waiting> queue = courses.intakeQueue(consultantActor);
        assertThat(queue)
                .filteredOn(w -> w.id() == old)
                .singleElement()
                .satisfies(w -> assertThat(w.flagged()).isTrue());
        assertThat(queue)
                .filteredOn(w -> w.id() == fresh)
                .singleElement()
                .satisfies(w -> assertThat(w.flagged()).isFalse());
        mvc.perform(get("/consultant/partnerships").session(consultant.session()))
                .andExpect(content().string(containsString("Har ventet 5 arbejdsdage")))
                .andExpect(content().string(containsString(firmName)));

        mvc.perform(post("/consultant/partnerships/courses/" + old + "/decline")
                        .with(csrf())
                        .session(consultant.session())
                        .param("reason", "  ")
                        .param("version", String.valueOf(version(old))))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("reasonForm", "reason"))
                .andExpect(content().string(containsString("id=\"reason-error\"")));
        mvc.perform(post("/consultant/partnerships/courses/" + old + "/decline")
                        .with(csrf())
                        .session(consultant.session())
                        .param("reason", "Uden for vores område")
                        .param("version", String.valueOf(version(old))))
                .andExpect(redirectedUrl("/consultant/partnerships"));
        mvc.perform(get("/partnerships/courses/" + old)
                        .session(otherFirm.staff().session()))
                .andExpect(content().string(containsString("Uden for vores område")));
        assertThat(courses.intakeQueue(consultantActor))
                .extracting(GuidanceCourses.Waiting::id)
                .doesNotContain(old)
                .contains(fresh);
        // a stale take (the course moved on meanwhile) is refused, not taken twice
        mvc.perform(post("/consultant/partnerships/courses/" + old + "/take")
                        .with(csrf())
                        .session(consultant.session())
                        .param("version", "0"))
                .andExpect(status().isConflict());
    }

    @Test
    void anotherOrganisationGetsNotFoundForTheCourseTheIntroductionAndThePartnership() throws Exception {
        long courseId = askForGuidance(firm);
        long introductionId = jdbc.sql("""
                        insert into partnership_introduction (need_id, sov_organisation_id, proposed_at, need_version,
                            profile_version) values (:need, :sov, now(), 0, 0) returning id
                        """)
                .param("need", needId)
                .param("sov", sov.organisationId())
                .query(Long.class)
                .single();
        for (Sessions.Cooperative outsider : List.of(otherFirm, otherSov)) {
            mvc.perform(get("/partnerships/courses/" + courseId)
                            .session(outsider.staff().session()))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/partnerships/courses/" + courseId + "/feedback")
                            .with(csrf())
                            .session(outsider.staff().session())
                            .param("rating", "1"))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/partnerships/introductions/" + introductionId)
                            .session(outsider.staff().session()))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/partnerships/introductions/" + introductionId + "/accept")
                            .with(csrf())
                            .session(outsider.staff().session()))
                    .andExpect(status().isNotFound());
        }
        // firms and SØVs cannot reach the consultants' course routes at all
        for (String path : List.of(
                "/consultant/partnerships/courses/" + courseId, "/consultant/partnerships/checklists/SUBCONTRACTING")) {
            mvc.perform(get(path).session(firm.staff().session())).andExpect(status().isForbidden());
        }
        mvc.perform(post("/consultant/partnerships/courses/" + courseId + "/take")
                        .with(csrf())
                        .session(firm.staff().session())
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/consultant/partnerships/needs/" + needId + "/introductions")
                        .with(csrf())
                        .session(sov.staff().session())
                        .param("sovId", String.valueOf(sov.organisationId())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/partnerships/courses/" + courseId)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void introductionsShareContactsOnlyWhenBothAcceptAndADeclineIsNotProposedAgainUnchanged() throws Exception {
        mvc.perform(post("/consultant/partnerships/needs/" + needId + "/introductions")
                        .with(csrf())
                        .session(consultant.session())
                        .param("sovId", String.valueOf(sov.organisationId()))
                        .param("note", "I passer godt sammen"))
                .andExpect(flash().attribute("flash", "partnerships.introduction.proposed"));
        long introductionId = jdbc.sql(
                        "select id from partnership_introduction where need_id = :n and sov_organisation_id = :s")
                .param("n", needId)
                .param("s", sov.organisationId())
                .query(Long.class)
                .single();
        mvc.perform(post("/partnerships/introductions/" + introductionId + "/accept")
                        .with(csrf())
                        .session(firm.staff().session()))
                .andExpect(flash().attribute("flash", "partnerships.introduction.accepted"));
        mvc.perform(get("/partnerships/introductions/" + introductionId)
                        .session(firm.staff().session()))
                .andExpect(content().string(containsString("Kontaktoplysningerne deles, når både virksomheden og SØV")))
                .andExpect(content().string(not(containsString(sov.staff().email()))));
        mvc.perform(post("/partnerships/introductions/" + introductionId + "/accept")
                        .with(csrf())
                        .session(firm.staff().session()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("I har allerede svaret")));
        mvc.perform(get("/partnerships/introductions/" + introductionId)
                        .session(sov.staff().session()))
                .andExpect(content().string(not(containsString(firm.staff().email()))))
                .andExpect(content().string(containsString("Ja, introducér os")));
        mvc.perform(post("/partnerships/introductions/" + introductionId + "/accept")
                        .with(csrf())
                        .session(sov.staff().session()))
                .andExpect(flash().attribute("flash", "partnerships.introduction.bothAccepted"));
        mvc.perform(get("/partnerships/introductions/" + introductionId)
                        .session(firm.staff().session()))
                .andExpect(content().string(containsString(sov.staff().email())));
        mvc.perform(get("/partnerships/introductions/" + introductionId)
                        .session(sov.staff().session()))
                .andExpect(content().string(containsString(firm.staff().email())));

        // the other SØV declines; the same introduction is not proposed again until something changed
        mvc.perform(post("/consultant/partnerships/needs/" + needId + "/introductions")
                .with(csrf())
                .session(consultant.session())
                .param("sovId", String.valueOf(otherSov.organisationId())));
        long declinedId = jdbc.sql(
                        "select id from partnership_introduction where need_id = :n and sov_organisation_id = :s")
                .param("n", needId)
                .param("s", otherSov.organisationId())
                .query(Long.class)
                .single();
        mvc.perform(post("/partnerships/introductions/" + declinedId + "/decline")
                        .with(csrf())
                        .session(otherSov.staff().session()))
                .andExpect(flash().attribute("flash", "partnerships.introduction.declined"));
        mvc.perform(post("/partnerships/introductions/" + declinedId + "/accept")
                        .with(csrf())
                        .session(firm.staff().session()))
                .andExpect(status().isConflict());
        mvc.perform(get("/partnerships/introductions/" + declinedId)
                        .session(firm.staff().session()))
                .andExpect(content().string(not(containsString(otherSov.staff().email()))));
        mvc.perform(post("/consultant/partnerships/needs/" + needId + "/introductions")
                        .with(csrf())
                        .session(consultant.session())
                        .param("sovId", String.valueOf(otherSov.organisationId())))
                .andExpect(flash().attribute("problem", "partnerships.refused.DECLINED_UNCHANGED"));
        profiles.save(
                actor(otherSov, OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE),
                cleaningInAarhus(45),
                profiles.own(actor(otherSov, OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE))
                        .version());
        mvc.perform(post("/consultant/partnerships/needs/" + needId + "/introductions")
                        .with(csrf())
                        .session(consultant.session())
                        .param("sovId", String.valueOf(otherSov.organisationId())))
                .andExpect(flash().attribute("flash", "partnerships.introduction.proposed"));
    }

    @Test
    void aCourseRunsFromIntakeToAClosedPartnershipWithMeetingsFollowUpsFeedbackAndImpactFigures() throws Exception {
        long courseId = askForGuidance(firm);
        String page = "/consultant/partnerships/courses/" + courseId;
        // not taken: cannot move
        mvc.perform(post(page + "/move")
                        .with(csrf())
                        .session(consultant.session())
                        .param("to", "CLARIFYING")
                        .param("version", String.valueOf(version(courseId))))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("En konsulent skal tage forløbet først")));
        mvc.perform(post(page + "/take")
                        .with(csrf())
                        .session(consultant.session())
                        .param("version", String.valueOf(version(courseId))))
                .andExpect(redirectedUrl(page));
        move(courseId, "CLARIFYING");

        // bad meeting input: errors next to the fields, what was typed kept
        mvc.perform(post(page + "/meetings")
                        .with(csrf())
                        .session(consultant.session())
                        .param("heldOn", "i går")
                        .param("mode", "FAX")
                        .param("minutes", "0")
                        .param("participants", "")
                        .param("notes", "Gode noter")
                        .param("steps[0].description", "")
                        .param("steps[1].description", "Send tilbud")
                        .param("steps[2].owner", "Mette")
                        .param("steps[2].dueOn", "snart"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors(
                                "meetingForm",
                                "heldOn",
                                "mode",
                                "minutes",
                                "participants",
                                "steps[1].owner",
                                "steps[1].dueOn",
                                "steps[2].description",
                                "steps[2].dueOn"))
                .andExpect(content().string(containsString("id=\"step-1-owner-error\"")))
                .andExpect(content().string(containsString("id=\"step-2-dueOn-error\"")))
                .andExpect(content().string(containsString("value=\"Send tilbud\"")))
                .andExpect(content().string(containsString("value=\"snart\"")))
                .andExpect(content().string(containsString("Gode noter")));
        LocalDate yesterday = LocalDate.now().minusDays(1);
        mvc.perform(post(page + "/meetings")
                        .with(csrf())
                        .session(consultant.session())
                        .param("heldOn", LocalDate.now().minusDays(3).toString())
                        .param("mode", "VIDEO")
                        .param("minutes", "45")
                        .param("participants", "Direktøren, Mette Lund")
                        .param("notes", "Model: underleverance af rengøring")
                        .param("steps[0].description", "Sende behovet til SØV'er")
                        .param("steps[0].owner", "Mette")
                        .param("steps[0].dueOn", yesterday.toString())
                        .param("steps[1].description", "Aftale besøg hos SØV'en")
                        .param("steps[1].owner", "Direktøren")
                        .param("steps[1].dueOn", LocalDate.now().plusDays(2).toString())
                        .param("steps[2].description", "Ringe til jobcentret")
                        .param("steps[2].owner", "Mette")
                        .param("steps[2].dueOn", LocalDate.now().plusDays(60).toString()))
                .andExpect(redirectedUrl(page));
        assertThat(jdbc.sql("select count(*) from course_next_step where course_id = :c")
                        .param("c", courseId)
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
        mvc.perform(get("/consultant/partnerships").session(consultant.session()))
                .andExpect(content().string(containsString("Sende behovet til SØV&#39;er")))
                .andExpect(content().string(containsString("Over fristen")));
        // due (within a week) and overdue steps on the dashboard; a step due in two months is not yet
        mvc.perform(get("/dashboard").session(consultant.session()))
                .andExpect(content().string(containsString("Partnerskaber og vejledning")))
                .andExpect(content().string(containsString("Sende behovet til SØV&#39;er")))
                .andExpect(content().string(containsString("Aftale besøg hos SØV&#39;en")))
                .andExpect(content().string(not(containsString("Ringe til jobcentret"))))
                .andExpect(content().string(containsString("Over fristen")));

        move(courseId, "PARTNER_FOUND");
        move(courseId, "AGREEMENT");
        mvc.perform(post(page + "/move")
                        .with(csrf())
                        .session(consultant.session())
                        .param("to", "FOLLOW_UP")
                        .param("version", String.valueOf(version(courseId))))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Registrér partnerskabet")));

        // the partnership record: bad input first
        mvc.perform(post(page + "/partnerships")
                        .with(csrf())
                        .session(consultant.session())
                        .param("sovId", String.valueOf(sov.organisationId()))
                        .param("model", "SUBCONTRACTING")
                        .param("municipalityCode", "751")
                        .param("start", "2027-02-01")
                        .param("end", "2027-01-01")
                        .param("volumeHours", "20")
                        .param("agreedJobs", "x")
                        .param("agreedJobHours", "30"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("recordForm", "end", "agreedJobs"))
                .andExpect(content().string(containsString("id=\"end-error\"")));
        mvc.perform(post(page + "/partnerships")
                        .with(csrf())
                        .session(consultant.session())
                        .param("sovId", String.valueOf(firm.organisationId()))
                        .param("model", "SUBCONTRACTING")
                        .param("municipalityCode", "751")
                        .param("start", "2027-02-01")
                        .param("volumeHours", "20")
                        .param("agreedJobs", "2")
                        .param("agreedJobHours", "30"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ikke registreret som socialøkonomisk virksomhed")));
        mvc.perform(post(page + "/partnerships")
                        .with(csrf())
                        .session(consultant.session())
                        .param("sovId", String.valueOf(sov.organisationId()))
                        .param("needId", String.valueOf(needId))
                        .param("model", "SUBCONTRACTING")
                        .param("municipalityCode", "751")
                        .param("start", "2027-02-01")
                        .param("volumeHours", "20")
                        .param("agreedJobs", "2")
                        .param("agreedJobHours", "30")
                        .param("targetGroups", "LONG_TERM_UNEMPLOYED"))
                .andExpect(redirectedUrl(page));
        long partnershipId = jdbc.sql("select id from partnership where course_id = :c")
                .param("c", courseId)
                .query(Long.class)
                .single();
        List<LocalDate> due = jdbc.sql(
                        "select due_on from partnership_follow_up where partnership_id = :p order by due_on")
                .param("p", partnershipId)
                .query(LocalDate.class)
                .list();
        assertThat(due)
                .containsExactly(
                        LocalDate.of(2027, 5, 1),
                        LocalDate.of(2027, 8, 1),
                        LocalDate.of(2027, 11, 1),
                        LocalDate.of(2028, 2, 1));
        move(courseId, "FOLLOW_UP");

        long followUpId = jdbc.sql(
                        "select id from partnership_follow_up where partnership_id = :p order by due_on limit 1")
                .param("p", partnershipId)
                .query(Long.class)
                .single();
        mvc.perform(post("/consultant/partnerships/records/" + partnershipId + "/follow-ups/" + followUpId)
                        .with(csrf())
                        .session(consultant.session())
                        .param("filledJobs", "-1")
                        .param("filledHours", "ti")
                        .param("targetGroups", "REFUGEES_IMMIGRANTS")
                        .param("note", "Behold noten"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("followUpForm", "filledJobs", "filledHours"))
                .andExpect(content().string(containsString("id=\"jobs-" + followUpId + "-error\"")))
                .andExpect(content().string(containsString("id=\"hours-" + followUpId + "-error\"")))
                .andExpect(content().string(containsString("value=\"Behold noten\"")))
                .andExpect(content().string(containsString("value=\"ti\"")));
        mvc.perform(post("/consultant/partnerships/records/" + partnershipId + "/follow-ups/" + followUpId)
                        .with(csrf())
                        .session(consultant.session())
                        .param("filledJobs", "1")
                        .param("filledHours", "15")
                        .param("targetGroups", "REFUGEES_IMMIGRANTS")
                        .param("note", "Én ansat i januar"))
                .andExpect(redirectedUrl(page));
        assertThat(jdbc.sql("select target_group from partnership_follow_up_target_group where follow_up_id = :f")
                        .param("f", followUpId)
                        .query(String.class)
                        .list())
                .containsExactly("REFUGEES_IMMIGRANTS");
        mvc.perform(get("/partnerships/records/" + partnershipId)
                        .session(sov.staff().session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 af 2 job, 15 af 30 timer om ugen")));
        mvc.perform(get("/partnerships/records/" + partnershipId)
                        .session(otherFirm.staff().session()))
                .andExpect(status().isNotFound());

        // closing: "no partnership" needs a reason; "partnership made" is allowed from follow-up
        mvc.perform(post(page + "/close")
                        .with(csrf())
                        .session(consultant.session())
                        .param("outcome", "NO_PARTNERSHIP")
                        .param("reason", "")
                        .param("version", String.valueOf(version(courseId))))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("reasonForm", "reason"));
        mvc.perform(post(page + "/close")
                        .with(csrf())
                        .session(consultant.session())
                        .param("outcome", "PARTNERSHIP")
                        .param("version", String.valueOf(version(courseId))))
                .andExpect(redirectedUrl(page));

        // the firm rates the course once
        mvc.perform(get("/dashboard").session(firm.staff().session()))
                .andExpect(content().string(containsString("Jeres vejledningsforløb er lukket: giv en vurdering")));
        mvc.perform(post("/partnerships/courses/" + courseId + "/feedback")
                        .with(csrf())
                        .session(firm.staff().session())
                        .param("rating", "9")
                        .param("comment", "Behold mig"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("feedbackForm", "rating"))
                .andExpect(content().string(containsString("id=\"rating-error\"")))
                .andExpect(content().string(containsString("Behold mig")));
        mvc.perform(post("/partnerships/courses/" + courseId + "/feedback")
                        .with(csrf())
                        .session(firm.staff().session())
                        .param("comment", "x".repeat(2001)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("feedbackForm", "rating", "comment"));
        mvc.perform(post("/partnerships/courses/" + courseId + "/feedback")
                        .with(csrf())
                        .session(firm.staff().session())
                        .param("rating", "5")
                        .param("comment", "Rigtig god hjælp"))
                .andExpect(flash().attribute("flash", "partnerships.feedback.thanks"));
        mvc.perform(get(page).session(consultant.session()))
                .andExpect(content().string(containsString("5 / 5 Rigtig god hjælp")));
        mvc.perform(get("/dashboard").session(firm.staff().session()))
                .andExpect(content().string(not(containsString("giv en vurdering"))));
        mvc.perform(post("/partnerships/courses/" + courseId + "/feedback")
                        .with(csrf())
                        .session(firm.staff().session())
                        .param("rating", "1"))
                .andExpect(status().isConflict());

        // the figures the impact module reads
        assertThat(impact.partnerships(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)))
                .filteredOn(f -> f.partnershipId() == partnershipId)
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.firmOrganisationId()).isEqualTo(firm.organisationId());
                    assertThat(f.sovOrganisationId()).isEqualTo(sov.organisationId());
                    assertThat(f.agreedJobs()).isEqualTo(2);
                    assertThat(f.filledJobs()).isEqualTo(1);
                    assertThat(f.hoursPerWeek()).isEqualTo(30);
                    assertThat(f.filledHoursPerWeek()).isEqualTo(15);
                    assertThat(f.model()).isEqualTo(PartnershipModel.SUBCONTRACTING);
                    assertThat(f.targetGroups()).containsExactly(TargetGroup.LONG_TERM_UNEMPLOYED);
                });
        assertThat(impact.partnerships(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .noneMatch(f -> f.partnershipId() == partnershipId);
        assertThat(impact.courseRatings(
                        LocalDate.now().minusDays(1), LocalDate.now().plusDays(1)))
                .contains(5);
        // the need is closed with its partnership; the consultant's reads of the course are in the audit trail
        assertThat(needs.byId(actor(firm, OrganisationKind.FIRM), needId).open())
                .isFalse();
        assertThat(jdbc.sql("""
                        select count(*) from state_change where subject_type = 'PARTNERSHIP_READ'
                          and to_state = 'READ_COURSE' and subject_id = :firm and actor_id = :c
                        """)
                        .param("firm", firm.organisationId())
                        .param("c", consultant.accountId())
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void aConsultantsChecklistEditIsANewVersionAndAStaleEditIsRefused() throws Exception {
        int current = jdbc.sql("select max(version_no) from partnership_checklist where model = 'INCLUSIVE_HR'")
                .query(Integer.class)
                .single();
        mvc.perform(get("/consultant/partnerships/checklists/INCLUSIVE_HR").session(consultant.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Støtteperson")));
        mvc.perform(post("/consultant/partnerships/checklists/INCLUSIVE_HR")
                        .with(csrf())
                        .session(consultant.session())
                        .param("version", String.valueOf(current))
                        .param("items", "Roller og ansvar\nStøtteperson\n\nMentorordning"))
                .andExpect(flash().attribute("flash", "partnerships.checklist.saved"));
        mvc.perform(post("/consultant/partnerships/checklists/INCLUSIVE_HR")
                        .with(csrf())
                        .session(consultant.session())
                        .param("version", String.valueOf(current))
                        .param("items", "Overskriver ikke"))
                .andExpect(status().isOk())
                .andExpect(
                        model().attributeHasFieldErrorCode("checklistForm", "items", "partnerships.checklist.changed"))
                .andExpect(content().string(containsString(">Overskriver ikke</textarea>")));
        mvc.perform(get("/consultant/partnerships/checklists/INCLUSIVE_HR").session(consultant.session()))
                .andExpect(content().string(containsString("Mentorordning")))
                .andExpect(content().string(containsString("Version " + (current + 1))))
                .andExpect(content().string(containsString("Version " + current)))
                .andExpect(content().string(not(containsString("Overskriver ikke"))));
        // the checklists are the models' and the secure-employment course's (issue 21): any other name is not found
        mvc.perform(get("/consultant/partnerships/checklists/NOT_A_MODEL").session(consultant.session()))
                .andExpect(status().isNotFound());
    }
}
