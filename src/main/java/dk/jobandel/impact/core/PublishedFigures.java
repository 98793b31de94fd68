package dk.jobandel.impact.core;

/**
 * The period's figures after disclosure control. Counts of people are hidden below 5 and rounded to the nearest 5;
 * amounts (hours, kroner, days) are hidden unless they describe at least 5 people, and rounded.
 *
 * @param hoursMovedPerWeek hours a week, to the nearest 10
 * @param pensionKr kroner, to the nearest 1,000
 * @param holidayPayKr kroner, to the nearest 1,000
 * @param holidayDays days, to the nearest 10
 * @param akasseHours hours, to the nearest 100
 * @param medianDaysToFirstAgreement whole days
 */
public record PublishedFigures(
        Shown peopleMatched,
        Shown agreementsMade,
        Shown peopleStarted,
        Shown peopleSecure,
        Shown peopleAwaiting,
        Shown eligibleAt6Months,
        Shown stillAt6Months,
        Shown eligibleAt12Months,
        Shown stillAt12Months,
        Shown agreementsEndedEarly,
        Shown peopleEndedEarly,
        Shown hoursMovedPerWeek,
        Shown pensionKr,
        Shown holidayPayKr,
        Shown holidayDays,
        Shown akasseHours,
        Shown inclusiveJobs,
        Shown firstAgreements,
        Shown medianDaysToFirstAgreement) {}
