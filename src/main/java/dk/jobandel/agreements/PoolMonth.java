package dk.jobandel.agreements;

import dk.jobandel.roles.PayKind;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a pool's agreements used in one month, for its cost split: every pool agreement whose dates touch the month,
 * with its worker, copied pay terms and the half-hours each member's parts used in the month.
 *
 * <p>Half-hours used: for each part, its half-hours a week × the days of the month inside the agreement's dates ÷ 7,
 * rounded to the nearest whole half-hour. A part's hours are agreed per week, not per weekday (the worker may place
 * them anywhere in the window), so a week's worth is spread evenly over its seven days; a whole 30-day month of a
 * 4-hour part is 8 × 30 ÷ 7 = 34.29 → 34 half-hours.
 *
 * @param viewerOrganisationId for a member's staff, their organisation: they may see only its shares; {@code null}
 *     for the host's staff, consultants and admins, who see everything
 */
public record PoolMonth(
        long poolId,
        String poolName,
        String hostName,
        BigDecimal feePercent,
        YearMonth month,
        @Nullable Long viewerOrganisationId,
        List<Work> agreements) {

    public PoolMonth {
        agreements = List.copyOf(agreements);
    }

    /** Whether the reader sees every member's shares and the totals. */
    public boolean whole() {
        return viewerOrganisationId == null;
    }

    /**
     * One pool agreement's month.
     *
     * @param hourlyWage the wage agreed per hour, in kroner
     * @param days days of the month inside the agreement's dates
     * @param usage by member name, then organisation id
     */
    public record Work(
            long agreementId,
            long freelancerId,
            String freelancerName,
            BigDecimal hourlyWage,
            BigDecimal pensionPercent,
            PayKind payKind,
            int days,
            List<Usage> usage) {

        public Work {
            usage = List.copyOf(usage);
        }
    }

    /** A member's half-hours used of the worker in the month, over all its parts. */
    public record Usage(long organisationId, String organisationName, int halfHours) {}

    /** The month's half-hours of a part of {@code halfHoursPerWeek} over {@code days} days (see the type's note). */
    public static int halfHoursUsed(int halfHoursPerWeek, int days) {
        // round(h × d / 7) in integers: floor((2hd + 7) / 14); h × d / 7 is never exactly halfway, so no tie rule
        return (2 * halfHoursPerWeek * days + 7) / 14;
    }
}
