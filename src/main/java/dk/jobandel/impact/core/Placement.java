package dk.jobandel.impact.core;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One person's part in one agreement, pool agreement, partnership job or procurement-clause job: the fact every impact
 * figure is counted from. Sources ({@code ImpactSource}) hand these over; the core never reads a database.
 *
 * @param agreementKey names the agreement across sources (e.g. {@code "A-12"}); a job share has one per person
 * @param organisationId the employer (a pool's host), used for the breakdown by organisation
 * @param organisationIds every organisation with a share in it (the employer and, for a pool, each member with a part):
 *     an organisation's own figures count the placements it has a share in
 * @param municipalityCode where the work is
 * @param start the first working day; a placement that has not started yet is not counted
 * @param lastDay the last working day, {@code null} while it runs until further notice
 * @param halfHoursPerWeek the person's half-hours a week
 * @param pay the pay terms, {@code null} when the source does not know them (then no rights are counted)
 * @param inclusive whether it is an inclusive job for someone who stood outside the labour market
 */
public record Placement(
        String agreementKey,
        long personId,
        Kind kind,
        Contract contract,
        long organisationId,
        String organisationName,
        Set<Long> organisationIds,
        short municipalityCode,
        short regionCode,
        LocalDate start,
        @Nullable LocalDate lastDay,
        int halfHoursPerWeek,
        @Nullable PayTerms pay,
        boolean inclusive) {

    /** The threshold of the salaried-employees act: 8 hours a week, in half-hours. */
    public static final int SECURE_HALF_HOURS = 16;

    /** How long employment must have lasted to count as secure work. */
    public static final int SECURE_MONTHS = 3;

    public Placement {
        organisationIds = Set.copyOf(organisationIds);
        if (lastDay != null && lastDay.isBefore(start)) {
            throw new IllegalArgumentException("last day before start: " + agreementKey);
        }
    }

    /** Whether it has started by {@code day}. */
    public boolean startedBy(LocalDate day) {
        return !start.isAfter(day);
    }

    /** The last day worked as known on {@code asOf}: its last day, or {@code asOf} while it runs. */
    public LocalDate workedUntil(LocalDate asOf) {
        return lastDay == null || lastDay.isAfter(asOf) ? asOf : lastDay;
    }

    /** Employment of at least 8 hours a week: the kind of work that can become secure work. */
    public boolean isSecureKind() {
        return contract == Contract.EMPLOYMENT && halfHoursPerWeek >= SECURE_HALF_HOURS;
    }

    /**
     * Whether, on {@code asOf}, it is secure work by Jobandel's definition: employment, not freelance, of at least 8
     * hours a week, that has lasted at least 3 months (its last day worked is at least the day before the same date 3
     * months after the start: 1 January to 31 March is 3 months).
     */
    public boolean isSecureWork(LocalDate asOf) {
        return isSecureKind() && lasted(asOf, SECURE_MONTHS);
    }

    /** Whether it has been worked for at least {@code months} whole months by {@code asOf}. */
    public boolean lasted(LocalDate asOf, int months) {
        if (start.isAfter(asOf)) {
            return false;
        }
        return !workedUntil(asOf).isBefore(start.plusMonths(months).minusDays(1));
    }

    /** Ended (its last day is before {@code asOf}) before it had lasted 3 months. */
    public boolean endedEarly(LocalDate asOf) {
        return lastDay != null && lastDay.isBefore(asOf) && !lasted(asOf, SECURE_MONTHS);
    }

    /** Whether the person works in it on {@code day}. */
    public boolean covers(LocalDate day) {
        return !start.isAfter(day) && (lastDay == null || !lastDay.isBefore(day));
    }

    public double hoursPerWeek() {
        return halfHoursPerWeek / 2.0;
    }
}
