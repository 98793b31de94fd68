package dk.jobandel.procurement;

import static dk.jobandel.agreements.AgreementFixtures.week;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.agreements.AgreementFixtures;
import dk.jobandel.agreements.Agreements;
import dk.jobandel.agreements.NewAgreement;
import dk.jobandel.members.Actor;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.OrganisationKind;
import dk.jobandel.members.Organisations;
import dk.jobandel.roles.SharedRoles;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Hours from bookings as evidence, with consent (issue 16): the winning cooperative links a person in its own agreement
 * to an hours clause; nothing is read until the person consents, the hours then count as the period's actual against
 * the commitment, and stop when consent is withdrawn. Nobody links another employer's agreement or answers for
 * somebody else.
 */
@ApplicationTest
class BookedEvidenceIntegrationTest {

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
    ContractPages pages;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProcurementPersonalData personalData;

    Sessions sessions;
    Sessions.Cooperative aarhus;
    AgreementFixtures.Cooperative coop;
    AgreementFixtures.Cooperative otherCoop;
    MockHttpSession coopSession;
    MockHttpSession amiraSession;
    long amira;
    long agreement;
    long otherAgreement;
    long contract;
    long clause;
    LocalDate start;

    @BeforeEach
    void aContractWonByACooperativeWhoseCookWorksMondays() throws Exception {
        sessions = new Sessions(mvc, registration, organisations);
        var fixtures = new AgreementFixtures(registration, organisations, roles);
        aarhus = ProcurementFixtures.organisation(
                sessions, registration, organisations, "Aarhus Kommune", OrganisationKind.MUNICIPALITY, 751, true);
        coop = fixtures.cooperative("Andelskøkkenet " + System.nanoTime());
        otherCoop = fixtures.cooperative("Andet Køkken " + System.nanoTime());
        coopSession = sessions.login(coop.staffEmail());
        String amiraEmail = Sessions.uniqueEmail("amira");
        amira = fixtures.freelancer("Amira Nielsen", amiraEmail);
        amiraSession = sessions.login(amiraEmail);
        long bo = fixtures.freelancer("Bo Jensen");
        LocalDate monday = AgreementFixtures.nextMonday();
        agreement = ((dk.jobandel.agreements.Creation.Created) agreements.create(new NewAgreement(
                        fixtures.role(coop, "Kok"),
                        null,
                        monday,
                        null,
                        List.of(new NewAgreement.Party(amira, week("man 08:00–16:00"))),
                        coop.staffId())))
                .agreementId();
        otherAgreement = ((dk.jobandel.agreements.Creation.Created) agreements.create(new NewAgreement(
                        fixtures.role(otherCoop, "Kok"),
                        null,
                        monday,
                        null,
                        List.of(new NewAgreement.Party(bo, week("man 08:00–16:00"))),
                        otherCoop.staffId())))
                .agreementId();
        // four weeks have passed: the agreement and its bookings began four Mondays ago (today or earlier included)
        start = monday.minusWeeks(4);
        jdbc.sql("update agreement set start_date = :start where id = :id")
                .param("start", Date.valueOf(start))
                .param("id", agreement)
                .update();
        jdbc.sql("update booking set period = daterange(cast(:start as date), upper(period)) where agreement_id = :id")
                .param("start", Date.valueOf(start))
                .param("id", agreement)
                .update();

        // Aarhus's contract with an hours clause, from the same Monday, awarded to the cooperative with 2,000 h
        // promised
        String location = mvc.perform(post("/procurement/contracts")
                        .session(aarhus.staff().session())
                        .with(csrf())
                        .param("title", "Frokostordning på rådhuset")
                        .param("service", "CANTEEN_CATERING")
                        .param("estimatedValueDkk", "1200000")
                        .param("startsOn", start.toString())
                        .param("endsOn", start.plusYears(1).minusDays(1).toString())
                        .param("municipalityCode", "751")
                        .param("aboveEuThreshold", "false"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        contract = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        long template = jdbc.sql("select id from clause_template where code = 'INCLUSIVE_HOURS'")
                .query(Long.class)
                .single();
        mvc.perform(post("/procurement/contracts/{id}/clauses", contract)
                .session(aarhus.staff().session())
                .with(csrf())
                .param("templateId", String.valueOf(template))
                .param("target", "2000"));
        clause = jdbc.sql("select id from contract_clause where contract_id = :id")
                .param("id", contract)
                .query(Long.class)
                .single();
        // published, the cooperative's interest and the award are tested elsewhere: set directly
        jdbc.sql("""
                        update procurement_contract set status = 'AWARDED', supplier_organisation_id = :coop,
                            awarded_on = :start where id = :id
                        """)
                .param("coop", coop.organisationId())
                .param("start", Date.valueOf(start))
                .param("id", contract)
                .update();
        jdbc.sql("update contract_clause set committed_value = 2000 where id = :id")
                .param("id", clause)
                .update();
    }

    private BigDecimal actual() {
        Actor municipality = new Actor(
                aarhus.staff().accountId(), false, aarhus.organisationId(), OrganisationKind.MUNICIPALITY, true);
        return pages.page(municipality, contract)
                .clauses()
                .getFirst()
                .progress()
                .actual();
    }

    private long linkId() {
        return jdbc.sql("select id from clause_evidence_link where clause_id = :c")
                .param("c", clause)
                .query(Long.class)
                .single();
    }

    @Test
    void theBookedHoursCountOnlyWhileThePersonConsents() throws Exception {
        mvc.perform(get("/procurement/contracts/{id}", contract).session(coopSession))
                .andExpect(content().string(containsString("Amira Nielsen – Kok")));
        mvc.perform(post("/procurement/contracts/{id}/evidence-links", contract)
                        .session(coopSession)
                        .with(csrf())
                        .param("clauseId", String.valueOf(clause))
                        .param("placement", agreement + ":" + amira))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "proc16.evidence.linked"));

        // Amira is told that she is asked, with the way to her consent page
        assertThat(jdbc.sql("select link from notification where recipient_id = :a and kind = :k")
                        .param("a", amira)
                        .param("k", "PROCUREMENT_EVIDENCE_CONSENT_ASKED")
                        .query(String.class)
                        .list())
                .containsExactly("/procurement/consents");

        // no consent: nothing read, the link waits
        mvc.perform(get("/procurement/contracts/{id}", contract)
                        .session(aarhus.staff().session()))
                .andExpect(content().string(containsString("Venter på samtykke")))
                .andExpect(content().string(not(containsString("fra bookinger 32"))));
        assertThat(actual()).isEqualByComparingTo("0");

        // Amira consents on her own page: four Mondays of 8 hours are the quarter's actual
        mvc.perform(get("/procurement/consents").session(amiraSession))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Frokostordning på rådhuset")))
                .andExpect(content().string(containsString("Venter på dit svar")));
        mvc.perform(post("/procurement/consents/{id}/give", linkId())
                        .session(amiraSession)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(actual()).isEqualByComparingTo("32");
        mvc.perform(get("/procurement/contracts/{id}", contract)
                        .session(aarhus.staff().session()))
                .andExpect(content().string(containsString("fra bookinger 32,0 t, kontraktform: Kok, timeløn")));

        // she withdraws: the hours stop
        mvc.perform(post("/procurement/consents/{id}/withdraw", linkId())
                        .session(amiraSession)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(actual()).isEqualByComparingTo("0");
        mvc.perform(get("/procurement/contracts/{id}", contract)
                        .session(aarhus.staff().session()))
                .andExpect(content().string(containsString("Samtykket er trukket tilbage")))
                .andExpect(content().string(not(containsString("fra bookinger 32"))));
    }

    @Test
    void nobodyLinksAnotherEmployersAgreementOrAnswersForSomebodyElse() throws Exception {
        // the winner tries the other cooperative's agreement
        mvc.perform(post("/procurement/contracts/{id}/evidence-links", contract)
                        .session(coopSession)
                        .with(csrf())
                        .param("clauseId", String.valueOf(clause))
                        .param("placement", otherAgreement + ":" + amira))
                .andExpect(flash().attribute("evidenceProblem", "procurement.refused.evidence.notYourAgreement"));
        mvc.perform(post("/procurement/contracts/{id}/evidence-links", contract)
                        .session(coopSession)
                        .with(csrf())
                        .param("clauseId", "banan")
                        .param("placement", "x"))
                .andExpect(flash().attribute("evidenceProblem", "procurement.refused.evidence.choosePlacement"));
        // another cooperative, which did not win, does not reach the contract at all
        mvc.perform(post("/procurement/contracts/{id}/evidence-links", contract)
                        .session(sessions.login(otherCoop.staffEmail()))
                        .with(csrf())
                        .param("clauseId", String.valueOf(clause))
                        .param("placement", otherAgreement + ":" + amira))
                .andExpect(status().isNotFound());
        // the municipality does not link either
        mvc.perform(post("/procurement/contracts/{id}/evidence-links", contract)
                        .session(aarhus.staff().session())
                        .with(csrf())
                        .param("clauseId", String.valueOf(clause))
                        .param("placement", agreement + ":" + amira))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from clause_evidence_link where clause_id = :c")
                        .param("c", clause)
                        .query(Integer.class)
                        .single())
                .isZero();

        // a real link; somebody else cannot consent for Amira, nor see it
        mvc.perform(post("/procurement/contracts/{id}/evidence-links", contract)
                .session(coopSession)
                .with(csrf())
                .param("clauseId", String.valueOf(clause))
                .param("placement", agreement + ":" + amira));
        var stranger = sessions.freelancer("Fremmed Person");
        mvc.perform(post("/procurement/consents/{id}/give", linkId())
                        .session(stranger.session())
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/procurement/consents").session(stranger.session()))
                .andExpect(content().string(not(containsString("Frokostordning"))));
        mvc.perform(post("/procurement/consents/{id}/give", linkId())
                        .session(coopSession)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(actual()).isEqualByComparingTo("0");
    }

    @Test
    void theLinkAndTheConsentAreExportedAndErasedWithThePerson() throws Exception {
        mvc.perform(post("/procurement/contracts/{id}/evidence-links", contract)
                .session(coopSession)
                .with(csrf())
                .param("clauseId", String.valueOf(clause))
                .param("placement", agreement + ":" + amira));
        mvc.perform(post("/procurement/consents/{id}/give", linkId())
                .session(amiraSession)
                .with(csrf()));
        assertThat((List<?>) personalData.export(amira).get("yourHoursAsEvidence"))
                .hasSize(1);
        assertThat((List<?>) personalData.export(coop.staffId()).get("evidenceLinksYouMade"))
                .hasSize(1);

        personalData.erase(new dk.jobandel.platform.PersonalData.Erasure(
                amira, "amira@example.invalid", "Amira Nielsen", "Slettet person", java.time.Instant.now()));
        assertThat((List<?>) personalData.export(amira).get("yourHoursAsEvidence"))
                .isEmpty();
        assertThat(actual()).isEqualByComparingTo("0");
    }
}
