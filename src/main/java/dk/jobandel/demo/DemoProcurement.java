package dk.jobandel.demo;

import dk.jobandel.members.Actor;
import dk.jobandel.members.Cvr;
import dk.jobandel.members.MemberDirectory;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.MemberRegistration.NewOrganisation;
import dk.jobandel.members.MemberRegistration.NewPerson;
import dk.jobandel.members.OrganisationKind;
import dk.jobandel.members.OrganisationType;
import dk.jobandel.members.Organisations;
import dk.jobandel.partnerships.ServiceKind;
import dk.jobandel.partnerships.TargetGroup;
import dk.jobandel.platform.SupportedLanguages;
import dk.jobandel.procurement.ClauseLibrary;
import dk.jobandel.procurement.ContractDetails;
import dk.jobandel.procurement.ContractFollowUp;
import dk.jobandel.procurement.Contracts;
import dk.jobandel.procurement.KnowledgeBank;
import dk.jobandel.procurement.core.ClauseKind;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Social procurement in the demo: Aarhus and Silkeborg municipalities (verified) with four contracts, one in each
 * state and one followed up for three quarters: a cleaning contract won by Rent Rummeligt Aarhus with both targets
 * reported twice, the third quarter overdue and a dialogue note; a laundry contract just awarded and committed to; a
 * canteen out for tender with a trainee clause and an award criterion; and a park-care draft whose § 190 reservation
 * the check warns about. Three knowledge-bank articles, one about the employment clause, and a forum meeting with its
 * minutes and three attendees. The clause library itself
 * comes with the migration.
 */
final class DemoProcurement {

    private DemoProcurement() {}

    /** What the demo needs to give the cleaning contract hours from bookings. */
    record BookedEvidence(
            dk.jobandel.roles.SharedRoles roles,
            dk.jobandel.agreements.Agreements agreements,
            dk.jobandel.procurement.EvidenceLinks links) {}

    static final String BOOKED_PERSON_LOGIN = "mette.rask@demo.jobandel.dk";

    static final String AARHUS_LOGIN = "indkob@aarhus.demo.jobandel.dk";
    static final String SILKEBORG_LOGIN = "indkob@silkeborg.demo.jobandel.dk";
    private static final String AARHUS_CVR = "29143501";
    private static final String SILKEBORG_CVR = "29143528";
    private static final String RENT_RUMMELIGT_CVR = "40802304";
    private static final String GROENNE_HAENDER_CVR = "12531575";

