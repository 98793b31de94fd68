package dk.jobandel.demo;

import dk.jobandel.members.MemberDirectory;
import dk.jobandel.members.OrganisationKind;
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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Inclusive jobs from partnerships and social clauses for the impact pages (issue 17), on top of the demo's SØVs,
 * firms and municipalities: three partnerships recorded over the last fourteen months with their quarterly follow-ups
 * (twelve jobs in all, one of them gone again), and Silkeborg's care-home grounds contract, awarded thirteen months
 * ago to Søhøjlandets Grønne Hænder, with four quarters of people and hours from the target groups and two half-years
 * of trainees. With the Aarhus cleaning contract that makes both kinds large enough to be shown (5 people or more).
 * Dates are relative to today.
 */
@Component
@Profile("demo")
@Order(21)
class DemoImpactInstruments implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoImpactInstruments.class);
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private final MemberDirectory directory;
    private final Organisations organisations;
    private final PartnershipRecords partnerships;
    private final Contracts contracts;
    private final ContractFollowUp followUp;
    private final ClauseLibrary library;
    private final Clock clock;

    DemoImpactInstruments(
            MemberDirectory directory,
            Organisations organisations,
            PartnershipRecords partnerships,
            Contracts contracts,
            ContractFollowUp followUp,
            ClauseLibrary library,
            Clock clock) {
        this.directory = directory;
        this.organisations = organisations;
        this.partnerships = partnerships;
        this.contracts = contracts;
        this.followUp = followUp;
        this.library = library;
        this.clock = clock;
    }

    private long organisationOf(String email) {
        long account = directory.accountIdOf(email).orElseThrow();
        return organisations.ofStaffMember(account).orElseThrow().getId();
    }

    @Override
    public void run(ApplicationArguments args) {
        var firstFirm = DemoPartnerships.FIRMS.getFirst();
        long firmAccount = directory.accountIdOf(firstFirm.email()).orElseThrow();
        var firmActor = new dk.jobandel.members.Actor(
                firmAccount, false, organisationOf(firstFirm.email()), OrganisationKind.FIRM, true);
        if (!partnerships.own(firmActor).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(COPENHAGEN));
        long consultant =
                directory.accountIdOf(DemoData.CONSULTANTS.getFirst().email()).orElseThrow();
        var asConsultant = new dk.jobandel.members.Actor(consultant, true, null, null, false);

        // firm, SØV, model, municipality, start, jobs agreed, their hours a week, the volume (hours a week, within the
        // SØV's capacity so that the demo needs still find SØVs), and each follow-up's jobs and hours
        partnership(
                asConsultant,
                0,
                0,
                PartnershipModel.SUBCONTRACTING,
                751,
                today.minusMonths(14),
                4,
                60,
                30,
                List.of(new int[] {3, 45}, new int[] {4, 60}, new int[] {4, 60}, new int[] {4, 60}));
        partnership(
                asConsultant,
                2,
                2,
                PartnershipModel.INCLUSIVE_HR,
                851,
                today.minusMonths(9),
                5,
                100,
                40,
                List.of(new int[] {3, 60}, new int[] {5, 100}));
        partnership(
                asConsultant,
                1,
                3,
                PartnershipModel.SUBCONTRACTING,
                101,
                today.minusMonths(7),
                3,
                72,
                30,
                List.of(new int[] {3, 72}, new int[] {2, 48}));

        var silkeborg = new dk.jobandel.members.Actor(
                directory.accountIdOf(DemoProcurement.SILKEBORG_LOGIN).orElseThrow(),
                false,
                organisationOf(DemoProcurement.SILKEBORG_LOGIN),
                OrganisationKind.MUNICIPALITY,
                true);
        var groen = DemoPartnerships.SOVS.get(1);
        long groenId = organisationOf(groen.email());
        var supplier = new dk.jobandel.members.Actor(
                directory.accountIdOf(groen.email()).orElseThrow(),
                false,
                groenId,
                OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE,
                true);
        Map<String, Long> templates = library.all().stream()
                .collect(Collectors.toMap(ClauseLibrary.Summary::code, ClauseLibrary.Summary::id));
        LocalDate start = today.withDayOfMonth(1).minusMonths(13);
        long grounds = contracts.create(
                silkeborg,
                new ContractDetails(
                        "Udendørs vedligehold ved plejecentre",
                        "Græs, hække, snerydning og saltning ved ni plejecentre.",
                        ServiceKind.GARDENING,
                        3_600_000,
                        start,
                        start.plusYears(3).minusDays(1),
                        (short) 740,
                        false));
        contracts.addClause(silkeborg, grounds, templates.get("TARGET_GROUP_EMPLOYMENT"), new BigDecimal("6"));
        contracts.addClause(silkeborg, grounds, templates.get("INCLUSIVE_HOURS"), new BigDecimal("12000"));
        contracts.addClause(silkeborg, grounds, templates.get("TRAINEES_176"), new BigDecimal("2"));
        contracts.publish(silkeborg, grounds, 0);
        contracts.registerInterest(supplier, grounds, "Vi passer allerede grønne områder i Silkeborg.");
        contracts.award(silkeborg, grounds, groenId, 1);
        long[] clauses = contracts.clauseIds(silkeborg, grounds);
        followUp.commit(supplier, grounds, clauses[0], new BigDecimal("6"));
        followUp.commit(supplier, grounds, clauses[1], new BigDecimal("12000"));
        followUp.commit(supplier, grounds, clauses[2], new BigDecimal("2"));
        int[] people = {4, 6, 6, 5};
        int[] hours = {600, 900, 950, 800};
        for (int q = 0; q < people.length; q++) {
            LocalDate quarter = start.plusMonths(3L * q);
            followUp.report(
                    supplier,
                    grounds,
                    clauses[0],
                    quarter,
                    new BigDecimal(people[q]),
                    "Liste over ansatte fra målgrupperne pr. kvartalets sidste dag, bekræftet af jobcentret.");
            followUp.report(
                    supplier, grounds, clauses[1], quarter, new BigDecimal(hours[q]), "Timeopgørelse for kvartalet.");
        }
        followUp.report(supplier, grounds, clauses[2], start, BigDecimal.ONE, "Uddannelsesaftale med en elev.");
        followUp.report(
                supplier, grounds, clauses[2], start.plusMonths(6), new BigDecimal("2"), "To uddannelsesaftaler.");
        log.info("Demo impact instruments ready: 3 partnerships followed up and 1 contract reported for 4 quarters");
    }

    private void partnership(
            dk.jobandel.members.Actor consultant,
            int firm,
            int sov,
            PartnershipModel model,
            int municipality,
            LocalDate start,
            int jobs,
            int hours,
            int volumeHours,
            List<int[]> followUps) {
        long id = partnerships.record(
                consultant,
                new NewPartnership(
                        null,
                        null,
                        organisationOf(DemoPartnerships.FIRMS.get(firm).email()),
                        organisationOf(DemoPartnerships.SOVS.get(sov).email()),
                        model,
                        (short) municipality,
                        start,
                        null,
                        volumeHours,
                        jobs,
                        hours,
                        EnumSet.of(TargetGroup.LONG_TERM_UNEMPLOYED, TargetGroup.REDUCED_WORKING_CAPACITY)));
        var due = partnerships.byId(consultant, id).followUps();
        for (int i = 0; i < followUps.size() && i < due.size(); i++) {
            int[] f = followUps.get(i);
            partnerships.recordFollowUp(consultant, id, due.get(i).id(), f[0], f[1], "Opfølgning med begge parter.");
        }
    }
}
