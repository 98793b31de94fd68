package dk.jobandel.matching.engine.pool;

import dk.jobandel.matching.engine.Slots;

/**
 * One member's weekly need in a pool, taken whole: its schedule is the work, so a worker takes all of its half-hours
 * or none. Arrays are copied in and out (record equality on arrays is by identity: compare ids instead).
 *
 * <p>Required skills come as per-level bitsets over the dense skill index, as in {@code RoleSnapshot}: a skill in
 * {@code skills2} needs level 2 or more; a skill set at several levels needs the highest.
 *
 * @param id the need's id
 * @param memberId the member organisation that posted it
 * @param schedule the half-hours of the week to be worked (six words, Monday 00:00 is bit 0), not empty
 * @param skills1 skills needed at level 1 or more
 * @param skills2 skills needed at level 2 or more
 * @param skills3 skills needed at level 3
 * @param remote done from the worker's home; {@code lat}/{@code lon} are then ignored
 * @param lat latitude of the workplace, degrees
 * @param lon longitude of the workplace, degrees
 */
public record PoolNeed(
        long id,
        long memberId,
        long[] schedule,
        long[] skills1,
        long[] skills2,
        long[] skills3,
        boolean remote,
        double lat,
        double lon) {

    /** Checks and copies. */
    public PoolNeed {
        schedule = Week.checked(schedule, "Schedule of need " + id);
        if (Slots.count(schedule) == 0) {
            throw new IllegalArgumentException("Need " + id + " has no half-hours");
        }
        skills1 = skills1.clone();
        skills2 = skills2.clone();
        skills3 = skills3.clone();
    }

    /** An on-site need with no skills required, for tests and simple callers. */
    public static PoolNeed onSite(long id, long memberId, long[] schedule, double lat, double lon) {
        return new PoolNeed(id, memberId, schedule, new long[0], new long[0], new long[0], false, lat, lon);
    }

    /** A remote need with no skills required. */
    public static PoolNeed remote(long id, long memberId, long[] schedule) {
        return new PoolNeed(id, memberId, schedule, new long[0], new long[0], new long[0], true, 0, 0);
    }

    /** The half-hours a week the need takes. */
    public int halfHours() {
        return Slots.count(schedule);
    }

    /** The level (0–3) at which the skill is required. */
    public int requiredLevel(int skill) {
        return has(skills3, skill) ? 3 : has(skills2, skill) ? 2 : has(skills1, skill) ? 1 : 0;
    }

    static boolean has(long[] bits, int skill) {
        return skill >>> 6 < bits.length && (bits[skill >>> 6] & (1L << skill)) != 0;
    }

    long[] scheduleWords() {
        return schedule;
    }

    @Override
    public long[] schedule() {
        return schedule.clone();
    }

    @Override
    public long[] skills1() {
        return skills1.clone();
    }

    @Override
    public long[] skills2() {
        return skills2.clone();
    }

    @Override
    public long[] skills3() {
        return skills3.clone();
    }
}
