package dk.jobandel.matching.core;

/**
 * What a pool need in a portfolio stands for: its weekly window is the time reserved for the worker, and its hours a
 * week, at most the window's, are what the member pays for.
 */
public final class PortfolioParts {

    private PortfolioParts() {}

    /** The half-hours a week worked on a need of {@code hoursPerWeek} in a window of {@code windowHalfHours}. */
    public static int workedHalfHours(double hoursPerWeek, int windowHalfHours) {
        return Math.min((int) Math.round(hoursPerWeek * 2), windowHalfHours);
    }
}
