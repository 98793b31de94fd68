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
import dk.jobandel.partnerships.CourseStage;
import dk.jobandel.partnerships.GuidanceCourses;
import dk.jobandel.partnerships.MeetingDetails;
import dk.jobandel.partnerships.NeedDetails;
import dk.jobandel.partnerships.PartnershipModel;
import dk.jobandel.partnerships.PartnershipNeeds;
import dk.jobandel.partnerships.ServiceKind;
import dk.jobandel.partnerships.SovProfile;
import dk.jobandel.partnerships.SovProfiles;
import dk.jobandel.partnerships.TargetGroup;
import dk.jobandel.platform.SupportedLanguages;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Social-economy partnerships around the demo municipalities: five SØVs with profiles (Aarhus, Silkeborg, Herning,
 * København and Aalborg; three of them checked in the RSV register), three firms with a need each, one guidance course
 * in progress (taken, clarifying, one meeting with a next step) and one request waiting in the intake queue.
 */
final class DemoPartnerships {

    private DemoPartnerships() {}

    record Org(String name, String cvr, OrganisationKind kind, int municipality, String staffName, String email) {}

    static final List<Org> SOVS = List.of(
            new Org(
                    "Rent Rummeligt Aarhus",
                    "40802304",
                    OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE,
                    751,
                    "Birgitte Lund",
                    "birgitte@rent-rummeligt.demo.jobandel.dk"),
            new Org(
                    "Søhøjlandets Grønne Hænder",
                    "12531575",
                    OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE,
                    740,
                    "Jens Mose",
                    "jens@groenne-haender.demo.jobandel.dk"),
            new Org(
                    "Herning Pak & Montage",
                    "64645331",
                    OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE,
                    657,
                    "Aisha Rahimi",
                    "aisha@pak-montage.demo.jobandel.dk"),
            new Org(
                    "Kantinen på Kanten",
                    "65348632",
                    OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE,
                    101,
                    "Ole Vang",
                    "ole@kantinen.demo.jobandel.dk"),
            new Org(
                    "Nordjysk IT-Værksted",
                    "86717956",
                    OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE,
                    851,
                    "Signe Dahl",
                    "signe@it-vaerksted.demo.jobandel.dk"));

    static final List<Org> FIRMS = List.of(
            new Org(
                    "Østjysk Ingeniørfirma A/S",
                    "89576172",
                    OrganisationKind.FIRM,
                    751,
                    "Henrik Skov",
                    "virksomhed@demo.jobandel.dk"),
            new Org(
                    "Hovedstadens Revision ApS",
                    "13282900",
                    OrganisationKind.FIRM,
                    101,
                    "Line Berg",
                    "line@revision.demo.jobandel.dk"),
            new Org(
                    "Limfjord Logistik A/S",
                    "58721166",
                    OrganisationKind.FIRM,
                    851,
                    "Kasper Holm",
                    "kasper@limfjord-logistik.demo.jobandel.dk"));

    static final String FIRM_LOGIN = "virksomhed@demo.jobandel.dk";
    static final String SOV_LOGIN = "birgitte@rent-rummeligt.demo.jobandel.dk";

