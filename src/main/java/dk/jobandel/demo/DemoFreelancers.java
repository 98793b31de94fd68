package dk.jobandel.demo;

import dk.jobandel.freelancers.FreelancerProfiles;
import dk.jobandel.freelancers.HeldSkill;
import dk.jobandel.freelancers.Profile;
import dk.jobandel.freelancers.WorkStyle;
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
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Forty-odd realistic freelancers: varied skills (a few per person from one or two categories),
 * municipalities weighted towards the big cities, and the availability shapes people really have
 * (office days, mornings, afternoons and evenings, part weeks, weekends). Seeded, so every demo
 * database looks the same. The first people are shaped to fit the demo's roles and pool ({@link DemoPersonas}).
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

    /** Fills an empty profile for the person at this position in {@link #NAMES}. */
    static void fill(int index, long accountId, FreelancerProfiles profiles, ReferenceData referenceData) {
        Profile profile = profiles.profileOf(accountId);
        if (profile.version() > 0) {
            return; // filled by an earlier run, or changed by somebody trying the demo
        }
        var random = new Random(1000L + index);
        if (DemoPersonas.fill(index, accountId, profile.version(), profiles, referenceData, random)) {
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
