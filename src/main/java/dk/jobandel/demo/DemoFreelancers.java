package dk.jobandel.demo;

import dk.jobandel.freelancers.FreelancerProfiles;
import dk.jobandel.freelancers.HeldSkill;
import dk.jobandel.freelancers.Profile;
import dk.jobandel.freelancers.WorkStyle;
import dk.jobandel.roles.WorkMode;
import dk.jobandel.shared.ReferenceData;
import dk.jobandel.shared.Skill;
import dk.jobandel.shared.WeekGrid;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Forty-odd realistic freelancers: varied skills (a few per person from one or two categories),
 * municipalities weighted towards the big cities, and the availability shapes people really have
 * (office days, mornings, afternoons and evenings, part weeks, weekends). Seeded, so every demo
 * database looks the same.
 */
final class DemoFreelancers {

    static final List<String> NAMES = List.of(
            "Amira Nielsen",
            "Oliver Jensen",
            "Olena Kovalenko",
            "Mikkel Sørensen",
            "Sara Ahmadi",
            "Katrine Dahl",
            "Freja Christensen",
            "Noah Rasmussen",
            "Ida Madsen",
            "William Pedersen",
            "Emma Thomsen",
            "Lucas Kristensen",
            "Sofia Larsen",
            "Magnus Andersen",
            "Leila Hussein",
            "Jonas Poulsen",
            "Anna Johansen",
            "Ali Yilmaz",
            "Clara Møller",
            "Victor Mortensen",
            "Maja Jørgensen",
            "Oscar Hansen",
            "Nora Olsen",
            "Emil Frederiksen",
            "Aisha Mohamed",
            "Frederik Knudsen",
            "Laura Mikkelsen",
            "Karim Haddad",
            "Alma Laursen",
            "Elias Berg",
            "Marta Nowak",
            "Tobias Holm",
            "Ella Schmidt",
            "Yusuf Demir",
            "Josefine Bech",
            "Andrei Popescu",
            "Asta Lund",
            "Hamid Karimi",
            "Signe Vestergaard",
            "Daniel Eriksen",
            "Mariam Saleh",
            "Rasmus Kjeldsen",
            "Hanne Skov",
            "Bilal Amin");

    /**
     * People who want a secure job in the demo pool rather than gigs: the last two in {@link #NAMES}, with the skills
     * of the pool's needs ({@link DemoPools}), living in Aarhus and free on weekdays.
     */
    record PoolPersona(String name, int travelKm, int minHours, int maxHours, LocalTime until, List<String> skills) {}

    static final List<PoolPersona> POOL_PERSONAS = List.of(
            new PoolPersona(
                    "Hanne Skov",
                    40,
                    30,
                    37,
                    LocalTime.of(17, 0),
                    List.of(
                            "energy_renovation:2",
                            "handyman_repairs:2",
                            "barista:2",
                            "reception_customer_service:2",
                            "cargo_bike_delivery:2",
                            "warehouse_work:1",
                            "event_planning:2",
                            "bookkeeping:2",
                            "it_support:2")),
            new PoolPersona(
                    "Bilal Amin",
                    25,
                    8,
                    20,
                    LocalTime.of(16, 30),
                    List.of("it_support:3", "bookkeeping:2", "barista:1", "reception_customer_service:1")));

    /**
     * Three people for the reception {@link DemoRoles#UNEVEN}, free on every weekday from 08:00 to 17:00, whose wished
     * hours rule out an even split: {@code name:min:max} hours a week.
     */
    static final List<String> TEAM_PERSONAS = List.of("Asta Lund:5:15", "Andrei Popescu:15:25", "Josefine Bech:5:10");

    /** How many of the first people are shaped to fit the demo roles, at most. */
    private static final int SHAPED_AT_MOST = 32;

    private static final short[] MUNICIPALITIES = {
        101, 101, 101, 101, 147, 751, 751, 751, 461, 461, 851, 851, 265, 630, 657, 167, 159, 173, 561, 615, 540, 400
    };

    private static final List<String> LANGUAGE_EXTRAS = List.of("ar", "uk", "pl", "fa", "tr", "so", "de", "es", "ro");

    private DemoFreelancers() {}

    static String email(String name) {
        String ascii = name.toLowerCase()
                .replace("ø", "o")
                .replace("æ", "ae")
                .replace("å", "aa")
                .replace(' ', '.');
        return ascii + "@demo.jobandel.dk";
    }

