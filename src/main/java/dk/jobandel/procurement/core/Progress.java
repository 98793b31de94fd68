package dk.jobandel.procurement.core;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Committed against actual for one clause on one day.
 *
 * @param committed what the supplier committed to, or {@code null} before it has
 * @param expectedByNow the share of the commitment owed by the last reported or due period (hours), or the whole
 *     commitment (levels)
 * @param actual the sum of the reports (hours) or the latest report (levels); zero before any report
 * @param shortfall a report exists and the actual is below what is expected by now
 * @param periods every period of the contract with its status
 */
public record Progress(
        @Nullable BigDecimal committed,
        BigDecimal expectedByNow,
        BigDecimal actual,
        boolean shortfall,
        List<PeriodWithStatus> periods) {

    public Progress {
        periods = List.copyOf(periods);
    }

    public record PeriodWithStatus(
            Period period, PeriodStatus status, @Nullable BigDecimal actual) {}

    public long overdue() {
        return periods.stream().filter(p -> p.status() == PeriodStatus.OVERDUE).count();
    }

    /** Actual as a share of the commitment, in per cent (0 when nothing is committed). */
    public int percentOfCommitment() {
        if (committed == null || committed.signum() == 0) {
            return 0;
        }
        return actual.multiply(BigDecimal.valueOf(100))
                .divide(committed, 0, java.math.RoundingMode.HALF_UP)
                .intValue();
    }
}
