package dk.jobandel.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.impact.core.Kind;
import dk.jobandel.impact.core.Placement;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.MemberRegistration.NewOrganisation;
import dk.jobandel.members.MemberRegistration.NewPerson;
import dk.jobandel.members.OrganisationKind;
import dk.jobandel.members.OrganisationType;
import dk.jobandel.members.Organisations;
import dk.jobandel.partnerships.NewPartnership;
import dk.jobandel.partnerships.PartnershipModel;
import dk.jobandel.partnerships.PartnershipRecords;
import dk.jobandel.partnerships.ServiceKind;
import dk.jobandel.partnerships.TargetGroup;
import dk.jobandel.procurement.ClauseLibrary;
import dk.jobandel.procurement.ContractDetails;
import dk.jobandel.procurement.ContractFollowUp;
import dk.jobandel.procurement.Contracts;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Inclusive jobs from partnerships and social clauses on the impact pages, from records made through the
 * partnerships' and procurement's own APIs. A SØV works with a firm in a partnership and wins a municipality's
 * cleaning contract; each party sees its share and nothing else.
 *
 * <p>The partnership started 10 months ago: 10 jobs of 15 hours a week (150 in all) at the first two follow-ups and 9
 * at the third. So 10 people started, all 10 in secure work (the tenth lasted from the first follow-up to the second:
 * 3 months), 9 still in work 6 months after it began. The contract started on the first day of the month 10 months
 * ago; the winner reports 5 people from the target groups and 650 hours in each of the first two quarters, about 10
 * hours a week each.
 */
