package dk.jobandel.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.agreements.AgreementFixtures;
import dk.jobandel.agreements.Agreements;
import dk.jobandel.agreements.Creation;
import dk.jobandel.agreements.NewAgreement;
import dk.jobandel.impact.core.Gender;
import dk.jobandel.impact.core.Situation;
import dk.jobandel.impact.core.StatedProfile;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.Organisations;
import dk.jobandel.roles.SharedRoles;
import dk.jobandel.shared.WeekGrid;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The impact pages on PostgreSQL with real agreements: who sees whose figures, the CSV files, consent, saved reports
 * and bad input. The class makes two cooperatives of its own (5 and 10 people in job shares that started 8 months ago,
 * 10 hours a week), so figures filtered to them are exact whatever else the shared database holds. Its tests share
 * them, and the members signed in once, as every test only reads the cooperatives' figures: the one that gives consent
 * for the small cooperative's people is the only one that reads the breakdowns that consent changes, and the
 * freelancer's consent and the consultant's reports are each one test's own.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImpactPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    SharedRoles roles;

    @Autowired
    Agreements agreements;

    @Autowired
    ImpactConsents consents;

    @Autowired
    JdbcClient jdbc;

    Sessions sessions;
    AgreementFixtures fixtures;
    AgreementFixtures.Cooperative small;
    AgreementFixtures.Cooperative large;
    String smallName;
    String largeName;
    List<Long> smallPeople;
    MockHttpSession smallStaff;
    MockHttpSession largeStaff;
    MockHttpSession consultant;
    Sessions.Member freelancer;

    @BeforeAll
    void twoCooperativesWithAgreementsOldEnoughToCount() throws Exception {
        sessions = new Sessions(mvc, registration, organisations);
        fixtures = new AgreementFixtures(registration, organisations, roles);
        smallName = "Lille Andel " + System.nanoTime();
        largeName = "Store Andel " + System.nanoTime();
        small = fixtures.cooperative(smallName);
        large = fixtures.cooperative(largeName);
        smallPeople = jobShares(small, 5);
        jobShares(large, 10);
        smallStaff = sessions.login(small.staffEmail());
        largeStaff = sessions.login(large.staffEmail());
        consultant = sessions.consultant("Mette Lund").session();
        freelancer = sessions.freelancer("Frida Fri");
    }

    /** {@code n} one-person agreements of 10 hours a week that started 8 months ago and still run. */
    private List<Long> jobShares(AgreementFixtures.Cooperative coop, int n) {
        long role = fixtures.role(coop, "Køkkenhjælp");
        LocalDate start = LocalDate.now(ZoneId.of("Europe/Copenhagen")).minusMonths(8);
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long person = fixtures.freelancer("Person " + i);
            var created = agreements.create(new NewAgreement(
                    role,
                    null,
                    start,
                    null,
                    List.of(new NewAgreement.Party(person, WeekGrid.parse("man 08:00–13:00, tir 08:00–13:00"))),
                    coop.staffId()));
            assertThat(created).isInstanceOf(Creation.Created.class);
            people.add(person);
        }
        return people;
    }

    private String page(String url, MockHttpSession session) throws Exception {
        return mvc.perform(get(url).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String csv(String url, MockHttpSession session) throws Exception {
        var response = mvc.perform(get(url).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).startsWith("text/csv");
        return response.getContentAsString();
    }

    @Test
    void aCooperativeSeesOnlyItsOwnFiguresWhateverItAsksFor() throws Exception {
        assertThat(csv("/organisation/impact/figures.csv", smallStaff))
                .contains("\"Personer, der er begyndt i en aftale\",5\r\n")
                .contains(
                        "\"Personer i sikkert arbejde (ansættelse, mindst 8 timer om ugen, mindst 3 måneder)\",5\r\n");
        assertThat(csv("/organisation/impact/figures.csv", largeStaff))
                .contains("\"Personer, der er begyndt i en aftale\",10\r\n");
        // naming the other organisation changes nothing: the organisation is the reader's own
        assertThat(csv("/organisation/impact/figures.csv?organisation=" + large.organisationId(), smallStaff))
                .contains("\"Personer, der er begyndt i en aftale\",5\r\n");
        String smallPage = page("/organisation/impact", smallStaff);
        assertThat(smallPage).contains(smallName).doesNotContain(largeName);
        assertThat(csv("/organisation/impact/organisation.csv", smallStaff))
                .contains(smallName + ",5,5,5,0,50")
                .doesNotContain(largeName);
    }

    @Test
    void everyRouteHasItsAudience() throws Exception {
        mvc.perform(get("/consultant/impact").session(smallStaff)).andExpect(status().isForbidden());
        mvc.perform(get("/consultant/impact/esf.csv").session(smallStaff)).andExpect(status().isForbidden());
        mvc.perform(get("/organisation/impact").session(freelancer.session())).andExpect(status().isForbidden());
        mvc.perform(get("/organisation/impact").session(consultant)).andExpect(status().isForbidden());
        mvc.perform(get("/profile/impact-statistics").session(smallStaff)).andExpect(status().isForbidden());
        mvc.perform(get("/consultant/impact")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/organisation/impact")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/impact")).andExpect(status().isOk());
        mvc.perform(get("/impact/month.csv")).andExpect(status().isOk());
        // the public page has no breakdown by organisation or by people's characteristics
        mvc.perform(get("/impact/organisation.csv")).andExpect(status().isNotFound());
        mvc.perform(get("/impact/gender.csv")).andExpect(status().isNotFound());
    }

    @Test
    void consultantsSeeEveryOrganisationAndFilter() throws Exception {
        String url = "/consultant/impact/figures.csv?organisation=" + large.organisationId();
        assertThat(csv(url, consultant)).contains("\"Personer, der er begyndt i en aftale\",10\r\n");
        String pageHtml = page("/consultant/impact?organisation=" + small.organisationId(), consultant);
        assertThat(pageHtml).contains("Efter køn", "Efter kommune", "Efter måned", "Efter slags");
        assertThat(csv("/consultant/impact/kind.csv?organisation=" + small.organisationId(), consultant))
                .startsWith("Slags,Personer begyndt,I sikkert arbejde,")
                .contains("Jobdeling,5,5,5,0,50\r\n", "Pulje,0,0,0,0,0\r\n", "I alt,5,5,5,0,50\r\n");
    }

    @Test
    void genderAgeAndSituationComeOnlyFromPeopleWhoConsented() throws Exception {
        for (long person : smallPeople) {
            consents.give(person, new StatedProfile(Gender.WOMAN, 1990, Situation.LONG_TERM_UNEMPLOYED), null);
        }
        String esf = csv("/consultant/impact/esf.csv?organisation=" + small.organisationId(), consultant);
        assertThat(esf)
                .contains(",Køn,Kvinde,5,5,5,0\r\n")
                .contains(",Køn,Ikke oplyst,0,0,0,0\r\n")
                .contains(",Situation,Langtidsledig,5,5,5,0\r\n");
        String largeEsf = csv("/consultant/impact/esf.csv?organisation=" + large.organisationId(), consultant);
        assertThat(largeEsf).contains(",Køn,Kvinde,0,0,0,0\r\n").contains(",Køn,Ikke oplyst,10,10,10,0\r\n");
        // a withdrawn consent takes the person out of the groups again, and small groups hide with a complement
        consents.withdraw(smallPeople.getFirst());
        String after = csv("/consultant/impact/esf.csv?organisation=" + small.organisationId(), consultant);
        assertThat(after).contains(",Køn,Kvinde,,,,").contains(",Køn,Ikke oplyst,,,,");
    }

    @Test
    void aFreelancerGivesAndWithdrawsConsent() throws Exception {
        var me = freelancer.session();
        String refused = mvc.perform(post("/profile/impact-statistics")
                        .session(me)
                        .with(csrf())
                        .param("gender", "WOMAN")
                        .param("birthYear", "1990")
                        .param("situation", "UNEMPLOYED"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("Sæt kryds for at give samtykke");
        assertThat(consents.of(freelancer.accountId())).isEmpty();
        mvc.perform(post("/profile/impact-statistics")
                        .session(me)
                        .with(csrf())
                        .param("gender", "WOMAN")
                        .param("birthYear", "nineteen")
                        .param("situation", "UNEMPLOYED")
                        .param("agree", "true"))
                .andExpect(status().isOk());
        mvc.perform(post("/profile/impact-statistics")
                        .session(me)
                        .with(csrf())
                        .param("gender", "WOMAN")
                        .param("birthYear", "1990")
                        .param("situation", "UNEMPLOYED")
                        .param("agree", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(consents.of(freelancer.accountId()).orElseThrow().stated().gender())
                .isEqualTo(Gender.WOMAN);
        // one consent, one record: the member's privacy page shows it with its time and the notice's version
        assertThat(impactConsentRecords(freelancer.accountId())).containsExactly("given");
        mvc.perform(post("/profile/impact-statistics/withdraw").session(me).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(consents.of(freelancer.accountId())).isEmpty();
        assertThat(impactConsentRecords(freelancer.accountId())).containsExactly("withdrawn");

        // given again, and withdrawn from the privacy page: what was stated goes with it
        mvc.perform(post("/profile/impact-statistics")
                        .session(me)
                        .with(csrf())
                        .param("gender", "MAN")
                        .param("birthYear", "1985")
                        .param("situation", "UNEMPLOYED")
                        .param("agree", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/privacy/my-data/consents/IMPACT_STATISTICS/withdraw")
                        .session(me)
                        .with(csrf()))
                .andExpect(redirectedUrl("/privacy/my-data"));
        assertThat(consents.of(freelancer.accountId())).isEmpty();
        assertThat(impactConsentRecords(freelancer.accountId())).containsExactly("withdrawn", "withdrawn");
        // the privacy page offers no bare "give" for it: it leads to the form that asks what to count
        mvc.perform(get("/privacy/my-data").session(me))
                .andExpect(content().string(containsString("href=\"/profile/impact-statistics\"")));
        mvc.perform(post("/privacy/my-data/consents/IMPACT_STATISTICS/give")
                        .session(me)
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    List<String> impactConsentRecords(long accountId) {
        return jdbc.sql("""
                        select case when withdrawn_at is null then 'given' else 'withdrawn' end from consent_record
                        where account_id = :id and purpose = 'IMPACT_STATISTICS' order by id
                        """).param("id", accountId).query(String.class).list();
    }

    @Test
    void aConsultantSavesDuplicatesAndDeletesAReport() throws Exception {
        String name = "Kvartal " + System.nanoTime();
        String location = mvc.perform(post("/consultant/impact/reports")
                        .session(consultant)
                        .with(csrf())
                        .param("name", name)
                        .param("from", "2026-01")
                        .param("to", "2026-03")
                        .param("kind", "POOL"))
                .andExpect(redirectedUrlPattern("/consultant/impact?report=*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String saved = page(location, consultant);
        assertThat(saved).contains("Effekt: " + name).contains("value=\"2026-03\"");
        long id = Long.parseLong(location.substring(location.indexOf('=') + 1));
        mvc.perform(post("/consultant/impact/reports/" + id + "/duplicate")
                        .session(consultant)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/consultant/impact", consultant)).contains("Kopi af " + name);
        mvc.perform(post("/consultant/impact/reports/" + id + "/delete")
                        .session(consultant)
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/consultant/impact?report=" + id).session(consultant)).andExpect(status().isNotFound());
        String blank = mvc.perform(post("/consultant/impact/reports")
                        .session(consultant)
                        .with(csrf())
                        .param("name", " "))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(blank).contains("Giv rapporten et navn.");
    }

    @Test
    void badInputIsShownOrRefusedNeverAFailure() throws Exception {
        assertThat(page("/consultant/impact?from=banana&to=2026-13&kind=X&municipality=9999", consultant))
                .contains("Skriv måneden som år og måned", "Vælg en kommune fra listen", "Vælg en slags fra listen");
        assertThat(page("/consultant/impact?from=2026-05&to=2026-01", consultant))
                .contains("Perioden skal slutte samme måned eller efter den begynder.");
        assertThat(page("/impact?from=banana", new MockHttpSession())).contains("Skriv måneden som år og måned");
        mvc.perform(get("/consultant/impact/esf.csv?from=banana").session(consultant))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/consultant/impact/nonsense.csv").session(consultant)).andExpect(status().isNotFound());
        mvc.perform(get("/consultant/impact?report=abc").session(consultant)).andExpect(status().isNotFound());
        mvc.perform(get("/organisation/impact?from=x").session(smallStaff)).andExpect(status().isOk());
        mvc.perform(post("/consultant/impact/reports/999999/delete")
                        .session(consultant)
                        .with(csrf())
                        .param("version", "x"))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void thePublicPageShowsNationalTotalsInBothLanguages() throws Exception {
        String html = page("/impact", new MockHttpSession());
        assertThat(html)
                .contains("Jobandels effekt", "Efter måned", "Efter region")
                .doesNotContain("Efter køn");
        assertThat(jdbc.sql("select count(*) from agreement").query(Long.class).single())
                .isGreaterThanOrEqualTo(15);
    }
}