    /** One person shaped to fit one demo role: the role and which of its sharers they would be. */
    record Fit(DemoRoles.Demo role, int part) {}

    /**
     * The first people in {@link #NAMES} are shaped to fit the demo roles (one per sharer of each role),
     * so that every demo role has candidates and teams to show; the rest are varied at random.
     */
    static List<Fit> fits() {
        List<Fit> fits = new ArrayList<>();
        for (DemoRoles.Demo role : DemoRoles.ROLES) {
            if (role == DemoRoles.UNEVEN) {
                continue; // staffed by TEAM_PERSONAS only
            }
            for (int part = 0; part < role.sharers(); part++) {
                fits.add(new Fit(role, part));
            }
        }
        return fits.subList(0, Math.min(fits.size(), SHAPED_AT_MOST));
    }

    /** Fills an empty profile for the person at this position in {@link #NAMES}. */
    static void fill(int index, long accountId, FreelancerProfiles profiles, ReferenceData referenceData) {
        Profile profile = profiles.profileOf(accountId);
        if (profile.version() > 0) {
            return; // filled by an earlier run, or changed by somebody trying the demo
        }
        var random = new Random(1000L + index);
        for (PoolPersona persona : POOL_PERSONAS) {
            if (persona.name().equals(NAMES.get(index))) {
                fillForPool(persona, accountId, profile.version(), profiles, referenceData);
                return;
            }
        }
        for (String persona : TEAM_PERSONAS) {
            String[] parts = persona.split(":");
            if (parts[0].equals(NAMES.get(index))) {
                fillForUnevenTeam(
                        parts[0],
                        Integer.parseInt(parts[1]),
                        Integer.parseInt(parts[2]),
                        accountId,
                        profile.version(),
                        profiles,
                        referenceData);
                return;
            }
        }
        List<Fit> fits = fits();
        if (index < fits.size()) {
            fillToFit(fits.get(index), index, accountId, profile.version(), profiles, referenceData, random);
            return;
        }
        int min = 8 + random.nextInt(6) * 4;
        int max = Math.min(37, min + 8 + random.nextInt(4) * 4);
        List<String> languages = new ArrayList<>(List.of("da"));
        if (random.nextInt(3) > 0) {
            languages.add("en");
        }
        if (random.nextInt(3) == 0) {
            languages.add(LANGUAGE_EXTRAS.get(random.nextInt(LANGUAGE_EXTRAS.size())));
        }
        var basics = new Profile.Basics(
                MUNICIPALITIES[random.nextInt(MUNICIPALITIES.length)],
                10 + random.nextInt(8) * 5,
                random.nextInt(5) > 0,
                random.nextBoolean(),
                random.nextInt(3) == 0,
                min,
                max,
                LocalDate.of(2026, 12, 1).plusWeeks(random.nextInt(8)),
                random.nextInt(4) == 0 ? LocalDate.of(2027, 12, 31) : null,
                List.copyOf(languages),
                random.nextInt(4) > 0,
                random.nextInt(3) > 0);
        long version = profiles.changeBasics(accountId, profile.version(), NAMES.get(index), withSomeWorkMode(basics))
                .version();
        version = profiles.changeSkills(accountId, version, skills(random, referenceData))
                .version();
        version = profiles.changeAvailability(accountId, version, availability(random, max))
                .version();
        if (random.nextInt(6) > 0) {
            List<Integer> answers = IntStream.range(0, WorkStyle.QUESTIONS)
                    .mapToObj(i -> 1 + random.nextInt(5))
                    .toList();
            profiles.answerWorkStyle(accountId, version, answers);
        }
    }

