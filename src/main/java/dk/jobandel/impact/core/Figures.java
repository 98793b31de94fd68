package dk.jobandel.impact.core;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The exact figures for a period, before disclosure control ({@link Disclosure#protect(Figures)}); never shown as
 * they are.
 *
 * @param peopleMatched people offered work after a consultant approved a proposal with them in it
 * @param matchesKnown {@code false} when the figures are filtered by place, which matches do not always say
 * @param agreementsMade agreements that started in the period (one per agreement, however many people share it)
 * @param peopleStarted people with an agreement that started in the period
 * @param peopleSecure of them, people moved into secure work by the definition
 * @param peopleAwaiting of them, people in employment of at least 8 hours a week that has not lasted 3 months yet
 * @param eligibleAt6Months secure people whose secure work began at least 6 months ago
 * @param stillAt6Months of those, people in employment of at least 8 hours a week 6 months after it began
 * @param agreementsEndedEarly agreements that started in the period and ended before they had lasted 3 months
 * @param halfHoursMovedPerWeek half-hours a week of employment that started in the period
 * @param rightsBasis people whose employment in the period earned the rights below
 * @param pensionKr employer pension contributions earned in the period
 * @param holidayPayKr holiday pay (12.5 %) earned by the hourly paid in the period
 * @param holidayDays paid days off earned by the salaried in the period (2.08 a month)
 * @param akasseHours hours of wage work in the period, which count for the a-kasse as wage work
 * @param inclusiveJobs inclusive jobs (partnerships, procurement clauses) that started in the period
 * @param firstAgreements people whose first agreement ever started in the period
 * @param medianDaysToFirstAgreement the median days from sign-up to that first agreement, {@code null} without any
 */
public record Figures(
        long peopleMatched,
        boolean matchesKnown,
        long agreementsMade,
        long peopleStarted,
        long peopleSecure,
        long peopleAwaiting,
        long eligibleAt6Months,
        long stillAt6Months,
        long eligibleAt12Months,
        long stillAt12Months,
        long agreementsEndedEarly,
        long peopleEndedEarly,
        long halfHoursMovedPerWeek,
        long rightsBasis,
        BigDecimal pensionKr,
        BigDecimal holidayPayKr,
        BigDecimal holidayDays,
        BigDecimal akasseHours,
        long inclusiveJobs,
        long firstAgreements,
        @Nullable Long medianDaysToFirstAgreement) {}
