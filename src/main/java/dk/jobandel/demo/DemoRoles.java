package dk.jobandel.demo;

import dk.jobandel.roles.PayKind;
import dk.jobandel.roles.RequiredSkill;
import dk.jobandel.roles.Requirement;
import dk.jobandel.roles.RoleDetails;
import dk.jobandel.roles.RoleStatus;
import dk.jobandel.roles.SharedRoles;
import dk.jobandel.roles.WorkMode;
import dk.jobandel.shared.ReferenceData;
import dk.jobandel.shared.Skill;
import dk.jobandel.shared.WeekGrid;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Roles of realistic shapes for the demo cooperatives: two-person job shares with a handover overlap,
 * three-person shares that cover long opening hours, and single part-time roles.
 */
final class DemoRoles {

    private DemoRoles() {}

    record Demo(
            String cvr,
            String title,
            String description,
            WeekGrid schedule,
            int sharers,
            int handover,
            List<Integer> split,
            int municipality,
            WorkMode mode,
            String pay,
            boolean publish,
            List<String> skills) {}

    private static final EnumSet<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    private static WeekGrid daily(EnumSet<DayOfWeek> days, int fromHour, int fromMinute, int toHour, int toMinute) {
        LocalTime to = toHour == 24 ? LocalTime.MIDNIGHT : LocalTime.of(toHour, toMinute);
        return WeekGrid.daily(days, LocalTime.of(fromHour, fromMinute), to);
    }

    /**
     * A reception shared by three that can only be staffed unevenly (issue 19): the three people made for it
     * ({@link DemoPersonas#TEAM_PERSONAS}) want at most 10, 15 and 25 hours, so an even 15 hours each is out,
     * and no other demo person is shaped for it.
     */
    static final Demo UNEVEN = new Demo(
            "72819489",
            "Reception i kulturhuset",
            "Velkomst, billetsalg og telefon på hverdage. Tre deler stillingen efter de timer, de hver især ønsker.",
            daily(WEEKDAYS, 8, 0, 17, 0),
            3,
            30,
            List.of(),
            265,
            WorkMode.ON_SITE,
            "176.00",
            true,
            List.of("reception_customer_service:MUST_EACH:2", "event_planning:NICE:1"));