    /**
     * A person who can do one sharer's part of a role: its must-have skills, living where it is, free
     * for their slice of each day's hours plus the handover overlap, and wanting about their share.
     */
    private static void fillToFit(
            Fit fit,
            int index,
            long accountId,
            long version,
            FreelancerProfiles profiles,
            ReferenceData referenceData,
            Random random) {
        DemoRoles.Demo role = fit.role();
        WeekGrid slice = slice(role.schedule(), role.sharers(), fit.part(), (role.handover() + 29) / 30);
        if (role.sharers() == 1) {
            slice = role.schedule();
        }
        double share = slice.hours();
        int min = Math.max(1, (int) Math.floor(share * 0.7));
        int max = Math.min(48, (int) Math.ceil(share * 1.3) + 1);
        var basics = new Profile.Basics(
                (short) role.municipality(),
                30,
                true,
                true,
                role.mode() == WorkMode.REMOTE || random.nextBoolean(),
                min,
                max,
                LocalDate.of(2026, 12, 1),
                null,
                List.of("da", "en"),
                role.sharers() > 1,
                random.nextBoolean() || role.sharers() == 1);
        long v = profiles.changeBasics(accountId, version, NAMES.get(index), basics)
                .version();
        Map<String, Skill> byCode = referenceData.skillCategories().stream()
                .flatMap(c -> c.skills().stream())
                .collect(java.util.stream.Collectors.toMap(Skill::code, java.util.function.Function.identity()));
        Set<HeldSkill> skills = new HashSet<>();
        for (String spec : role.skills()) {
            String[] parts = spec.split(":");
            int minLevel = Integer.parseInt(parts[2]);
            boolean holds = switch (parts[1]) {
                case "MUST_EACH" -> true;
                case "MUST_ONE" -> fit.part() == 0 || random.nextBoolean();
                default -> random.nextBoolean();
            };
            if (holds) {
                int level = Math.min(3, minLevel + random.nextInt(2));
                skills.add(new HeldSkill(byCode.get(parts[0]).id(), (short) level));
            }
        }
        v = profiles.changeSkills(accountId, v, skills).version();
        v = profiles.changeAvailability(accountId, v, slice).version();
        List<Integer> answers = IntStream.range(0, WorkStyle.QUESTIONS)
                .mapToObj(i -> Math.max(1, Math.min(5, 3 + (i % 3) - 1 + random.nextInt(2))))
                .toList();
        profiles.answerWorkStyle(accountId, v, answers);
    }

    /** A person for {@link DemoRoles#UNEVEN}: its skills, living where it is, free on weekdays 08:00–17:00. */
    private static void fillForUnevenTeam(
            String name,
            int minHours,
            int maxHours,
            long accountId,
            long version,
            FreelancerProfiles profiles,
            ReferenceData referenceData) {
        DemoRoles.Demo role = DemoRoles.UNEVEN;
        var basics = new Profile.Basics(
                (short) role.municipality(),
                30,
                true,
                true,
                false,
                minHours,
                maxHours,
                LocalDate.of(2026, 12, 1),
                null,
                List.of("da", "en"),
                true,
                true);
        long v = profiles.changeBasics(accountId, version, name, basics).version();
        Map<String, Skill> byCode = referenceData.skillCategories().stream()
                .flatMap(c -> c.skills().stream())
                .collect(java.util.stream.Collectors.toMap(Skill::code, java.util.function.Function.identity()));
        v = profiles.changeSkills(
                        accountId,
                        v,
                        Set.of(new HeldSkill(
                                byCode.get("reception_customer_service").id(), (short) 2)))
                .version();
        v = profiles.changeAvailability(accountId, v, role.schedule()).version();
        profiles.answerWorkStyle(
                accountId,
                v,
                IntStream.range(0, WorkStyle.QUESTIONS).mapToObj(i -> 2 + i % 3).toList());
    }

