package dk.jobandel.matching.engine.pool;

/**
 * A person who may take pool work: a pool employee or a freelancer who wants pool work. Arrays are copied in and
 * out.
 *
 * @param id the person's account id
 * @param atLeast1 skills held at level 1 or more, one bit per dense skill id
 * @param atLeast2 skills held at level 2 or more (a subset of {@code atLeast1})
 * @param atLeast3 skills held at level 3 (a subset of {@code atLeast2}); the three have the same length
 * @param available the free half-hours of the week (six words), already without existing bookings
 * @param desiredMinHalfHours the fewest half-hours a week the person wants (the plan prefers reaching it)
 * @param desiredMaxHalfHours the most half-hours a week the person wants (a hard limit)
 * @param lat latitude of home, degrees
 * @param lon longitude of home, degrees
 * @param travelKm how far from home the person will travel to a workplace
 * @param remoteOk takes remote needs (worked from home)
 */
public record PoolWorker(
        long id,
        long[] atLeast1,
        long[] atLeast2,
        long[] atLeast3,
        long[] available,
        int desiredMinHalfHours,
        int desiredMaxHalfHours,
        double lat,
        double lon,
        int travelKm,
        boolean remoteOk) {

    /** Checks and copies. */
    public PoolWorker {
        if (atLeast1.length != atLeast2.length || atLeast1.length != atLeast3.length) {
            throw new IllegalArgumentException("Skill bitsets of worker " + id + " differ in length");
        }
        for (int i = 0; i < atLeast1.length; i++) {
            if ((atLeast2[i] & ~atLeast1[i]) != 0 || (atLeast3[i] & ~atLeast2[i]) != 0) {
                throw new IllegalArgumentException("Skill levels of worker " + id + " are not nested");
            }
        }
        if (desiredMinHalfHours < 0 || desiredMaxHalfHours < desiredMinHalfHours) {
            throw new IllegalArgumentException("Desired hours of worker " + id + " are not a range");
        }
        if (travelKm < 0) {
            throw new IllegalArgumentException("Travel distance of worker " + id + " is negative");
        }
        atLeast1 = atLeast1.clone();
        atLeast2 = atLeast2.clone();
        atLeast3 = atLeast3.clone();
        available = Week.checked(available, "Availability of worker " + id);
    }

    /** A worker with no skills, for tests and simple callers. */
    public static PoolWorker unskilled(
            long id, long[] available, int minHalfHours, int maxHalfHours, double lat, double lon, int travelKm) {
        return new PoolWorker(
                id,
                new long[0],
                new long[0],
                new long[0],
                available,
                minHalfHours,
                maxHalfHours,
                lat,
                lon,
                travelKm,
                true);
    }

    /** The level (0–3) at which the skill is held. */
    public int level(int skill) {
        return (PoolNeed.has(atLeast1, skill) ? 1 : 0)
                + (PoolNeed.has(atLeast2, skill) ? 1 : 0)
                + (PoolNeed.has(atLeast3, skill) ? 1 : 0);
    }

    long[] availableWords() {
        return available;
    }

    @Override
    public long[] atLeast1() {
        return atLeast1.clone();
    }

    @Override
    public long[] atLeast2() {
        return atLeast2.clone();
    }

    @Override
    public long[] atLeast3() {
        return atLeast3.clone();
    }

    @Override
    public long[] available() {
        return available.clone();
    }
}
