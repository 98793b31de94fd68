package dk.jobandel.advisor.core;

import java.math.BigDecimal;

/**
 * One person of an offer, as the offer's module knows them.
 *
 * @param name how the person is named on the page
 * @param hoursPerWeek the person's hours a week under this offer
 * @param sameGroupHours the person's other hours a week with employers in the same group (koncern), counted together
 *     for the contract statement
 * @param workingTime the first working-time rule the offer breaks across all of the person's agreements, as the
 *     agreements module's {@code WorkingTimeRules} found it
 */
public record Person(String name, BigDecimal hoursPerWeek, BigDecimal sameGroupHours, WorkingTime workingTime) {

    /** The outcome of the existing working-time rules for this person. */
    public enum WorkingTime {
        WITHIN,
        WEEKLY_HOURS,
        DAILY_REST,
        WEEKLY_REST
    }
}
