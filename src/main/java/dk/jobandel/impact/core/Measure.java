package dk.jobandel.impact.core;

/** A column of a breakdown. */
public enum Measure {
    /** People who started an agreement in the period. */
    PEOPLE(true),
    /** Of them, people moved into secure work. */
    SECURE(true),
    /** Of them, people still in secure work 6 months after it began. */
    STILL_AT_6_MONTHS(true),
    /** Of them, people with an agreement that ended before it had lasted 3 months. */
    ENDED_EARLY(true),
    /** Half-hours a week of employment they started: stored in half-hours, shown in hours. */
    HALF_HOURS_A_WEEK(false);

    private final boolean countsPeople;

    Measure(boolean countsPeople) {
        this.countsPeople = countsPeople;
    }

    /** Whether the column counts people (suppressed below 5 on its own) or is an amount for the row's people. */
    public boolean countsPeople() {
        return countsPeople;
    }
}