@ApplicationTest
class ImpactSourcesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    PartnershipRecords partnerships;

    @Autowired
    Contracts contracts;

    @Autowired
    ContractFollowUp followUp;

    @Autowired
    ClauseLibrary library;

    @Autowired
    PartnershipImpactSource partnershipSource;

    @Autowired
    ProcurementImpactSource procurementSource;

    Sessions sessions;
    Sessions.Cooperative sov;
    Sessions.Cooperative firm;
    Sessions.Cooperative municipality;
    Sessions.Cooperative bystander;
    long partnershipId;
    long contractId;
    LocalDate today;

    @BeforeEach
    void aPartnershipAndAContractFollowedUp() throws Exception {
        sessions = new Sessions(mvc, registration, organisations);
        today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        sov = organisation("Rengøring med Rum", OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE);
        firm = organisation("Kontorhuset A/S", OrganisationKind.FIRM);
        municipality = organisation("Aarhus Kommune", OrganisationKind.MUNICIPALITY);
        bystander = organisation("Andelskøkkenet", OrganisationKind.COOPERATIVE);
        var consultant =
                new dk.jobandel.members.Actor(sessions.consultant("Mette Lund").accountId(), true, null, null, false);

        partnershipId = partnerships.record(
                consultant,
                new NewPartnership(
                        null,
                        null,
                        firm.organisationId(),
                        sov.organisationId(),
                        PartnershipModel.SUBCONTRACTING,
                        (short) 751,
                        today.minusMonths(10),
                        null,
                        400,
                        10,
                        150,
                        EnumSet.of(TargetGroup.LONG_TERM_UNEMPLOYED)));
        var due = partnerships.byId(consultant, partnershipId).followUps();
        partnerships.recordFollowUp(consultant, partnershipId, due.get(0).id(), 10, 150, "");
        partnerships.recordFollowUp(consultant, partnershipId, due.get(1).id(), 10, 150, "");
        partnerships.recordFollowUp(consultant, partnershipId, due.get(2).id(), 9, 135, "");

        var buyer = procurementActor(municipality, OrganisationKind.MUNICIPALITY);
        var winner = procurementActor(sov, OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE);
        LocalDate start = today.withDayOfMonth(1).minusMonths(10);
        contractId = contracts.create(
                buyer,
                new ContractDetails(
                        "Rengøring af skoler",
                        "Daglig rengøring.",
                        ServiceKind.CLEANING,
                        2_000_000,
                        start,
                        start.plusYears(2).minusDays(1),
                        (short) 751,
                        false));
        Map<String, Long> templates = library.all().stream()
                .collect(Collectors.toMap(ClauseLibrary.Summary::code, ClauseLibrary.Summary::id));
        contracts.addClause(buyer, contractId, templates.get("TARGET_GROUP_EMPLOYMENT"), new BigDecimal("5"));
        contracts.addClause(buyer, contractId, templates.get("INCLUSIVE_HOURS"), new BigDecimal("5000"));
        contracts.publish(buyer, contractId, 0);
        contracts.registerInterest(winner, contractId, "Vi gør rent med hold fra jobcentret.");
        contracts.award(buyer, contractId, sov.organisationId(), 1);
        long[] clauses = contracts.clauseIds(buyer, contractId);
        followUp.commit(winner, contractId, clauses[0], new BigDecimal("5"));
        followUp.commit(winner, contractId, clauses[1], new BigDecimal("5000"));
        for (LocalDate quarter : List.of(start, start.plusMonths(3))) {
            followUp.report(winner, contractId, clauses[0], quarter, new BigDecimal("5"), "Fem ansatte.");
            followUp.report(winner, contractId, clauses[1], quarter, new BigDecimal("650"), "Timeopgørelse.");
        }
    }

    private Sessions.Cooperative organisation(String name, OrganisationKind kind) throws Exception {
        String email = Sessions.uniqueEmail("staff");
        OrganisationType type = switch (kind) {
            case MUNICIPALITY -> OrganisationType.MUNICIPALITY;
            case SOCIAL_ECONOMY_ENTERPRISE -> OrganisationType.SOCIAL_ECONOMY_ENTERPRISE;
            case COOPERATIVE -> OrganisationType.WORKER_COOPERATIVE;
            default -> OrganisationType.OTHER_COOPERATIVE;
        };
        long id = registration.registerCooperative(
                new NewOrganisation(name + " " + System.nanoTime(), Sessions.uniqueCvr(), type, kind, (short) 751),
                new NewPerson("Staff of " + name, email, Sessions.PASSWORD, Locale.of("da")));
        organisations.verify(id);
        long account = organisations.byId(id).getStaffAccountIds().iterator().next();
        return new Sessions.Cooperative(id, new Sessions.Member(account, email, sessions.login(email)));
    }

    private static dk.jobandel.members.Actor procurementActor(Sessions.Cooperative o, OrganisationKind kind) {
        return new dk.jobandel.members.Actor(o.staff().accountId(), false, o.organisationId(), kind, true);
    }

    private List<Placement> ours(List<Placement> placements, long organisationId) {
        return placements.stream()
                .filter(p -> p.organisationIds().contains(organisationId))
                .toList();
    }

    @Test
    void thePartnershipsJobsAreUnnamedInclusivePlacementsFromTheFollowUps() {
        var jobs = ours(partnershipSource.placements(today), firm.organisationId());

        assertThat(jobs).hasSize(10);
        assertThat(jobs).allSatisfy(p -> {
            assertThat(p.kind()).isEqualTo(Kind.PARTNERSHIP);
            assertThat(p.inclusive()).isTrue();
            assertThat(p.personId()).isNegative();
            assertThat(p.hoursPerWeek()).isEqualTo(15.0);
            assertThat(p.start()).isEqualTo(today.minusMonths(10).plusMonths(3));
            // subcontracting: the SØV employs the people
            assertThat(p.organisationId()).isEqualTo(sov.organisationId());
            assertThat(p.organisationIds()).containsExactlyInAnyOrder(firm.organisationId(), sov.organisationId());
        });
        assertThat(jobs).filteredOn(p -> p.lastDay() == null).hasSize(9);
        assertThat(jobs)
                .filteredOn(p -> p.lastDay() != null)
                .extracting(Placement::lastDay)
                .containsExactly(today.minusMonths(10).plusMonths(6));
    }

    @Test
    void theClausesPeopleAreUnnamedPlacementsWithHoursFromTheHoursClause() {
        var jobs = ours(procurementSource.placements(today), municipality.organisationId());

        assertThat(jobs).hasSize(5);
        LocalDate start = today.withDayOfMonth(1).minusMonths(10);
        assertThat(jobs).allSatisfy(p -> {
            assertThat(p.kind()).isEqualTo(Kind.PROCUREMENT_CLAUSE);
            assertThat(p.inclusive()).isTrue();
            assertThat(p.organisationId()).isEqualTo(sov.organisationId());
            assertThat(p.start()).isEqualTo(start.plusMonths(3).minusDays(1));
            assertThat(p.lastDay()).isEqualTo(start.plusYears(2).minusDays(1));
            // 650 hours in a quarter of 90–92 days among 5 people: 9.5–10 hours a week, never over-counted
            assertThat(p.hoursPerWeek()).isBetween(9.5, 10.0);
        });
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
    void eachPartySeesTheJobsItHasAShareInByKind() throws Exception {
        assertThat(csv("/organisation/impact/kind.csv", sov.staff().session()))
                .contains(
                        "Partnerskab,10,10,10,0,150\r\n", "Social klausul,5,5,5,0,50\r\n", "I alt,15,15,15,0,200\r\n");
        assertThat(csv("/organisation/impact/figures.csv", sov.staff().session()))
                .contains("Rummelige job skabt gennem partnerskaber og sociale klausuler,15\r\n");
        assertThat(csv("/organisation/impact/kind.csv", firm.staff().session()))
                .contains("Partnerskab,10,10,10,0,150\r\n", "Social klausul,0,0,0,0,0\r\n");
        assertThat(csv("/organisation/impact/kind.csv", municipality.staff().session()))
                .contains("Partnerskab,0,0,0,0,0\r\n", "Social klausul,5,5,5,0,50\r\n");
        assertThat(csv("/organisation/impact/kind.csv", bystander.staff().session()))
                .contains("Partnerskab,0,0,0,0,0\r\n", "Social klausul,0,0,0,0,0\r\n", "I alt,0,0,0,0,0\r\n");
    }

    @Test
    void consultantsFilterByTheNewKinds() throws Exception {
        var consultant = sessions.consultant("Jonas Holm").session();
        String url = "/consultant/impact/figures.csv?kind=PARTNERSHIP&organisation=" + firm.organisationId();
        assertThat(csv(url, consultant))
                .contains("\"Personer, der er begyndt i en aftale\",10\r\n")
                .contains("Rummelige job skabt gennem partnerskaber og sociale klausuler,10\r\n");
        String page = mvc.perform(get("/consultant/impact?organisation=" + sov.organisationId())
                        .session(consultant))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Partnerskab", "Social klausul");
    }
}
