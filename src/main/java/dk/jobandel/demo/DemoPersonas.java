package dk.jobandel.demo;

import static dk.jobandel.demo.DemoFreelancers.NAMES;

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
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The demo freelancers shaped to fit the demo: the pool's personas, the uneven team's people and one person per
 * sharer of each demo role, so that every demo role has candidates and teams and the pool has people to place.
 * Their names are among {@link DemoFreelancers#NAMES} (role fits first, the personas last); {@link DemoFreelancers}
 * fills the rest at random.
 */
final class DemoPersonas {

    /**
     * People who want a secure job in the demo pool rather than gigs: the last two in {@link DemoFreelancers#NAMES},
     * with the skills of the pool's needs ({@link DemoPools}), living in Aarhus and free on weekdays.
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

    /** One person shaped to fit one demo role: the role and which of its sharers they would be. */
    record Fit(DemoRoles.Demo role, int part) {}

    /**
     * The first people in {@link DemoFreelancers#NAMES} are shaped to fit the demo roles (one per sharer of each role),
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

    /**
     * Fills the profile of the person at this position in {@link DemoFreelancers#NAMES} when they are one of the
     * shaped people (a pool persona, a team persona, or one fitted to a role); else changes nothing.
     *
     * @return whether the person was one of them
     */
    static boolean fill(
            int index,
            long accountId,
            long version,
            FreelancerProfiles profiles,
            ReferenceData referenceData,
            Random random) {
        String name = NAMES.get(index);
        for (PoolPersona persona : POOL_PERSONAS) {
            if (persona.name().equals(name)) {
                fillForPool(persona, accountId, version, profiles, referenceData);
                return true;
            }
        }
        for (String persona : TEAM_PERSONAS) {
            String[] parts = persona.split(":");
            if (parts[0].equals(name)) {
                fillForUnevenTeam(
                        parts[0],
                        Integer.parseInt(parts[1]),
                        Integer.parseInt(parts[2]),
                        accountId,
                        version,
                        profiles,
                        referenceData);
                return true;
            }
        }
        List<Fit> fits = fits();
        if (index < fits.size()) {
            fillToFit(fits.get(index), name, accountId, version, profiles, referenceData, random);
            return true;
        }
        return false;
    }

    /**
     * A person who can do one sharer's part of a role: its must-have skills, living where it is, free
     * for their slice of each day's hours plus the handover overlap, and wanting about their share.
     */
    private static void fillToFit(
            Fit fit,
            String name,
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
        long v = profiles.changeBasics(accountId, version, name, basics).version();
        Map<String, Skill> byCode = skillsByCode(referenceData);
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
        Map<String, Skill> byCode = skillsByCode(referenceData);
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
        Map<String, Skill> byCode = skillsByCode(referenceData);
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

    private static Map<String, Skill> skillsByCode(ReferenceData referenceData) {
        return referenceData.skillCategories().stream()
                .flatMap(c -> c.skills().stream())
                .collect(Collectors.toMap(Skill::code, Function.identity()));
    }

    private DemoPersonas() {}
}
