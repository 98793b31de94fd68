package dk.jobandel.matching.engine;

/**
 * The fixed weights of the soft criteria. Each criterion scores 0–1; a score is the weighted sum, 0–100.
 *
 * <p>Single candidates: free for the schedule matters most (35), then hours that suit the person (20) and
 * nice-to-have skills (20), distance (15) and levels above the minimum (10). Teams: coverage is a hard rule, so a
 * fair split leads (35, because lopsided splits are a known source of friction in job shares), then work-style fit
 * (20) and nice-to-have skills across the team (20), distance (15) and levels (10).
 */
public final class Weights {

    public static final double COVERAGE = 35;
    public static final double SKILLS = 20;
    public static final double LEVELS = 10;
    public static final double HOURS = 20;
    public static final double TRAVEL = 15;

    public static final double TEAM_FAIRNESS = 35;
    public static final double TEAM_SKILLS = 20;
    public static final double TEAM_LEVELS = 10;
    public static final double TEAM_WORK_STYLE = 20;
    public static final double TEAM_TRAVEL = 15;

    private Weights() {}

    /** A single candidate's score; the one formula both the hot path and the explanation use. */
    public static double candidate(double coverage, double skills, double levels, double hours, double travel) {
        return COVERAGE * coverage + SKILLS * skills + LEVELS * levels + HOURS * hours + TRAVEL * travel;
    }

    /** A team's score; the one formula both the search and the explanation use. */
    public static double team(double fairness, double skills, double levels, double workStyle, double travel) {
        return TEAM_FAIRNESS * fairness
                + TEAM_SKILLS * skills
                + TEAM_LEVELS * levels
                + TEAM_WORK_STYLE * workStyle
                + TEAM_TRAVEL * travel;
    }

    /**
     * How {@code halfHours} sits in the desired range: 1 inside it, falling in proportion below the minimum
     * ({@code h / min}) and above the maximum ({@code max / h}).
     */
    public static double hoursFit(double halfHours, int desiredMin, int desiredMax) {
        if (halfHours < desiredMin) {
            return halfHours / desiredMin;
        }
        if (halfHours > desiredMax) {
            return desiredMax / halfHours;
        }
        return 1.0;
    }

    /** 1 at the door, falling linearly to 0 at the person's travel distance. */
    public static double travel(double distanceKm, int travelKm) {
        return distanceKm <= 0 ? 1.0 : Math.max(0.0, 1.0 - distanceKm / travelKm);
    }
}