    static int create(
            MemberRegistration registration,
            Organisations organisations,
            MemberDirectory directory,
            Contracts contracts,
            ContractFollowUp followUp,
            ClauseLibrary library,
            KnowledgeBank knowledge,
            dk.jobandel.procurement.ForumMeetings forum,
            dk.jobandel.procurement.SupplierProfiles supplierProfiles,
            BookedEvidence booked,
            long consultantId,
            String password,
            Clock clock) {
        if (organisations.byCvr(new Cvr(AARHUS_CVR)).isPresent()) {
            return 0;
        }
        long aarhusId = municipality(
                registration, organisations, "Aarhus Kommune", AARHUS_CVR, 751, "Ida Indkøb", AARHUS_LOGIN, password);
        long silkeborgId = municipality(
                registration,
                organisations,
                "Silkeborg Kommune",
                SILKEBORG_CVR,
                740,
                "Søren Udbud",
                SILKEBORG_LOGIN,
                password);
        Actor aarhus = staff(directory, AARHUS_LOGIN, aarhusId, OrganisationKind.MUNICIPALITY);
        Actor silkeborg = staff(directory, SILKEBORG_LOGIN, silkeborgId, OrganisationKind.MUNICIPALITY);
        long rentId =
                organisations.byCvr(new Cvr(RENT_RUMMELIGT_CVR)).orElseThrow().getId();
        long groenId =
                organisations.byCvr(new Cvr(GROENNE_HAENDER_CVR)).orElseThrow().getId();
        Actor rent = staff(directory, DemoPartnerships.SOV_LOGIN, rentId, OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE);
        Actor groen = staff(
                directory,
                "jens@groenne-haender.demo.jobandel.dk",
                groenId,
                OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE);
        // two firms' field and area as suppliers (the SØVs' is their partnerships profile)
        for (var firm : List.of(DemoPartnerships.FIRMS.get(0), DemoPartnerships.FIRMS.get(2))) {
            long firmId = organisations.byCvr(new Cvr(firm.cvr())).orElseThrow().getId();
            Actor firmActor = staff(directory, firm.email(), firmId, OrganisationKind.FIRM);
            boolean aarhusFirm = firm.email().equals(DemoPartnerships.FIRM_LOGIN);
            supplierProfiles.save(
                    firmActor,
                    aarhusFirm
                            ? java.util.Set.of(ServiceKind.IT_SUPPORT, ServiceKind.DATA_ENTRY, ServiceKind.CLEANING)
                            : java.util.Set.of(ServiceKind.MOVING_TRANSPORT, ServiceKind.PACKAGING_ASSEMBLY),
                    aarhusFirm ? java.util.Set.of((short) 740) : java.util.Set.of(),
                    aarhusFirm ? java.util.Set.of((short) 1082) : java.util.Set.of((short) 1081),
                    0);
        }
        Map<String, Long> templates = library.all().stream()
                .collect(Collectors.toMap(ClauseLibrary.Summary::code, ClauseLibrary.Summary::id));
        LocalDate thisMonth = LocalDate.now(clock).withDayOfMonth(1);

        // 1. Aarhus: cleaning, awarded eleven months ago, two quarters reported, the third overdue
        LocalDate cleaningStart = thisMonth.minusMonths(11);
        long cleaning = contracts.create(
                aarhus,
                new ContractDetails(
                        "Rengøring af skoler i Aarhus Vest",
                        "Daglig rengøring af fire folkeskoler og to fritidsklubber.",
                        ServiceKind.CLEANING,
                        2_400_000,
                        cleaningStart,
                        cleaningStart.plusYears(2).minusDays(1),
                        (short) 751,
                        false));
        contracts.addClause(aarhus, cleaning, templates.get("TARGET_GROUP_EMPLOYMENT"), new BigDecimal("4"));
        contracts.addClause(aarhus, cleaning, templates.get("INCLUSIVE_HOURS"), new BigDecimal("6000"));
        contracts.publish(aarhus, cleaning, 0);
        contracts.registerInterest(
                rent, cleaning, "Vi gør allerede rent på to skoler i Aarhus med hold fra jobcentret.");
        contracts.registerInterest(groen, cleaning, "Vi kan tage udendørs arealer og rengøring sammen.");
        contracts.award(aarhus, cleaning, rentId, 1);
        var cleaningClauses = clauseIds(contracts, aarhus, cleaning);
        followUp.commit(rent, cleaning, cleaningClauses[0], new BigDecimal("4"));
        followUp.commit(rent, cleaning, cleaningClauses[1], new BigDecimal("6000"));
        followUp.report(
                rent,
                cleaning,
                cleaningClauses[0],
                cleaningStart,
                new BigDecimal("4"),
                "Fire ansatte fra målgruppen pr. kvartalets sidste dag; jobcentret har bekræftet målgruppen.");
        followUp.report(
                rent,
                cleaning,
                cleaningClauses[1],
                cleaningStart,
                new BigDecimal("760"),
                "Timeopgørelse for kvartalet, underskrevet af driftslederen.");
        followUp.report(
                rent,
                cleaning,
                cleaningClauses[0],
                cleaningStart.plusMonths(3),
                new BigDecimal("3"),
                "Tre ansatte; én gik på barsel, erstatning er på vej.");
        followUp.report(
                rent,
                cleaning,
                cleaningClauses[1],
                cleaningStart.plusMonths(3),
                new BigDecimal("640"),
                "Timeopgørelse for kvartalet.");
        // the third quarter's hours come from the bookings of a cleaner Rent Rummeligt employs through Jobandel, who
        // consented (log in as mette.rask@demo.jobandel.dk to see the consent page)
        LocalDate thirdQuarter = cleaningStart.plusMonths(6);
        long cleanerRole = booked.roles()
                .create(
                        rent.accountId(),
                        new dk.jobandel.roles.RoleDetails(
                                "Rengøringsassistent på skoler",
                                "Daglig rengøring af klasselokaler og fællesarealer, med en fast makker.",
                                dk.jobandel.shared.WeekGrid.daily(
                                        java.util.EnumSet.range(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.FRIDAY),
                                        java.time.LocalTime.of(7, 0),
                                        java.time.LocalTime.of(15, 0)),
                                1,
                                30,
                                null,
                                (short) 751,
                                dk.jobandel.roles.WorkMode.ON_SITE,
                                thisMonth.plusMonths(1),
                                null,
                                dk.jobandel.roles.PayKind.HOURLY,
                                new BigDecimal("172.50"),
                                null,
                                new BigDecimal("12"),
                                true,
                                false,
                                List.of()));
        long mette = registration.registerFreelancer(new MemberRegistration.NewPerson(
                "Mette Rask", BOOKED_PERSON_LOGIN, password, java.util.Locale.of("da")));
        var cleanerAgreement = booked.agreements()
                .create(new dk.jobandel.agreements.NewAgreement(
                        cleanerRole,
                        null,
                        thirdQuarter,
                        null,
                        List.of(new dk.jobandel.agreements.NewAgreement.Party(
                                mette,
                                dk.jobandel.shared.WeekGrid.daily(
                                        java.util.EnumSet.range(
                                                java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.THURSDAY),
                                        java.time.LocalTime.of(7, 0),
                                        java.time.LocalTime.of(13, 0)))),
                        rent.accountId()));
        if (cleanerAgreement instanceof dk.jobandel.agreements.Creation.Created made) {
            booked.links().link(rent, cleaning, cleaningClauses[1], made.agreementId(), mette);
            booked.links()
                    .giveConsent(mette, booked.links().mine(mette).getFirst().id());
        }
        followUp.recordDialogue(
                aarhus,
                cleaning,
                thisMonth.minusMonths(3).plusDays(9),
                "Dialogmøde: én stilling står tom efter barsel. Rent Rummeligt ansætter en afløser fra jobcentret inden næste kvartal. Ingen bod.",
                null);

        // 2. Silkeborg: laundry, just awarded and committed to; the first quarter still runs
        LocalDate laundryStart = thisMonth.minusMonths(1);
        long laundry = contracts.create(
                silkeborg,
                new ContractDetails(
                        "Vask af linned til plejecentre",
                        "Vask og levering af sengelinned og håndklæder til seks plejecentre.",
                        ServiceKind.LAUNDRY,
                        900_000,
                        laundryStart,
                        laundryStart.plusYears(3).minusDays(1),
                        (short) 740,
                        false));
        contracts.addClause(silkeborg, laundry, templates.get("TARGET_GROUP_EMPLOYMENT"), new BigDecimal("2"));
        contracts.publish(silkeborg, laundry, 0);
        contracts.invite(silkeborg, laundry, rentId);
        contracts.award(silkeborg, laundry, rentId, 1);
        followUp.commit(rent, laundry, clauseIds(contracts, silkeborg, laundry)[0], new BigDecimal("3"));

        // 3. Aarhus: a canteen out for tender, above the threshold, with trainees and an award criterion
        LocalDate canteenStart = thisMonth.plusMonths(4);
        long canteen = contracts.create(
                aarhus,
                new ContractDetails(
                        "Kantinedrift på Rådhuset",
                        "Frokostordning for 600 ansatte og mødeforplejning.",
                        ServiceKind.CANTEEN_CATERING,
                        12_000_000,
                        canteenStart,
                        canteenStart.plusYears(4).minusDays(1),
                        (short) 751,
                        true));
        contracts.addClause(aarhus, canteen, templates.get("TRAINEES_176"), new BigDecimal("3"));
        contracts.addClause(aarhus, canteen, templates.get("AWARD_INCLUSIVE_JOBS"), new BigDecimal("2"));
        contracts.publish(aarhus, canteen, 0);

        // 4. Silkeborg: a draft whose § 190 reservation for park care the check warns about
        LocalDate parkStart = thisMonth.plusMonths(6);
        long parks = contracts.create(
                silkeborg,
                new ContractDetails(
                        "Grøn pleje af byens parker",
                        "Græsslåning, beskæring og renhold i fem parker.",
                        ServiceKind.GARDENING,
                        1_200_000,
                        parkStart,
                        parkStart.plusYears(2).minusDays(1),
                        (short) 740,
                        false));
        contracts.addClause(silkeborg, parks, templates.get("RESERVATION_190"), null);
        contracts.addClause(silkeborg, parks, templates.get("SOV_SUBCONTRACT_SHARE"), new BigDecimal("20"));

        Actor consultant = new Actor(consultantId, true, null, null, true);
        knowledge.write(
                aarhus,
                new KnowledgeBank.NewArticle(
                        "Erfaring: ansættelsesklausul i skolerengøringen",
                        "Vi satte en klausul om fire ansatte fra målgrupperne i rengøringen af skolerne i Aarhus Vest. Det virkede, fordi jobcentret var med fra udbuddets start og kunne bekræfte målgruppen hurtigt. Kvartalsrapporterne tog leverandøren et kvarter at udfylde.",
                        ClauseKind.PERFORMANCE_CLAUSE,
                        templates.get("TARGET_GROUP_EMPLOYMENT"),
                        ServiceKind.CLEANING,
                        TargetGroup.LONG_TERM_UNEMPLOYED));
        knowledge.write(
                consultant,
                new KnowledgeBank.NewArticle(
                        "Reservation efter § 190: hvornår må vi?",
                        "Reservation er kun mulig for visse sundhedsydelser, sociale og kulturelle ydelser under den lempelige ordning, og kontrakten må højst vare tre år. Til rengøring, kantiner og grønne områder bruger man i stedet kontraktvilkår eller 30 %-reservationen for beskyttede værksteder.",
                        ClauseKind.RESERVATION,
                        templates.get("RESERVATION_190"),
                        null,
                        null));
        knowledge.write(
                consultant,
                new KnowledgeBank.NewArticle(
                        "Sådan måler I effekten af sociale klausuler",
                        "Tæl kun personer, der faktisk er startet, og spørg, hvad der ville være sket alligevel. Aftal dokumentationen i udbudsmaterialet, så leverandøren ved, hvad der skal rapporteres hvert kvartal.",
                        null,
                        null,
                        null,
                        null));
        long meeting = forum.plan(
                consultant,
                "Udviklingsforum: opfølgning på sociale klausuler",
                thisMonth.minusMonths(1).plusDays(14),
                "1. Erfaringer med kvartalsrapporter\n2. Dialog før bod\n3. Næste møde");
        forum.attend(aarhus, meeting);
        forum.attend(silkeborg, meeting);
        forum.attend(consultant, meeting);
        forum.writeMinutes(
                consultant,
                meeting,
                0,
                "Aarhus fortalte om skolerengøringen: dialogen virkede uden bod. Silkeborg overvejer en reservation til parkplejen; konsulenten gennemgik § 190 og 30 %-reglen.");
        return 2 + 4 + 3 + 1;
    }

    private static long municipality(
            MemberRegistration registration,
            Organisations organisations,
            String name,
            String cvr,
            int code,
            String staffName,
            String email,
            String password) {
        long id = registration.registerCooperative(
                new NewOrganisation(
                        name, cvr, OrganisationType.MUNICIPALITY, OrganisationKind.MUNICIPALITY, (short) code),
                new NewPerson(staffName, email, password, SupportedLanguages.DANISH));
        organisations.verify(id);
        return id;
    }

    private static Actor staff(MemberDirectory directory, String email, long organisationId, OrganisationKind kind) {
        return new Actor(directory.accountIdOf(email).orElseThrow(), false, organisationId, kind, true);
    }

    private static long[] clauseIds(Contracts contracts, Actor actor, long contractId) {
        return contracts.clauseIds(actor, contractId);
    }
}