    private static void fillForPool(
            PoolPersona persona,
            long accountId,
            long version,
            FreelancerProfiles profiles,
            ReferenceData referenceData) {
        var basics = new Profile.Basics(
                (short) 751,
                persona.travelKm(),
                true,
                true,
                true,
                persona.minHours(),
                persona.maxHours(),
                LocalDate.of(2026, 11, 1),
                null,
                List.of("da", "en"),
                false,
                true);
        long v = profiles.changeBasics(accountId, version, persona.name(), basics)
                .version();
        Map<String, Skill> byCode = referenceData.skillCategories().stream()
                .flatMap(c -> c.skills().stream())
                .collect(java.util.stream.Collectors.toMap(Skill::code, java.util.function.Function.identity()));
        Set<HeldSkill> skills = new HashSet<>();
        for (String spec : persona.skills()) {
            String[] parts = spec.split(":");
            skills.add(new HeldSkill(byCode.get(parts[0]).id(), Short.parseShort(parts[1])));
        }
        v = profiles.changeSkills(accountId, v, skills).version();
        v = profiles.changeAvailability(
                        accountId,
                        v,
                        WeekGrid.daily(
                                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), persona.until()))
                .version();
        profiles.answerWorkStyle(
                accountId,
                v,
                IntStream.range(0, WorkStyle.QUESTIONS).mapToObj(i -> 3).toList());
    }

    /**
     * One sharer's slice of a schedule: each day's hours cut into equal consecutive parts, widened by
     * the handover overlap on both sides so that neighbours overlap.
     */
    static WeekGrid slice(WeekGrid schedule, int sharers, int part, int overlapHalfHours) {
        List<Integer> slots = new ArrayList<>();
        for (WeekGrid.TimeRange range : schedule.ranges()) {
            int from = range.fromSlot();
            int length = range.toSlotExclusive() - from;
            int start = from + part * length / sharers - (part > 0 ? overlapHalfHours : 0);
            int end = from + (part + 1) * length / sharers + (part < sharers - 1 ? overlapHalfHours : 0);
            for (int slot = Math.max(from, start); slot < Math.min(range.toSlotExclusive(), end); slot++) {
                slots.add(slot);
            }
        }
        return WeekGrid.ofSlots(slots.stream().mapToInt(Integer::intValue).toArray());
    }

    private static Profile.Basics withSomeWorkMode(Profile.Basics b) {
        if (b.worksOnSite() || b.worksHybrid() || b.worksRemote()) {
            return b;
        }
        return new Profile.Basics(
                b.municipalityCode(),
                b.travelKm(),
                true,
                false,
                false,
                b.desiredHoursMin(),
                b.desiredHoursMax(),
                b.availableFrom(),
                b.availableUntil(),
                b.languages(),
                b.wantsJobShare() || !b.wantsPool(),
                b.wantsPool());
    }

    /** Three to seven skills, mostly from one main category, the rest from anywhere. */
    private static Set<HeldSkill> skills(Random random, ReferenceData referenceData) {
        var categories = referenceData.skillCategories();
        List<Skill> main = categories.get(random.nextInt(categories.size())).skills();
        List<Skill> all = categories.stream().flatMap(c -> c.skills().stream()).toList();
        Set<HeldSkill> held = new HashSet<>();
        Set<Short> taken = new HashSet<>();
        int count = 3 + random.nextInt(5);
        while (held.size() < count) {
            List<Skill> pool = held.size() < count - 2 ? main : all;
            Skill skill = pool.get(random.nextInt(pool.size()));
            if (taken.add(skill.id())) {
                held.add(new HeldSkill(skill.id(), (short) (1 + random.nextInt(3))));
            }
        }
        return held;
    }

    /** The shapes of weeks people have, sized roughly to the hours they want. */
    private static WeekGrid availability(Random random, int wantedHours) {
        Set<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        return switch (random.nextInt(6)) {
            case 0 -> WeekGrid.daily(weekdays, LocalTime.of(8, 0), LocalTime.of(16, 0)); // office days
            case 1 -> WeekGrid.daily(weekdays, LocalTime.of(7, 0), LocalTime.of(12, 30)); // mornings
            case 2 -> WeekGrid.daily(weekdays, LocalTime.of(12, 0), LocalTime.of(18, 0)); // afternoons
            case 3 ->
                WeekGrid.daily(
                        pick(random, weekdays, wantedHours > 24 ? 4 : 3),
                        LocalTime.of(8, 30),
                        LocalTime.of(17, 0)); // part week
            case 4 ->
                WeekGrid.daily(weekdays, LocalTime.of(17, 0), LocalTime.of(22, 0))
                        .union(WeekGrid.daily(EnumSet.of(DayOfWeek.SATURDAY), LocalTime.of(9, 0), LocalTime.of(15, 0)));
            default ->
                WeekGrid.daily(
                                EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                                LocalTime.of(10, 0),
                                LocalTime.of(20, 0))
                        .union(WeekGrid.daily(EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(8, 0), LocalTime.of(14, 0)));
        };
    }

    private static Set<DayOfWeek> pick(Random random, Set<DayOfWeek> days, int count) {
        List<DayOfWeek> list = new ArrayList<>(days);
        java.util.Collections.shuffle(list, random);
        return EnumSet.copyOf(list.subList(0, count));
    }
}
