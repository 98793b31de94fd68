package dk.jobandel.matching.engine.pool;

/**
 * How good a portfolio is for its worker, criterion by criterion. Portfolios compare by {@code halfHours} first (more
 * covered work is better, up to the desired maximum that the rules enforce), then by {@code soft} (higher is better).
 *
 * <p>{@code soft} is minus the sum of these penalties, each chosen so that one criterion does not drown the others
 * at realistic sizes:
 *
 * <ul>
 *   <li>{@value #SHORTFALL_WEIGHT} × the square of the half-hours missing to the desired minimum. Squared so that
 *       across a pool a missing half-hour weighs more for the worker who misses more: the plan spreads shortfall
 *       evenly, which is how it spreads hours fairly;
 *   <li>{@value #TRAVEL_WEIGHT} per half-hour of travel between places on the same day;
 *   <li>{@value #MEMBER_WEIGHT} per member beyond the first (each member is one more party to deal with);
 *   <li>{@value #OVERQUALIFICATION_WEIGHT} per skill level held above what a need requires, so that stronger skills
 *       stay free for the needs that require them.
 * </ul>
 *
 * @param halfHours the half-hours of work a week
 * @param shortfallHalfHours half-hours missing to the desired minimum, 0 when reached
 * @param travelHalfHours half-hours of travel between places on the same day
 * @param members the different member organisations
 * @param overqualification skill levels held above those required, summed over the needs' required skills
 * @param soft minus the weighted penalties above
 */
public record PortfolioScore(
        int halfHours, int shortfallHalfHours, int travelHalfHours, int members, int overqualification, long soft) {

    public static final int SHORTFALL_WEIGHT = 10;
    public static final int TRAVEL_WEIGHT = 20;
    public static final int MEMBER_WEIGHT = 5;
    public static final int OVERQUALIFICATION_WEIGHT = 2;

    /** The score of these criteria. */
    public static PortfolioScore of(
            int halfHours, int desiredMin, int travelHalfHours, int members, int overqualification) {
        int shortfall = Math.max(0, desiredMin - halfHours);
        return new PortfolioScore(
                halfHours,
                shortfall,
                travelHalfHours,
                members,
                overqualification,
                soft(shortfall, travelHalfHours, members, overqualification));
    }

    static long soft(int shortfall, int travel, int members, int overqualification) {
        return -((long) SHORTFALL_WEIGHT * shortfall * shortfall
                + (long) TRAVEL_WEIGHT * travel
                + (long) MEMBER_WEIGHT * Math.max(0, members - 1)
                + (long) OVERQUALIFICATION_WEIGHT * overqualification);
    }

    /** Orders better first: more half-hours, then the higher soft score. */
    public static int compareBetterFirst(PortfolioScore a, PortfolioScore b) {
        int c = Integer.compare(b.halfHours, a.halfHours);
        return c != 0 ? c : Long.compare(b.soft, a.soft);
    }
}
