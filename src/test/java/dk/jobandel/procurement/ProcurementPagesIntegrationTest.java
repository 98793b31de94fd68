package dk.jobandel.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.OrganisationKind;
import dk.jobandel.members.Organisations;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The scenario through the pages, as a municipality, another municipality, two suppliers, a freelancer and a
 * consultant meet it: who sees and changes what, the forms' errors in place, the clause check's warnings, committed
 * against actual. The members are made once for the class: each test works on contracts, meetings and texts of its
 * own, and only one gives the SØV a profile.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcurementPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    Sessions sessions;
    Sessions.Cooperative aarhus;
    Sessions.Cooperative odense;
    Sessions.Cooperative sov;
    Sessions.Cooperative firm;
    Sessions.Member consultant;
    Sessions.Member freelancer;
    String sovName;
    String firmName;

    @BeforeAll
    void municipalitiesSuppliersAndPeople() throws Exception {
        sessions = new Sessions(mvc, registration, organisations);
        aarhus = ProcurementFixtures.organisation(
                sessions, registration, organisations, "Aarhus Kommune", OrganisationKind.MUNICIPALITY, 751, true);
        odense = ProcurementFixtures.organisation(
                sessions, registration, organisations, "Odense Kommune", OrganisationKind.MUNICIPALITY, 461, true);
        sovName = "Rent og Rummeligt " + UUID.randomUUID();
        firmName = "Skinnende Rent A/S " + UUID.randomUUID();
        sov = ProcurementFixtures.organisation(
                sessions, registration, organisations, sovName, OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE, 751, true);
        firm = ProcurementFixtures.organisation(
                sessions, registration, organisations, firmName, OrganisationKind.FIRM, 751, true);
        consultant = sessions.consultant("Mette Konsulent");
        freelancer = sessions.freelancer("Frida Fri");
    }

    private long template(String code) {
        return jdbc.sql("select id from clause_template where code = :code")
                .param("code", code)
                .query(Long.class)
                .single();
    }

    private long newContract(MockHttpSession session, LocalDate start) throws Exception {
        String location = mvc.perform(post("/procurement/contracts")
                        .session(session)
                        .with(csrf())
                        .param("title", "Rengøring af skoler")
                        .param("service", "CLEANING")
                        .param("estimatedValueDkk", "2400000")
                        .param("startsOn", start.toString())
                        .param("endsOn", start.plusYears(2).minusDays(1).toString())
                        .param("municipalityCode", "751")
                        .param("aboveEuThreshold", "false"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/procurement/contracts/\\d+");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private void addClause(MockHttpSession session, long contract, String code, String target) throws Exception {
        mvc.perform(post("/procurement/contracts/{id}/clauses", contract)
                        .session(session)
                        .with(csrf())
                        .param("templateId", String.valueOf(template(code)))
                        .param("target", target))
                .andExpect(redirectedUrl("/procurement/contracts/" + contract));
    }

    private long version(long contract) {
        return jdbc.sql("select version from procurement_contract where id = :id")
                .param("id", contract)
                .query(Long.class)
                .single();
    }

    private long clauseId(long contract, String code) {
        return jdbc.sql("select id from contract_clause where contract_id = :c and template_id = :t")
                .param("c", contract)
                .param("t", template(code))
                .query(Long.class)
                .single();
    }

    @Test
    void theWholeScenarioWithAccessAtEveryStep() throws Exception {
        MockHttpSession municipality = aarhus.staff().session();
        long contract = newContract(municipality, LocalDate.now().minusMonths(7));
        addClause(municipality, contract, "TARGET_GROUP_EMPLOYMENT", "4");
        addClause(municipality, contract, "RESERVATION_190", "");

        // the check warns about a § 190 reservation for cleaning; the municipality sees it, nobody else
        mvc.perform(get("/procurement/contracts/{id}", contract).session(municipality))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Ansættelse af personer fra målgrupper"),
                                containsString("Reservation efter § 190 gælder kun visse"))));
        // a draft: another municipality, suppliers and freelancers do not see it
        mvc.perform(get("/procurement/contracts/{id}", contract)
                        .session(odense.staff().session()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/procurement/contracts/{id}", contract)
                        .session(sov.staff().session()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/procurement/contracts/{id}", contract).session(freelancer.session()))
                .andExpect(status().isForbidden());
        // another municipality cannot add a clause or publish
        mvc.perform(post("/procurement/contracts/{id}/clauses", contract)
                        .session(odense.staff().session())
                        .with(csrf())
                        .param("templateId", String.valueOf(template("INCLUSIVE_HOURS")))
                        .param("target", "100"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/procurement/contracts/{id}/publish", contract)
                        .session(odense.staff().session())
                        .with(csrf())
                        .param("version", String.valueOf(version(contract))))
                .andExpect(status().isNotFound());

        mvc.perform(post(
                                "/procurement/contracts/{id}/clauses/{clause}/remove",
                                contract,
                                clauseId(contract, "RESERVATION_190"))
                        .session(municipality)
                        .with(csrf()))
                .andExpect(redirectedUrl("/procurement/contracts/" + contract));
        mvc.perform(post("/procurement/contracts/{id}/publish", contract)
                        .session(municipality)
                        .with(csrf())
                        .param("version", String.valueOf(version(contract))))
                .andExpect(flash().attribute("flash", "procurement.contract.published"));

        // published: suppliers see it and show interest; the firm's note is not shown to the SØV
        mvc.perform(get("/procurement").session(sov.staff().session()))
                .andExpect(content().string(containsString("Rengøring af skoler")));
        mvc.perform(post("/procurement/contracts/{id}/interest", contract)
                        .session(sov.staff().session())
                        .with(csrf())
                        .param("note", "Vi gør rent på tre skoler i Aarhus i dag."))
                .andExpect(redirectedUrl("/procurement/contracts/" + contract));
        mvc.perform(post("/procurement/contracts/{id}/interest", contract)
                        .session(firm.staff().session())
                        .with(csrf())
                        .param("note", "Hemmelig pris: vi kan 10 % billigere."))
                .andExpect(redirectedUrl("/procurement/contracts/" + contract));
        mvc.perform(get("/procurement/contracts/{id}", contract)
                        .session(sov.staff().session()))
                .andExpect(content().string(not(containsString("Hemmelig pris"))));
        mvc.perform(get("/procurement/contracts/{id}", contract).session(municipality))
                .andExpect(content().string(allOf(containsString(sovName), containsString("Hemmelig pris"))));

        // a supplier cannot award; the municipality chooses the SØV
        mvc.perform(post("/procurement/contracts/{id}/award", contract)
                        .session(firm.staff().session())
                        .with(csrf())
                        .param("supplierId", String.valueOf(firm.organisationId()))
                        .param("version", String.valueOf(version(contract))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/procurement/contracts/{id}/award", contract)
                        .session(municipality)
                        .with(csrf())
                        .param("supplierId", String.valueOf(sov.organisationId()))
                        .param("version", String.valueOf(version(contract))))
                .andExpect(redirectedUrl("/procurement/contracts/" + contract));

        // the loser no longer sees the contract; the winner commits and reports the first quarter
        mvc.perform(get("/procurement/contracts/{id}", contract)
                        .session(firm.staff().session()))
                .andExpect(status().isNotFound());
        long clause = clauseId(contract, "TARGET_GROUP_EMPLOYMENT");
        mvc.perform(post("/procurement/contracts/{id}/commitments", contract)
                        .session(sov.staff().session())
                        .with(csrf())
                        .param("clauseId", String.valueOf(clause))
                        .param("value", "4"))
                .andExpect(redirectedUrl("/procurement/contracts/" + contract));
        LocalDate firstQuarter = LocalDate.now().minusMonths(7);
        mvc.perform(post("/procurement/contracts/{id}/reports", contract)
                        .session(firm.staff().session())
                        .with(csrf())
                        .param("clauseId", String.valueOf(clause))
                        .param("periodStart", firstQuarter.toString())
                        .param("actual", "9")
                        .param("evidence", "Falsk"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/procurement/contracts/{id}/reports", contract)
                        .session(sov.staff().session())
                        .with(csrf())
                        .param("clauseId", String.valueOf(clause))
                        .param("periodStart", firstQuarter.toString())
                        .param("actual", "3")
                        .param("evidence", "Liste over tre ansatte fra jobcentret"))
                .andExpect(redirectedUrl("/procurement/contracts/" + contract));

        // the municipality sees committed against actual, the shortfall and the overdue second quarter
        mvc.perform(get("/procurement/contracts/{id}", contract).session(municipality))
                .andExpect(content()
                        .string(allOf(
                                containsString("Lovet og leveret pr. mål"),
                                containsString("75 % af det lovede"),
                                containsString("Bagud"),
                                containsString("1 rapport er forsinket"),
                                containsString("Liste over tre ansatte fra jobcentret"),
                                // figures in the Danish format, not as the database holds them ("4.00")
                                not(containsString(".00</td>")))));
        // so does a consultant
        mvc.perform(get("/procurement/contracts/{id}", contract).session(consultant.session()))
                .andExpect(content().string(containsString("75 % af det lovede")));

        // the dialogue, with a penalty; a supplier cannot write it
        mvc.perform(post("/procurement/contracts/{id}/dialogue", contract)
                        .session(sov.staff().session())
                        .with(csrf())
                        .param("heldOn", LocalDate.now().toString())
                        .param("note", "Selvros"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/procurement/contracts/{id}/dialogue", contract)
                        .session(municipality)
                        .with(csrf())
                        .param("heldOn", LocalDate.now().toString())
                        .param("note", "Aftalt: to nye ansættelser inden næste kvartal.")
                        .param("penaltyDkk", "15000"))
                .andExpect(redirectedUrl("/procurement/contracts/" + contract));
        mvc.perform(get("/procurement/contracts/{id}", contract)
                        .session(sov.staff().session()))
                .andExpect(content()
                        .string(allOf(
                                containsString("Aftalt: to nye ansættelser"), containsString("Bod: 15.000 kr."))));
    }

    @Test
    void badInputOnEveryFormIsShownNextToItsFieldAndKeepsWhatWasTyped() throws Exception {
        MockHttpSession municipality = aarhus.staff().session();
        mvc.perform(post("/procurement/contracts")
                        .session(municipality)
                        .with(csrf())
                        .param("title", "Vinduespudsning")
                        .param("estimatedValueDkk", "mange penge")
                        .param("startsOn", "2027-06-01")
                        .param("endsOn", "2027-01-01")
                        .param("municipalityCode", "9999"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors(
                                "form",
                                "service",
                                "estimatedValueDkk",
                                "endsOn",
                                "municipalityCode",
                                "aboveEuThreshold"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Vinduespudsning"), containsString("Skriv beløbet i hele kroner"))));

        long contract = newContract(municipality, LocalDate.now().minusMonths(4));
        mvc.perform(post("/procurement/contracts/{id}/clauses", contract)
                        .session(municipality)
                        .with(csrf())
                        .param("target", "fire"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("clauseForm", "templateId", "target"));
        mvc.perform(post("/procurement/contracts/{id}/clauses", contract)
                        .session(municipality)
                        .with(csrf())
                        .param("templateId", "999999")
                        .param("target", "4"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(
                                "clauseForm", "templateId", "procurement.refused.unknownTemplate"));
        mvc.perform(post("/procurement/contracts/{id}/publish", contract)
                        .session(municipality)
                        .with(csrf())
                        .param("version", String.valueOf(version(contract))))
                .andExpect(flash().attribute("flash", "procurement.refused.noClauses"));
        addClause(municipality, contract, "INCLUSIVE_HOURS", "2000");
        mvc.perform(post("/procurement/contracts/{id}/publish", contract)
                        .session(municipality)
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(flash().attribute("flash", "procurement.contract.published"));
        // a second, stale publish reads as a conflict, not an error page
        mvc.perform(post("/procurement/contracts/{id}/publish", contract)
                        .session(municipality)
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(flash().attribute("flash", "procurement.refused.notDraft"));

        mvc.perform(post("/procurement/contracts/{id}/interest", contract)
                        .session(sov.staff().session())
                        .with(csrf())
                        .param("note", " "))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("interestForm", "note"));
        mvc.perform(post("/procurement/contracts/{id}/interest", contract)
                        .session(sov.staff().session())
                        .with(csrf())
                        .param("note", "Vi kan"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/procurement/contracts/{id}/award", contract)
                        .session(municipality)
                        .with(csrf())
                        .param("version", String.valueOf(version(contract))))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("awardForm", "supplierId"));
        mvc.perform(post("/procurement/contracts/{id}/award", contract)
                        .session(municipality)
                        .with(csrf())
                        .param("supplierId", String.valueOf(firm.organisationId()))
                        .param("version", String.valueOf(version(contract))))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(
                                "awardForm", "supplierId", "procurement.refused.notInterested"));
        mvc.perform(post("/procurement/contracts/{id}/award", contract)
                        .session(municipality)
                        .with(csrf())
                        .param("supplierId", String.valueOf(sov.organisationId()))
                        .param("version", "0"))
                .andExpect(flash().attribute("flash", "procurement.conflict"));
        mvc.perform(post("/procurement/contracts/{id}/award", contract)
                        .session(municipality)
                        .with(csrf())
                        .param("supplierId", String.valueOf(sov.organisationId()))
                        .param("version", String.valueOf(version(contract))))
                .andExpect(status().is3xxRedirection());

        long clause = clauseId(contract, "INCLUSIVE_HOURS");
        MockHttpSession supplier = sov.staff().session();
        mvc.perform(post("/procurement/contracts/{id}/commitments", contract)
                        .session(supplier)
                        .with(csrf())
                        .param("clauseId", String.valueOf(clause))
                        .param("value", "-5"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("commitForm", "value"));
        mvc.perform(post("/procurement/contracts/{id}/reports", contract)
                        .session(supplier)
                        .with(csrf())
                        .param("clauseId", String.valueOf(clause))
                        .param("periodStart", LocalDate.now().minusMonths(4).toString())
                        .param("actual", "400")
                        .param("evidence", "Timesedler"))
                .andExpect(status().isOk())
                .andExpect(
                        model().attributeHasFieldErrorCode("reportForm", "actual", "procurement.refused.commitFirst"));
        mvc.perform(post("/procurement/contracts/{id}/commitments", contract)
                        .session(supplier)
                        .with(csrf())
                        .param("clauseId", String.valueOf(clause))
                        .param("value", "2000"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/procurement/contracts/{id}/reports", contract)
                        .session(supplier)
                        .with(csrf())
                        .param("clauseId", String.valueOf(clause))
                        .param("periodStart", "ikke en dato")
                        .param("actual", "")
                        .param("evidence", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("reportForm", "periodStart", "actual", "evidence"));
        mvc.perform(post("/procurement/contracts/{id}/reports", contract)
                        .session(supplier)
                        .with(csrf())
                        .param("clauseId", String.valueOf(clause))
                        .param(
                                "periodStart",
                                LocalDate.now().minusMonths(4).plusDays(1).toString())
                        .param("actual", "400")
                        .param("evidence", "Timesedler"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(
                                "reportForm", "periodStart", "procurement.refused.unknownPeriod"));
        mvc.perform(post("/procurement/contracts/{id}/dialogue", contract)
                        .session(municipality)
                        .with(csrf())
                        .param("heldOn", LocalDate.now().plusDays(3).toString())
                        .param("note", "")
                        .param("penaltyDkk", "-1"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("dialogueForm", "note", "penaltyDkk"));
        mvc.perform(post("/procurement/contracts/{id}/dialogue", contract)
                        .session(municipality)
                        .with(csrf())
                        .param("heldOn", LocalDate.now().plusDays(3).toString())
                        .param("note", "Møde"))
                .andExpect(status().isOk())
                .andExpect(
                        model().attributeHasFieldErrorCode("dialogueForm", "heldOn", "procurement.refused.futureDate"));

        mvc.perform(post("/procurement/knowledge")
                        .session(municipality)
                        .with(csrf())
                        .param("title", "")
                        .param("body", "Tekst")
                        .param("clauseKind", "NOT_A_KIND"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "title", "clauseKind"));
        mvc.perform(post("/procurement/knowledge")
                        .session(sov.staff().session())
                        .with(csrf())
                        .param("title", "Vores erfaring")
                        .param("body", "Tekst"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kun konsulenter og bekræftede kommuner")));

        long template = template("INCLUSIVE_HOURS");
        mvc.perform(post("/consultant/procurement/clauses/{id}/edit", template)
                        .session(consultant.session())
                        .with(csrf())
                        .param("version", "0")
                        .param("kind", "PERFORMANCE_CLAUSE")
                        .param("basis", "PERFORMANCE_CONDITION")
                        .param("titleDa", "")
                        .param("unit", "HOURS")
                        .param("followUpMonths", "5"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "titleDa", "summaryEn", "followUpMonths"));
    }

    @Autowired
    dk.jobandel.partnerships.SovProfiles sovProfiles;

    @Test
    void aSovWithAProfileSeesContractsInItsFieldAndAreaFirst() throws Exception {
        sovProfiles.save(
                new dk.jobandel.members.Actor(
                        sov.staff().accountId(),
                        false,
                        sov.organisationId(),
                        OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE,
                        true),
                new dk.jobandel.partnerships.SovProfile(
                        java.util.EnumSet.of(dk.jobandel.partnerships.ServiceKind.CLEANING),
                        java.util.Set.of((short) 751),
                        java.util.Set.of(),
                        40,
                        6,
                        java.util.EnumSet.of(dk.jobandel.partnerships.TargetGroup.LONG_TERM_UNEMPLOYED),
                        "Rengøring",
                        "",
                        false),
                0);
        MockHttpSession municipality = aarhus.staff().session();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long cleaning = newContract(municipality, LocalDate.now().plusMonths(2));
        jdbc.sql("update procurement_contract set title = :t where id = :id")
                .param("t", "Rengøring " + suffix)
                .param("id", cleaning)
                .update();
        addClause(municipality, cleaning, "TARGET_GROUP_EMPLOYMENT", "2");
        mvc.perform(post("/procurement/contracts/{id}/publish", cleaning)
                .session(municipality)
                .with(csrf())
                .param("version", "0"));
        String gardening = "Parkpleje " + suffix;
        String location = mvc.perform(post("/procurement/contracts")
                        .session(odense.staff().session())
                        .with(csrf())
                        .param("title", gardening)
                        .param("service", "GARDENING")
                        .param("estimatedValueDkk", "500000")
                        .param("startsOn", "2027-03-01")
                        .param("endsOn", "2028-02-29")
                        .param("municipalityCode", "461")
                        .param("aboveEuThreshold", "false"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long parks = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        addClause(odense.staff().session(), parks, "SOV_SUBCONTRACT_SHARE", "10");
        mvc.perform(post("/procurement/contracts/{id}/publish", parks)
                .session(odense.staff().session())
                .with(csrf())
                .param("version", "0"));

        String page = mvc.perform(get("/procurement").session(sov.staff().session()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Udbud for jer", "Andre kontrakter i udbud");
        assertThat(page.indexOf("Rengøring " + suffix))
                .isPositive()
                .isLessThan(page.indexOf("Andre kontrakter i udbud"));
        assertThat(page.indexOf(gardening)).isGreaterThan(page.indexOf("Andre kontrakter i udbud"));
        // a firm has no such profile: one list of everything published
        mvc.perform(get("/procurement").session(firm.staff().session()))
                .andExpect(content()
                        .string(allOf(
                                containsString("Kontrakter i udbud og dem, I har vundet"),
                                containsString(gardening),
                                not(containsString("Andre kontrakter i udbud")))));
    }

    @Test
    void consultantsReviseTheLibraryAndEveryVersionIsKept() throws Exception {
        long template = template("AWARD_SOV_SUBCONTRACT");
        var edit = post("/consultant/procurement/clauses/{id}/edit", template)
                .session(consultant.session())
                .with(csrf())
                .param("version", "0")
                .param("kind", "AWARD_CRITERION")
                .param("basis", "AWARD_CRITERIA")
                .param("titleDa", "Tildelingskriterium: underleverandører fra socialøkonomien")
                .param("summaryEn", "Bidders compete on the share placed with SØVs.")
                .param("textDa", "Tilbud vurderes på andelen.")
                .param("conditionsDa", "Målbart og knyttet til genstanden.")
                .param("unit", "SOV_SHARE_PERCENT")
                .param("evidenceDa", "Fakturaer.")
                .param("followUpMonths", "6")
                .param("shortfallDa", "Dialog, så bod.");
        mvc.perform(edit).andExpect(redirectedUrl("/procurement/clauses/" + template));
        // the same form again, on the version it was based on: a conflict, told in words
        mvc.perform(edit)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nogen har ændret dette")));
        mvc.perform(get("/procurement/clauses/{id}", template)
                        .session(aarhus.staff().session()))
                .andExpect(content()
                        .string(allOf(
                                containsString("underleverandører fra socialøkonomien"),
                                containsString("Tidligere versioner"),
                                containsString("Version 1 fra"))))
                .andExpect(content().string(not(containsString("Ret klausulen"))));
        // only consultants revise
        mvc.perform(get("/consultant/procurement/clauses/{id}/edit", template)
                        .session(aarhus.staff().session()))
                .andExpect(status().isForbidden());
    }

    @Test
    void forumMeetingsAreForMunicipalitiesAndConsultants() throws Exception {
        mvc.perform(post("/procurement/forum")
                        .session(consultant.session())
                        .with(csrf())
                        .param("title", "")
                        .param("heldOn", "i morgen")
                        .param("agenda", "Erfaringer med klausuler"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "title", "heldOn"))
                .andExpect(content().string(containsString("Erfaringer med klausuler")));
        mvc.perform(post("/procurement/forum")
                        .session(aarhus.staff().session())
                        .with(csrf())
                        .param("title", "Kommunernes eget møde")
                        .param("heldOn", "2027-02-01")
                        .param("agenda", "Punkt 1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kun konsulenter planlægger møder")));
        String location = mvc.perform(post("/procurement/forum")
                        .session(consultant.session())
                        .with(csrf())
                        .param("title", "Forummøde om opfølgning")
                        .param("heldOn", "2027-02-01")
                        .param("agenda", "1. Kvartalsrapporter\n2. Bod eller dialog"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long meeting = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        mvc.perform(post("/procurement/forum/{id}/attend", meeting)
                        .session(aarhus.staff().session())
                        .with(csrf()))
                .andExpect(redirectedUrl("/procurement/forum/" + meeting));
        mvc.perform(get("/procurement/forum/{id}", meeting)
                        .session(odense.staff().session()))
                .andExpect(content().string(containsString("Staff of Aarhus Kommune, Aarhus Kommune")));
        // suppliers are not members of the forum
        mvc.perform(get("/procurement/forum/{id}", meeting).session(sov.staff().session()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/procurement/forum/{id}/attend", meeting)
                        .session(firm.staff().session())
                        .with(csrf()))
                .andExpect(status().isNotFound());

        mvc.perform(post("/procurement/forum/{id}/minutes", meeting)
                        .session(consultant.session())
                        .with(csrf())
                        .param("version", "0")
                        .param("minutes", " "))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "minutes"));
        mvc.perform(post("/procurement/forum/{id}/minutes", meeting)
                        .session(consultant.session())
                        .with(csrf())
                        .param("version", "0")
                        .param("minutes", "Aftalt: fælles skabelon for kvartalsrapporter."))
                .andExpect(redirectedUrl("/procurement/forum/" + meeting));
        mvc.perform(post("/procurement/forum/{id}/minutes", meeting)
                        .session(consultant.session())
                        .with(csrf())
                        .param("version", "0")
                        .param("minutes", "En ældre udgave"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nogen har ændret dette")));
        mvc.perform(get("/procurement/forum/{id}", meeting)
                        .session(aarhus.staff().session()))
                .andExpect(content().string(containsString("Aftalt: fælles skabelon for kvartalsrapporter.")));
    }

    @Test
    void theKnowledgeBankFindsDanishWordsByTheirStem() throws Exception {
        String unique = "Skoleforsøg" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/procurement/knowledge")
                        .session(aarhus.staff().session())
                        .with(csrf())
                        .param("title", unique + ": rengøring med ledige")
                        .param("body", "Vi satte en klausul om ansættelse af ledige ind i vores rengøring på skolerne.")
                        .param("clauseKind", "PERFORMANCE_CLAUSE")
                        .param("templateId", String.valueOf(template("TARGET_GROUP_EMPLOYMENT"))))
                .andExpect(redirectedUrlPattern("/procurement/knowledge*"));

        mvc.perform(get("/procurement/knowledge")
                        .param("q", "rengøringsopgaver")
                        .session(sov.staff().session()))
                .andExpect(content().string(containsString(unique)));
        mvc.perform(get("/procurement/knowledge")
                        .param("q", "kantinedrift")
                        .session(sov.staff().session()))
                .andExpect(content().string(not(containsString(unique))));
        mvc.perform(get("/procurement/clauses/{id}", template("TARGET_GROUP_EMPLOYMENT"))
                        .session(odense.staff().session()))
                .andExpect(content().string(containsString(unique)));
    }
}