    static int create(
            MemberRegistration registration,
            Organisations organisations,
            MemberDirectory directory,
            SovProfiles profiles,
            PartnershipNeeds needs,
            GuidanceCourses courses,
            long consultantId,
            String password,
            Clock clock) {
        if (organisations.byCvr(new Cvr(FIRMS.getFirst().cvr())).isPresent()) {
            return 0;
        }
        int created = 0;
        long[] sovIds = new long[SOVS.size()];
        for (int i = 0; i < SOVS.size(); i++) {
            sovIds[i] = register(registration, organisations, SOVS.get(i), password);
            created++;
        }
        List<SovProfile> sovProfiles = List.of(
                profile(
                        EnumSet.of(ServiceKind.CLEANING, ServiceKind.LAUNDRY),
                        Set.of(751, 740, 746),
                        Set.of(),
                        60,
                        9,
                        EnumSet.of(TargetGroup.LONG_TERM_UNEMPLOYED, TargetGroup.REFUGEES_IMMIGRANTS),
                        "Vi gør rent på kontorer og institutioner med hold, der har en fast støtteperson.",
                        true),
                profile(
                        EnumSet.of(ServiceKind.GARDENING, ServiceKind.CLEANING),
                        Set.of(),
                        Set.of(1082),
                        40,
                        6,
                        EnumSet.of(TargetGroup.MENTAL_ILLNESS, TargetGroup.REDUCED_WORKING_CAPACITY),
                        "Grønne områder og udendørs vedligehold i hele Midtjylland.",
                        true),
                profile(
                        EnumSet.of(ServiceKind.PACKAGING_ASSEMBLY, ServiceKind.HR_INCLUSIVE_JOBS),
                        Set.of(657, 661, 851),
                        Set.of(),
                        80,
                        12,
                        EnumSet.of(TargetGroup.REDUCED_WORKING_CAPACITY, TargetGroup.YOUNG_WITHOUT_EDUCATION),
                        "Pakning og montage, og HR for rummelige job hos jer.",
                        false),
                profile(
                        EnumSet.of(ServiceKind.CANTEEN_CATERING, ServiceKind.CAFE),
                        Set.of(101, 147, 167),
                        Set.of(),
                        50,
                        8,
                        EnumSet.of(TargetGroup.YOUNG_WITHOUT_EDUCATION, TargetGroup.MENTAL_ILLNESS),
                        "Kantinedrift og catering med lærlinge og unge i praktik.",
                        true),
                profile(
                        EnumSet.of(ServiceKind.IT_SUPPORT, ServiceKind.DATA_ENTRY),
                        Set.of(),
                        Set.of(1081),
                        35,
                        5,
                        EnumSet.of(TargetGroup.MENTAL_ILLNESS),
                        "IT-support, opsætning og scanning, udført af folk med autisme og ADHD.",
                        false));
        for (int i = 0; i < SOVS.size(); i++) {
            long staff = directory.accountIdOf(SOVS.get(i).email()).orElseThrow();
            profiles.save(
                    new Actor(staff, false, sovIds[i], OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE, true),
                    sovProfiles.get(i),
                    0);
        }
        Actor consultant = new Actor(consultantId, true, null, null, false);
        profiles.recordRsvCheck(consultant, sovIds[0], true);
        profiles.recordRsvCheck(consultant, sovIds[2], true);
        profiles.recordRsvCheck(consultant, sovIds[3], true);

        LocalDate today = LocalDate.now(clock);
        List<NeedDetails> firmNeeds = List.of(
                new NeedDetails(
                        "Rengøring af kontorhuset",
                        PartnershipModel.SUBCONTRACTING,
                        ServiceKind.CLEANING,
                        25,
                        null,
                        (short) 751,
                        today.plusMonths(2),
                        2,
                        EnumSet.of(TargetGroup.LONG_TERM_UNEMPLOYED),
                        "Tre etager kontor, rengøring hverdage efter kl. 16."),
                new NeedDetails(
                        "Kantine til 80 medarbejdere",
                        PartnershipModel.SUBCONTRACTING,
                        ServiceKind.CANTEEN_CATERING,
                        null,
                        1_200_000,
                        (short) 101,
                        today.plusMonths(4),
                        3,
                        EnumSet.of(TargetGroup.YOUNG_WITHOUT_EDUCATION),
                        "Frokostordning fem dage om ugen."),
                new NeedDetails(
                        "Rummelige job på lageret",
                        PartnershipModel.INCLUSIVE_HR,
                        ServiceKind.HR_INCLUSIVE_JOBS,
                        30,
                        null,
                        (short) 851,
                        today.plusMonths(3),
                        4,
                        EnumSet.of(TargetGroup.REDUCED_WORKING_CAPACITY),
                        "Vi vil ansætte i fleksjob og søger en SØV til HR og støtte."));
        long[] firmIds = new long[FIRMS.size()];
        long[] firmStaff = new long[FIRMS.size()];
        for (int i = 0; i < FIRMS.size(); i++) {
            firmIds[i] = register(registration, organisations, FIRMS.get(i), password);
            created++;
            firmStaff[i] = directory.accountIdOf(FIRMS.get(i).email()).orElseThrow();
            needs.post(new Actor(firmStaff[i], false, firmIds[i], OrganisationKind.FIRM, true), null, firmNeeds.get(i));
        }

        Actor firm = new Actor(firmStaff[0], false, firmIds[0], OrganisationKind.FIRM, true);
        long course = courses.request(firm, "Vi vil gerne have rengøringen løst af en socialøkonomisk virksomhed.");
        courses.take(consultant, course, 0);
        courses.move(consultant, course, 1, CourseStage.CLARIFYING);
        courses.logMeeting(
                consultant,
                course,
                new MeetingDetails(
                        today.minusDays(2),
                        "VIDEO",
                        45,
                        "Henrik Skov, Mette Lund",
                        "Modellen bliver underleverance. To rummelige job, gerne langtidsledige.",
                        List.of(new MeetingDetails.NextStep(
                                "Sende behovet til to SØV'er i Aarhus", "Mette Lund", today.plusDays(3)))));
        courses.request(
                new Actor(firmStaff[2], false, firmIds[2], OrganisationKind.FIRM, true),
                "Hvordan kommer vi i gang med fleksjob på lageret?");
        return created + 2;
    }

    private static long register(
            MemberRegistration registration, Organisations organisations, Org org, String password) {
        long id = registration.registerCooperative(
                new NewOrganisation(
                        org.name(),
                        org.cvr(),
                        org.kind() == OrganisationKind.FIRM
                                ? OrganisationType.OTHER_COOPERATIVE
                                : OrganisationType.SOCIAL_ECONOMY_ENTERPRISE,
                        org.kind(),
                        (short) org.municipality()),
                new NewPerson(org.staffName(), org.email(), password, SupportedLanguages.DANISH));
        organisations.verify(id);
        return id;
    }

    private static SovProfile profile(
            Set<ServiceKind> services,
            Set<Integer> municipalities,
            Set<Integer> regions,
            int hours,
            int people,
            Set<TargetGroup> groups,
            String presentation,
            boolean rsv) {
        return new SovProfile(
                services,
                municipalities.stream().map(Integer::shortValue).collect(java.util.stream.Collectors.toSet()),
                regions.stream().map(Integer::shortValue).collect(java.util.stream.Collectors.toSet()),
                hours,
                people,
                groups,
                presentation,
                "",
                rsv);
    }
}
