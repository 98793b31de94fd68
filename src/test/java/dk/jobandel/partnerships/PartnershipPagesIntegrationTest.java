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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.OrganisationKind;
import dk.jobandel.members.Organisations;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The profile, need and ranking pages as a SØV, a firm, another firm, a cooperative, a freelancer, an anonymous
 * visitor and a consultant meet them; the forms' errors next to their fields; the RSV badge after the check; the
 * consultants' reads in the audit trail. The members, the SØV's profile and the firm's need are made once for the
 * class: the tests read them, are refused, or add what only they look at; the one that saves the SØV's profile and has
 * it checked does so with a SØV of its own.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnershipPagesIntegrationTest {

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
    JdbcClient jdbc;

    Sessions sessions;
    Sessions.Cooperative sov;
    Sessions.Cooperative firm;
    Sessions.Cooperative otherFirm;
    Sessions.Cooperative cooperative;
    Sessions.Member freelancer;
    Sessions.Member consultant;
    String sovName;
    long needId;

    @BeforeAll
    void aSovAFirmWithANeedAndPeopleAround() throws Exception {
        sessions = new Sessions(mvc, registration, organisations);
        sovName = "Rent Rummeligt " + UUID.randomUUID();
        sov = sovWithAProfile(sovName);
        firm = PartnershipFixtures.organisation(
                sessions, registration, organisations, "Firmaet A/S", OrganisationKind.FIRM, 751);
        otherFirm = PartnershipFixtures.organisation(
                sessions, registration, organisations, "Andet Firma", OrganisationKind.FIRM, 101);
        cooperative = sessions.cooperative("Kooperativet", true);
        freelancer = sessions.freelancer("Frida Fri");
        consultant = sessions.consultant("Mette Lund");
        needId = needs.post(actor(firm, OrganisationKind.FIRM), null, cleaningNeed("Rengøring af kontoret", 20));
    }

    /** A SØV with a profile of cleaning in Aarhus, 40 hours a week, not checked in the RSV yet. */
    private Sessions.Cooperative sovWithAProfile(String name) throws Exception {
        var made = PartnershipFixtures.organisation(
                sessions, registration, organisations, name, OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE, 751);
        profiles.save(actor(made, OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE), cleaningInAarhus(40), 0);
        return made;
    }

    private List<MockHttpServletRequestBuilder> organisationRoutes() {
        return List.of(
                get("/partnerships"),
                get("/partnerships/profile"),
                post("/partnerships/profile").with(csrf()),
                get("/partnerships/needs/new"),
                post("/partnerships/needs").with(csrf()),
                get("/partnerships/needs/" + needId),
                get("/partnerships/needs/" + needId + "/edit"),
                post("/partnerships/needs/" + needId + "/edit").with(csrf()));
    }

    private List<MockHttpServletRequestBuilder> consultantRoutes() {
        return List.of(
                get("/consultant/partnerships"),
                get("/consultant/partnerships/sovs/" + sov.organisationId()),
                post("/consultant/partnerships/sovs/" + sov.organisationId() + "/rsv-check")
                        .with(csrf())
                        .param("found", "true"),
                get("/consultant/partnerships/needs/" + needId));
    }

    @Test
    void anonymousVisitorsLogInFreelancersAreRefusedAndOrganisationsCannotUseConsultantPages() throws Exception {
        for (var route : organisationRoutes()) {
            mvc.perform(route).andExpect(redirectedUrl("/login"));
            mvc.perform(route.session(freelancer.session())).andExpect(status().isForbidden());
            mvc.perform(route.session(consultant.session())).andExpect(status().isForbidden());
        }
        for (var route : consultantRoutes()) {
            mvc.perform(route).andExpect(redirectedUrl("/login"));
            mvc.perform(route.session(sov.staff().session())).andExpect(status().isForbidden());
            mvc.perform(route.session(firm.staff().session())).andExpect(status().isForbidden());
        }
        assertThat(profiles.own(actor(sov, OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE))
                        .rsv()
                        .badge())
                .isFalse();
    }

    @Test
    void anotherFirmTheSovAndACooperativeGetNotFoundForTheFirmsNeed() throws Exception {
        for (Sessions.Cooperative outsider : List.of(otherFirm, sov, cooperative)) {
            mvc.perform(get("/partnerships/needs/" + needId)
                            .session(outsider.staff().session()))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(not(containsString("Rengøring af kontoret"))));
            mvc.perform(get("/partnerships/needs/" + needId + "/edit")
                            .session(outsider.staff().session()))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/partnerships/needs/" + needId + "/edit")
                            .with(csrf())
                            .session(outsider.staff().session())
                            .param("title", "Kapret")
                            .param("model", "SUBCONTRACTING")
                            .param("service", "CLEANING")
                            .param("hoursPerWeek", "5")
                            .param("municipalityCode", "751")
                            .param("startOn", "2027-01-01")
                            .param("inclusiveJobs", "1")
                            .param("version", "0"))
                    .andExpect(status().isNotFound());
        }
        // only SØVs have a profile and only firms post needs
        mvc.perform(get("/partnerships/profile").session(firm.staff().session()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/partnerships/needs/new").session(sov.staff().session()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/partnerships").session(cooperative.staff().session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("registreret som kooperativ")));
        assertThat(needs.byId(actor(firm, OrganisationKind.FIRM), needId)
                        .details()
                        .title())
                .isEqualTo("Rengøring af kontoret");
    }

    @Test
    void theSovSavesItsProfileAndTheBadgeShowsOnlyAfterAConsultantsCheck() throws Exception {
        // not the class's SØV, which the other tests see with the profile it was made with and unchecked
        String sovName = "Rent Rummeligt " + UUID.randomUUID();
        Sessions.Cooperative sov = sovWithAProfile(sovName);
        mvc.perform(post("/partnerships/profile")
                        .with(csrf())
                        .session(sov.staff().session())
                        .param("services", "LAUNDRY", "CLEANING")
                        .param("municipalities", "751", "740")
                        .param("regions", "1082")
                        .param("capacityHours", "60")
                        .param("capacityPeople", "8")
                        .param("targetGroups", "MENTAL_ILLNESS")
                        .param("presentation", "Vaskeri og rengøring")
                        .param("references", "")
                        .param("rsvDeclared", "true")
                        .param("version", "0"))
                .andExpect(redirectedUrl("/partnerships"));
        mvc.perform(get("/partnerships").session(sov.staff().session()))
                .andExpect(content().string(containsString("Vaskeri")))
                .andExpect(content().string(containsString("Oplyser at være registreret")))
                .andExpect(content().string(not(containsString("class=\"badge\""))));
        mvc.perform(get("/consultant/partnerships").session(consultant.session()))
                .andExpect(content().string(containsString(sovName)))
                .andExpect(content().string(containsString("RSV-tjek skal laves")));
        mvc.perform(post("/consultant/partnerships/sovs/" + sov.organisationId() + "/rsv-check")
                        .with(csrf())
                        .session(consultant.session())
                        .param("found", "true"))
                .andExpect(redirectedUrl("/consultant/partnerships/sovs/" + sov.organisationId()));
        mvc.perform(get("/partnerships").session(sov.staff().session()))
                .andExpect(content().string(containsString("class=\"badge\"")))
                .andExpect(content().string(containsString("Registreret socialøkonomisk virksomhed")));
    }

    @Test
    void aStaleProfileSaveIsRefusedAndNothingIsLost() throws Exception {
        mvc.perform(post("/partnerships/profile")
                        .with(csrf())
                        .session(sov.staff().session())
                        .param("services", "CLEANING")
                        .param("municipalities", "751")
                        .param("capacityHours", "10")
                        .param("capacityPeople", "2")
                        .param("presentation", "Min nye tekst")
                        .param("version", "7"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("En anden har ændret det")))
                .andExpect(content().string(containsString("Min nye tekst")));
    }

    @Test
    void badProfileInputIsExplainedNextToEachFieldAndKept() throws Exception {
        mvc.perform(post("/partnerships/profile")
                        .with(csrf())
                        .session(sov.staff().session())
                        .param("capacityHours", "abc")
                        .param("capacityPeople", "0")
                        .param("municipalities", "999")
                        .param("presentation", "Behold mig")
                        .param("version", "1"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors(
                                "form", "services", "capacityHours", "capacityPeople", "municipalities"))
                .andExpect(content().string(containsString("id=\"services-error\"")))
                .andExpect(content().string(containsString("id=\"capacityHours-error\"")))
                .andExpect(content().string(containsString("id=\"municipalities-error\"")))
                .andExpect(content().string(containsString("Behold mig")));
        mvc.perform(post("/partnerships/profile")
                        .with(csrf())
                        .session(sov.staff().session())
                        .param("services", "CLEANING", "NOT_A_SERVICE")
                        .param("capacityHours", "10")
                        .param("capacityPeople", "2")
                        .param("version", "1"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "services", "municipalities"))
                .andExpect(content().string(containsString("Vælg mindst én kommune eller region")));
    }

    @Test
    void theFirmPostsANeedAndBadInputIsExplainedNextToEachField() throws Exception {
        mvc.perform(post("/partnerships/needs")
                        .with(csrf())
                        .session(firm.staff().session())
                        .param("title", "")
                        .param("model", "NOT_A_MODEL")
                        .param("service", "IT_SUPPORT")
                        .param("municipalityCode", "999")
                        .param("startOn", "1. januar")
                        .param("inclusiveJobs", "-1")
                        .param("freeText", "Behold denne tekst"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors(
                                "form",
                                "title",
                                "model",
                                "hoursPerWeek",
                                "municipalityCode",
                                "startOn",
                                "inclusiveJobs"))
                .andExpect(content().string(containsString("id=\"hoursPerWeek-error\"")))
                .andExpect(content().string(containsString("Skriv timer om ugen eller et årligt beløb")))
                .andExpect(content().string(containsString("Behold denne tekst")));
        mvc.perform(post("/partnerships/needs")
                        .with(csrf())
                        .session(firm.staff().session())
                        .param("title", "Kantinedrift")
                        .param("model", "SUBCONTRACTING")
                        .param("service", "CANTEEN_CATERING")
                        .param("yearlyAmount", "900000")
                        .param("municipalityCode", "751")
                        .param("startOn", "2027-03-01")
                        .param("inclusiveJobs", "3")
                        .param("targetGroups", "YOUNG_WITHOUT_EDUCATION"))
                .andExpect(redirectedUrlPattern("/partnerships/needs/*"));
        mvc.perform(get("/partnerships").session(firm.staff().session()))
                .andExpect(content().string(containsString("Kantinedrift")))
                .andExpect(content().string(containsString("Rengøring af kontoret")));
    }

    @Test
    void theConsultantSeesTheSovRankedForTheNeedWithEveryCriterionInWordsAndTheReadIsLogged() throws Exception {
        mvc.perform(get("/consultant/partnerships/needs/" + needId).session(consultant.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(sovName)))
                .andExpect(content().string(containsString("40 ledige timer om ugen til et behov på 20")))
                .andExpect(content().string(containsString("0 km fra behovets sted")))
                .andExpect(content().string(containsString("Beskæftiger 1 af de 1 målgrupper")))
                .andExpect(content().string(containsString("Oplyser at være registreret, ikke tjekket endnu")))
                .andExpect(content().string(containsString("80,0 af 100 point")));
        mvc.perform(get("/consultant/partnerships/sovs/" + sov.organisationId()).session(consultant.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rengøring af kontoret")));
        List<String> reads = jdbc.sql("""
                        select to_state || ':' || subject_id from state_change
                        where subject_type = 'PARTNERSHIP_READ' and actor_id = :consultant order by id
                        """)
                .param("consultant", consultant.accountId())
                .query(String.class)
                .list();
        assertThat(reads).contains("READ_NEED:" + firm.organisationId(), "READ_PROFILE:" + sov.organisationId());
        long ownReads = jdbc.sql("select count(*) from state_change where subject_type = 'PARTNERSHIP_READ'"
                        + " and actor_id = :firm")
                .param("firm", firm.staff().accountId())
                .query(Long.class)
                .single();
        mvc.perform(get("/partnerships/needs/" + needId).session(firm.staff().session()))
                .andExpect(status().isOk());
        assertThat(ownReads).isZero();
    }
}
