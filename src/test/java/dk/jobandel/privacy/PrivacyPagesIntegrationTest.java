package dk.jobandel.privacy;

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
import dk.jobandel.agreements.Agreements;
import dk.jobandel.agreements.NewAgreement;
import dk.jobandel.freelancers.FreelancerProfiles;
import dk.jobandel.freelancers.Profile;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.MemberRegistration.NewPerson;
import dk.jobandel.members.Organisations;
import dk.jobandel.members.Role;
import dk.jobandel.roles.SharedRoles;
import dk.jobandel.shared.WeekGrid;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import dk.jobandel.testsupport.Texts;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Consents, who looked, what blocks an erasure, consultants' erasures, the notice and who may open which page. */
@ApplicationTest
class PrivacyPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    SharedRoles roles;

    @Autowired
    Agreements agreements;

    @Autowired
    FreelancerProfiles profiles;

    @Autowired
    PersonalDataMap map;

    @Autowired
    JdbcClient jdbc;

    Sessions sessions;

    @BeforeEach
    void setUp() {
        sessions = new Sessions(mvc, registration, organisations);
    }

    @Test
    void withdrawingTheConsentToSituationFactsDeletesThemAtOnce() throws Exception {
        var amal = sessions.freelancer("Amal Hassan");
        Profile profile = profiles.profileOf(amal.accountId());
        profiles.changeSituation(
                amal.accountId(), profile.version(), new Profile.Situation(Instant.now(), true, true, true, true));
        mvc.perform(get("/privacy/my-data").session(amal.session()))
                .andExpect(content().string(containsString(Texts.shown(messages, "privacy.consent.SITUATION_FACTS"))))
                .andExpect(content().string(containsString("/privacy/my-data/consents/SITUATION_FACTS/withdraw")));

        mvc.perform(post("/privacy/my-data/consents/SITUATION_FACTS/withdraw")
                        .with(csrf())
                        .session(amal.session()))
                .andExpect(redirectedUrl("/privacy/my-data"))
                .andExpect(flash().attribute("flash", "privacy.consent.withdrawn"));

        assertThat(profiles.profileOf(amal.accountId()).situation()).isNull();
        assertThat(jdbc.sql("""
                        select count(*) from freelancer_profile where account_id = :id
                        and (flexjob_eligible is not null or akasse_member is not null or situation_consent_at is not null)
                        """)
                        .param("id", amal.accountId())
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("""
                        select count(*) from consent_record where account_id = :id and purpose = 'SITUATION_FACTS'
                        and withdrawn_at is not null and notice_version = '2026-12'
                        """)
                        .param("id", amal.accountId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(get("/privacy/my-data").session(amal.session()))
                .andExpect(content().string(containsString(Texts.lead(messages, "privacy.consent.withdrawnAt"))));
    }

    @Test
    void optionalConsentsAreGivenAndWithdrawnAndBadPurposesAreRefused() throws Exception {
        var amal = sessions.freelancer("Amal Optional");
        mvc.perform(post("/privacy/my-data/consents/POOL_VISIBILITY/give")
                        .with(csrf())
                        .session(amal.session()))
                .andExpect(redirectedUrl("/privacy/my-data"));
        mvc.perform(get("/privacy/my-data").session(amal.session()))
                .andExpect(content().string(containsString("/privacy/my-data/consents/POOL_VISIBILITY/withdraw")));
        // being shown in pools is the profile's pool wish: matching sees the consent at once
        assertThat(profiles.profileOf(amal.accountId()).basics().wantsPool()).isTrue();
        mvc.perform(post("/privacy/my-data/consents/POOL_VISIBILITY/withdraw")
                        .with(csrf())
                        .session(amal.session()))
                .andExpect(redirectedUrl("/privacy/my-data"));
        assertThat(profiles.profileOf(amal.accountId()).basics().wantsPool()).isFalse();
        // the terms at sign-up are withdrawn by erasing the account
        mvc.perform(post("/privacy/my-data/consents/SIGN_UP_TERMS/withdraw")
                        .with(csrf())
                        .session(amal.session()))
                .andExpect(redirectedUrl("/privacy/my-data/erase"));
        mvc.perform(post("/privacy/my-data/consents/NOPE/withdraw").with(csrf()).session(amal.session()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/privacy/my-data/consents/SITUATION_FACTS/give")
                        .with(csrf())
                        .session(amal.session()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/privacy/my-data/consents/POOL_VISIBILITY/give").session(amal.session()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from consent_record where account_id = :id")
                        .param("id", amal.accountId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aFreelancerSeesWhichConsultantLookedAtTheirProfileWhenAndWhere() throws Exception {
        var amal = sessions.freelancer("Amal Looked");
        var consultant = sessions.consultant("Karin Kigger");
        var other = sessions.freelancer("Bo Other");
        mvc.perform(get("/privacy/my-data").session(amal.session()))
                .andExpect(content().string(containsString(Texts.shown(messages, "privacy.views.none"))));
        mvc.perform(get("/consultant/freelancers/" + amal.accountId()).session(consultant.session()))
                .andExpect(status().isOk());
        // the freelancer's own reads and refused reads are not in the log
        mvc.perform(get("/consultant/freelancers/" + amal.accountId()).session(other.session()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/privacy/my-data").session(amal.session()))
                .andExpect(content().string(containsString("Karin Kigger")))
                .andExpect(content().string(containsString("/consultant/freelancers/" + amal.accountId())))
                .andExpect(content().string(not(containsString("Bo Other"))));
        // and nobody else's log
        mvc.perform(get("/privacy/my-data").session(other.session()))
                .andExpect(content().string(not(containsString("Karin Kigger"))));
    }

    @Test
    void consultantsSeeAtMostThatAPersonIsOpenToFlexJobs() throws Exception {
        var amal = sessions.freelancer("Amal Flex");
        Profile profile = profiles.profileOf(amal.accountId());
        profiles.changeSituation(
                amal.accountId(), profile.version(), new Profile.Situation(Instant.now(), true, true, true, true));
        var consultant = sessions.consultant("Konsulent Flex");
        mvc.perform(get("/consultant/freelancers/" + amal.accountId()).session(consultant.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(Texts.shown(messages, "privacy.openToFlexjob"))))
                // the section with the situation is not there at all
                .andExpect(content().string(not(containsString("id=\"situation-heading\""))))
                .andExpect(content()
                        .string(not(containsString(Texts.shown(messages, "profile.situation.flexjobEligible")))));
        mvc.perform(get("/profile").session(amal.session()))
                .andExpect(content().string(containsString("id=\"situation-heading\"")));
    }

    @Test
    void anOrganisationsOnlyStaffMemberAndAFreelancerInARunningAgreementMustActFirst() throws Exception {
        var fixtures = new AgreementFixtures(registration, organisations, roles);
        var cooperative = fixtures.cooperative("Enekøkkenet");
        var staff = sessions.login(cooperative.staffEmail());
        mvc.perform(get("/privacy/my-data/erase").session(staff))
                .andExpect(content()
                        .string(containsString(Texts.shown(messages, "privacy.blocked.lastStaff", "Enekøkkenet"))))
                .andExpect(content().string(not(containsString(Texts.shown(messages, "privacy.erase.submit")))));
        mvc.perform(post("/privacy/my-data/erase")
                        .with(csrf())
                        .session(staff)
                        .param("password", Sessions.PASSWORD)
                        .param("confirm", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(Texts.shown(messages, "privacy.erase.blocked"))));
        assertThat(jdbc.sql("select enabled from account where id = :id")
                        .param("id", cooperative.staffId())
                        .query(Boolean.class)
                        .single())
                .isTrue();

        long roleId = fixtures.role(cooperative, "Løbende kok");
        var worker = sessions.freelancer("Rikke Running");
        agreements.create(new NewAgreement(
                roleId,
                null,
                LocalDate.now(ZoneId.of("Europe/Copenhagen")).minusDays(7),
                null,
                List.of(new NewAgreement.Party(
                        worker.accountId(), WeekGrid.range(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)))),
                cooperative.staffId()));
        mvc.perform(get("/privacy/my-data/erase").session(worker.session()))
                .andExpect(content()
                        .string(containsString(
                                Texts.shown(messages, "privacy.blocked.activeAgreement", "Løbende kok"))));
    }

    @Test
    void aConsultantErasesOnAWrittenRequestAndTheReasonIsRecorded() throws Exception {
        var consultant = sessions.consultant("Konsulent Sletter");
        var leaving = sessions.freelancer("Lars Leaving");
        mvc.perform(get("/consultant/privacy/erasures").session(consultant.session()))
                .andExpect(status().isOk());
        mvc.perform(post("/consultant/privacy/erasures")
                        .with(csrf())
                        .session(consultant.session())
                        .param("email", leaving.email())
                        .param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("reason-error\">" + Texts.shown(messages, "NotBlank"))));
        mvc.perform(post("/consultant/privacy/erasures")
                        .with(csrf())
                        .session(consultant.session())
                        .param("email", "nobody-" + leaving.email())
                        .param("reason", "Brev af 1. december"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(Texts.shown(messages, "privacy.consultant.notFound"))));
        // consultants are not erased this way
        mvc.perform(post("/consultant/privacy/erasures")
                        .with(csrf())
                        .session(consultant.session())
                        .param("email", consultant.email())
                        .param("reason", "Brev af 1. december"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(Texts.shown(messages, "privacy.consultant.notFound"))));
        mvc.perform(post("/consultant/privacy/erasures")
                        .with(csrf())
                        .session(consultant.session())
                        .param("email", leaving.email())
                        .param("reason", "Brev af 1. december"))
                .andExpect(redirectedUrl("/consultant/privacy/erasures"))
                .andExpect(flash().attribute("flash", "privacy.consultant.done"));
        assertThat(jdbc.sql("""
                        select requested_by || ' ' || consultant_id || ' ' || reason from privacy_erasure
                        where account_id = :id
                        """)
                        .param("id", leaving.accountId())
                        .query(String.class)
                        .single())
                .isEqualTo("CONSULTANT " + consultant.accountId() + " Brev af 1. december");
    }

    @Test
    void everyRouteHasItsRule() throws Exception {
        var freelancer = sessions.freelancer("Regel Freelancer");
        var consultant = sessions.consultant("Regel Konsulent");
        String adminEmail = Sessions.uniqueEmail("admin");
        registration.createStaffAccount(
                new NewPerson("Regel Admin", adminEmail, Sessions.PASSWORD, Locale.of("da")), EnumSet.of(Role.ADMIN));
        var admin = sessions.login(adminEmail);

        mvc.perform(get("/privacy")).andExpect(status().isOk());
        mvc.perform(get("/privacy/my-data")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/privacy/my-data/erase")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/consultant/privacy/erasures").session(freelancer.session()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/privacy/records").session(consultant.session())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/privacy/records").session(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(Texts.shown(messages, "privacy.records.title"))))
                .andExpect(content().string(containsString("agreement_party, booking")));
        mvc.perform(get("/consultant/privacy/erasures").session(admin)).andExpect(status().isOk());
        mvc.perform(post("/privacy/my-data/exports").session(freelancer.session()))
                .andExpect(status().isForbidden());
    }

    @Test
    void everyRetentionFigureOnTheNoticeIsTheConfiguredOne() throws Exception {
        for (String language : List.of("da", "en")) {
            String page = mvc.perform(get("/privacy")
                            .param("lang", language)
                            .cookie(new jakarta.servlet.http.Cookie("JOBANDEL_LANG", language)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            var figure = Pattern.compile("data-retention=\"(\\w+)\">(\\d+)<").matcher(page);
            var shown = new java.util.HashMap<String, Long>();
            while (figure.find()) {
                shown.put(figure.group(1), Long.parseLong(figure.group(2)));
            }
            assertThat(shown).as(language).isEqualTo(map.retentionFigures());
            assertThat(shown)
                    .containsEntry("warnAfterMonths", 21L)
                    .containsEntry("eraseAfterMonths", 24L)
                    .containsEntry("securityEventDays", 365L)
                    .containsEntry("mailDays", 30L)
                    .containsEntry("exportDays", 7L)
                    .containsEntry("unconfirmedDays", 30L);
            // the purposes' texts with figures say the same
            assertThat(page)
                    .contains(language.equals("da") ? "Advarsel efter 21 måneder" : "A warning after 21 months");
        }
    }

    @Test
    void tickingPoolWorkOnTheProfileRecordsTheConsentAndUntickingWithdrawsIt() throws Exception {
        var bo = sessions.freelancer("Bo Puljer");
        var wantsPool = new Profile.Basics(
                (short) 101,
                20,
                true,
                false,
                false,
                10,
                30,
                LocalDate.of(2027, 1, 4),
                null,
                List.of("da"),
                false,
                true);
        profiles.changeBasics(bo.accountId(), profiles.profileOf(bo.accountId()).version(), "Bo Puljer", wantsPool);
        assertThat(poolConsent(bo.accountId())).isEqualTo("given");

        var noPool = new Profile.Basics(
                (short) 101,
                20,
                true,
                false,
                false,
                10,
                30,
                LocalDate.of(2027, 1, 4),
                null,
                List.of("da"),
                true,
                false);
        profiles.changeBasics(bo.accountId(), profiles.profileOf(bo.accountId()).version(), "Bo Puljer", noPool);
        assertThat(poolConsent(bo.accountId())).isEqualTo("withdrawn");
        // ticked again: a new record, as the notice's version may have changed
        profiles.changeBasics(bo.accountId(), profiles.profileOf(bo.accountId()).version(), "Bo Puljer", wantsPool);
        assertThat(poolConsent(bo.accountId())).isEqualTo("given");
    }

    /** The latest consent record's state, or "none". */
    String poolConsent(long accountId) {
        return jdbc.sql("""
                        select case when withdrawn_at is null then 'given' else 'withdrawn' end from consent_record
                        where account_id = :id and purpose = 'POOL_VISIBILITY' order by id desc limit 1
                        """)
                .param("id", accountId)
                .query(String.class)
                .optional()
                .orElse("none");
    }
}