    static final List<Demo> ROLES = List.of(
            new Demo(
                    "62601817",
                    "Kok i frokostkantinen",
                    "Frokost til 120 gæster, økologisk og med lidt madspild.",
                    daily(WEEKDAYS, 7, 0, 15, 0),
                    2,
                    30,
                    List.of(),
                    101,
                    WorkMode.ON_SITE,
                    "198.50",
                    true,
                    List.of(
                            "large_scale_cooking:MUST_EACH:2", "food_hygiene_certificate:MUST_EACH:1",
                            "menu_planning:MUST_ONE:2", "organic_kitchen_conversion:NICE:1")),
            new Demo(
                    "62601817",
                    "Køkkenhjælp og opvask",
                    "",
                    daily(WEEKDAYS, 10, 0, 14, 30),
                    1,
                    0,
                    List.of(),
                    101,
                    WorkMode.ON_SITE,
                    "165.00",
                    true,
                    List.of("kitchen_assistance:MUST_EACH:1", "dishwashing:MUST_EACH:1")),
            new Demo(
                    "62601817",
                    "Café og barista i weekenden",
                    "Cafédrift lørdag og søndag.",
                    daily(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), 9, 0, 17, 0),
                    2,
                    30,
                    List.of(60, 40),
                    101,
                    WorkMode.ON_SITE,
                    "172.00",
                    false,
                    List.of("barista:MUST_EACH:2", "table_service:NICE:1")),
            new Demo(
                    "69083013",
                    "Energirådgiver",
                    "Rådgivning af boligforeninger om energirenovering.",
                    daily(WEEKDAYS, 8, 30, 16, 30),
                    2,
                    30,
                    List.of(),
                    751,
                    WorkMode.HYBRID,
                    "34500",
                    true,
                    List.of("energy_advice:MUST_EACH:2", "carbon_accounting:MUST_ONE:2", "energy_renovation:NICE:1")),
            new Demo(
                    "69083013",
                    "Byhave-koordinator",
                    "",
                    daily(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY), 9, 0, 15, 0),
                    1,
                    0,
                    List.of(),
                    751,
                    WorkMode.ON_SITE,
                    "185.00",
                    true,
                    List.of("urban_gardening:MUST_EACH:2", "volunteer_coordination:NICE:1")),
            new Demo(
                    "76131864",
                    "Webudvikler til kooperative kunder",
                    "WordPress og tilgængelighed for små kunder.",
                    daily(WEEKDAYS, 9, 0, 17, 0),
                    2,
                    30,
                    List.of(),
                    461,
                    WorkMode.REMOTE,
                    "36000",
                    true,
                    List.of(
                            "web_development:MUST_EACH:2", "wordpress:MUST_ONE:3",
                            "digital_accessibility:MUST_ONE:2", "ux_design:NICE:1")),
            new Demo(
                    "76131864",
                    "IT-support",
                    "Support til 30 kunder, også om aftenen.",
                    daily(WEEKDAYS, 8, 0, 20, 0),
                    3,
                    30,
                    List.of(),
                    461,
                    WorkMode.HYBRID,
                    "205.00",
                    true,
                    List.of("it_support:MUST_EACH:2", "network_administration:MUST_ONE:2", "it_security:NICE:1")),
            new Demo(
                    "19139093",
                    "Erhvervsrengøring, morgenhold",
                    "Kontorer og trapper i det centrale Aalborg.",
                    daily(WEEKDAYS, 6, 0, 10, 0),
                    1,
                    0,
                    List.of(),
                    851,
                    WorkMode.ON_SITE,
                    "175.00",
                    true,
                    List.of("commercial_cleaning:MUST_EACH:2", "eco_friendly_cleaning:NICE:1")),
            new Demo(
                    "19139093",
                    "Rengøring og vinduespudsning",
                    "",
                    daily(WEEKDAYS, 7, 0, 15, 0),
                    2,
                    15,
                    List.of(),
                    851,
                    WorkMode.ON_SITE,
                    "178.00",
                    true,
                    List.of("commercial_cleaning:MUST_EACH:1", "window_cleaning:MUST_ONE:2")),
            new Demo(
                    "72819489",
                    "Frivilligkoordinator",
                    "Kulturhusets 140 frivillige og arrangementer.",
                    daily(WEEKDAYS, 12, 0, 20, 0),
                    2,
                    30,
                    List.of(),
                    265,
                    WorkMode.ON_SITE,
                    "31500",
                    true,
                    List.of("volunteer_coordination:MUST_EACH:2", "event_planning:MUST_ONE:2", "social_media:NICE:1")),
            new Demo(
                    "72819489",
                    "Lyd og lys til koncerter",
                    "",
                    daily(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), 17, 0, 24, 0),
                    1,
                    0,
                    List.of(),
                    265,
                    WorkMode.ON_SITE,
                    "210.00",
                    true,
                    List.of("sound_lighting:MUST_EACH:2")),
            new Demo(
                    "31993512",
                    "Cykelmekaniker",
                    "Værksted og reparationer på ladcykler.",
                    daily(WEEKDAYS, 8, 0, 17, 30).union(daily(EnumSet.of(DayOfWeek.SATURDAY), 10, 0, 14, 0)),
                    3,
                    30,
                    List.of(40, 30, 30),
                    101,
                    WorkMode.ON_SITE,
                    "190.00",
                    true,
                    List.of("bicycle_repair:MUST_EACH:2", "cargo_bike_delivery:NICE:1")),
            new Demo(
                    "91909375",
                    "Hjemmehjælper",
                    "Hjemmehjælp hos borgere i Vejle.",
                    daily(WEEKDAYS, 7, 0, 15, 0),
                    2,
                    30,
                    List.of(),
                    630,
                    WorkMode.ON_SITE,
                    "189.00",
                    false,
                    List.of("home_help:MUST_EACH:2", "first_aid:MUST_EACH:1", "medication_handling:MUST_ONE:2")),
            new Demo(
                    "96579756",
                    "Bogholder",
                    "Bogføring og moms for 25 små foreninger.",
                    daily(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY), 9, 0, 15, 0),
                    1,
                    0,
                    List.of(),
                    400,
                    WorkMode.HYBRID,
                    "245.00",
                    false,
                    List.of(
                            "bookkeeping:MUST_EACH:3",
                            "vat_reporting:MUST_EACH:2",
                            "economic_accounting_system:NICE:2")),
            new Demo(
                    "53231942",
                    "Tømrer til energirenovering",
                    "Efterisolering og nye vinduer.",
                    daily(WEEKDAYS, 7, 0, 15, 0),
                    2,
                    30,
                    List.of(),
                    657,
                    WorkMode.ON_SITE,
                    "232.00",
                    true,
                    List.of("carpentry:MUST_EACH:2", "energy_renovation:MUST_ONE:2", "driving_licence_b:MUST_ONE:1")),
            new Demo(
                    "53231942",
                    "Administrativ medarbejder",
                    "Tilbud, fakturering og løn.",
                    daily(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), 8, 0, 13, 0),
                    1,
                    0,
                    List.of(),
                    657,
                    WorkMode.HYBRID,
                    "195.00",
                    true,
                    List.of("invoicing:MUST_EACH:2", "payroll:MUST_EACH:1", "public_tenders:NICE:1")),
            UNEVEN);

    /** Creates the demo roles of an organisation that has none yet. */
    static int create(String cvr, long staffAccountId, SharedRoles roles, ReferenceData referenceData) {
        if (!roles.ownRoles(staffAccountId).isEmpty()) {
            return 0;
        }
        Map<String, Skill> skillsByCode = referenceData.skillCategories().stream()
                .flatMap(c -> c.skills().stream())
                .collect(Collectors.toMap(Skill::code, Function.identity()));
        int created = 0;
        for (Demo demo : ROLES) {
            if (!demo.cvr().equals(cvr)) {
                continue;
            }
            List<RequiredSkill> skills = new ArrayList<>();
            for (String spec : demo.skills()) {
                String[] parts = spec.split(":");
                skills.add(new RequiredSkill(
                        skillsByCode.get(parts[0]).id(), Requirement.valueOf(parts[1]), Short.parseShort(parts[2])));
            }
            BigDecimal pay = new BigDecimal(demo.pay());
            var details = new RoleDetails(
                    demo.title(),
                    demo.description(),
                    demo.schedule(),
                    demo.sharers(),
                    demo.handover(),
                    demo.split().isEmpty() ? null : demo.split(),
                    (short) demo.municipality(),
                    demo.mode(),
                    LocalDate.of(2027, 1, 4),
                    null,
                    pay.compareTo(new BigDecimal("1000")) > 0 ? PayKind.MONTHLY : PayKind.HOURLY,
                    pay,
                    null,
                    new BigDecimal("12"),
                    true,
                    demo.sharers() == 1,
                    skills);
            long id = roles.create(staffAccountId, details);
            if (demo.publish()) {
                roles.moveTo(staffAccountId, id, 0, RoleStatus.PUBLISHED);
            }
            created++;
        }
        return created;
    }
}
