package dk.jobandel.matching.engine.pool;

import dk.jobandel.matching.engine.Slots;
import java.util.Optional;

/**
 * The weekly working-time rules of {@code dk.jobandel.agreements.WorkingTimeRules}, mirrored on six raw words so
 * that the engine depends on no other module and needs no {@code WeekGrid} per check. The definitions are the same,
 * rule for rule (a test compares the two on thousands of generated weeks):
 *
 * <ul>
 *   <li>weekly hours: at most 96 half-hours (48 h) in the week;
 *   <li>daily rest: for every half-hour at which work begins after a break, the 24 hours from then hold at least 22
 *       consecutive free half-hours (11 h); the week wraps from Sunday into Monday;
 *   <li>weekly rest: the repeating week holds a run of at least 70 free half-hours (24 h plus 11 h).
 * </ul>
 *
 * <p>A portfolio is a weekly pattern, so only these week checks apply; the calendar checks across agreements with
 * different dates stay with {@code WorkingTimeRules.check} when the agreement is made.
 */
public final class WorkingTime {

    public static final int MAX_WEEKLY_HALF_HOURS = 96;
    public static final int DAILY_REST_HALF_HOURS = 22;
    public static final int WEEKLY_REST_HALF_HOURS = 70;

    private WorkingTime() {}

    /** The first rule a week breaks, in the order of {@code WorkingTimeRules.check}; empty when none. */
    public static Optional<PortfolioRules.Rule> firstBreach(long[] week) {
        if (!withinWeeklyHours(week)) {
            return Optional.of(PortfolioRules.Rule.WEEKLY_HOURS);
        }
        if (dailyRestBreach(week) >= 0) {
            return Optional.of(PortfolioRules.Rule.DAILY_REST);
        }
        if (!hasWeeklyRest(week)) {
            return Optional.of(PortfolioRules.Rule.WEEKLY_REST);
        }
        return Optional.empty();
    }

    public static boolean withinWeeklyHours(long[] week) {
        return Slots.count(week) <= MAX_WEEKLY_HALF_HOURS;
    }

    public static boolean hasWeeklyRest(long[] week) {
        return longestRest(week) >= WEEKLY_REST_HALF_HOURS;
    }

    /** The first slot at which work begins and the next 24 hours lack 11 hours' rest, or -1. */
    public static int dailyRestBreach(long[] week) {
        int count = Slots.count(week);
        if (count == 0) {
            return -1;
        }
        if (count == Slots.SLOTS) {
            return 0;
        }
        for (int slot = 0; slot < Slots.SLOTS; slot++) {
            if (Week.contains(week, slot) && !Week.contains(week, Math.floorMod(slot - 1, Slots.SLOTS))) {
                int run = 0;
                int longest = 0;
                for (int i = slot; i < slot + Slots.PER_DAY; i++) {
                    run = Week.contains(week, i % Slots.SLOTS) ? 0 : run + 1;
                    longest = Math.max(longest, run);
                }
                if (longest < DAILY_REST_HALF_HOURS) {
                    return slot;
                }
            }
        }
        return -1;
    }

    /** The longest run of free half-hours in the repeating week; 336 for an empty week. */
    public static int longestRest(long[] week) {
        int first = -1;
        for (int slot = 0; slot < Slots.SLOTS && first < 0; slot++) {
            if (Week.contains(week, slot)) {
                first = slot;
            }
        }
        if (first < 0) {
            return Slots.SLOTS;
        }
        int run = 0;
        int longest = 0;
        for (int i = 1; i <= Slots.SLOTS; i++) {
            run = Week.contains(week, (first + i) % Slots.SLOTS) ? 0 : run + 1;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
