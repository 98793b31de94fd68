package dk.jobandel.procurement.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The follow-up arithmetic. A contract's period is cut into reporting periods of the clause's frequency (1, 3, 6 or
 * 12 months) from its start; the last one ends with the contract. A period's report is due within
 * {@value #DAYS_TO_REPORT} days of its end, and overdue after that. "Today" is a parameter.
 *
 * <p>Hours add up: by a given day the supplier owes the commitment times the share of periods that have ended. The
 * other units are levels (people employed, trainees, a share of the value): the latest report must reach the whole
 * commitment. A shortfall is flagged only once there is a report to compare.
 */
public final class FollowUp {

    /** Days after a period's end to report it. */
    public static final int DAYS_TO_REPORT = 30;

    private FollowUp() {}

    public static List<Period> periods(LocalDate startsOn, LocalDate endsOn, int everyMonths) {
        if (everyMonths < 1) {
            throw new IllegalArgumentException("everyMonths must be positive");
        }
        List<Period> periods = new ArrayList<>();
        LocalDate start = startsOn;
        while (!start.isAfter(endsOn)) {
            LocalDate next = start.plusMonths(everyMonths);
            LocalDate end = next.isAfter(endsOn) ? endsOn : next.minusDays(1);
            periods.add(new Period(start, end, end.plusDays(DAYS_TO_REPORT)));
            start = next;
        }
        return periods;
    }

    public static Progress progress(
            TargetUnit unit,
            @Nullable BigDecimal committed,
            LocalDate startsOn,
            LocalDate endsOn,
            int everyMonths,
            List<Report> reports,
            LocalDate today) {
        Map<LocalDate, BigDecimal> byStart = new HashMap<>();
        for (Report r : reports) {
            byStart.put(r.periodStart(), r.actual());
        }
        List<Period> periods = periods(startsOn, endsOn, everyMonths);
        List<Progress.PeriodWithStatus> statuses = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        @Nullable BigDecimal latest = null;
        int ended = 0;
        for (Period p : periods) {
            BigDecimal actual = byStart.get(p.start());
            PeriodStatus status;
            if (actual != null) {
                status = PeriodStatus.REPORTED;
                sum = sum.add(actual);
                latest = actual;
            } else if (!today.isAfter(p.end())) {
                status = PeriodStatus.NOT_YET_DUE;
            } else if (!today.isAfter(p.dueBy())) {
                status = PeriodStatus.DUE;
            } else {
                status = PeriodStatus.OVERDUE;
            }
            if (status != PeriodStatus.NOT_YET_DUE) {
                ended++;
            }
            statuses.add(new Progress.PeriodWithStatus(p, status, actual));
        }
        BigDecimal actual = unit.cumulative() ? sum : (latest == null ? BigDecimal.ZERO : latest);
        BigDecimal expected = BigDecimal.ZERO;
        if (committed != null) {
            expected = unit.cumulative()
                    ? committed
                            .multiply(BigDecimal.valueOf(ended))
                            .divide(BigDecimal.valueOf(periods.size()), 2, RoundingMode.HALF_UP)
                    : committed;
        }
        boolean shortfall = committed != null && !reports.isEmpty() && actual.compareTo(expected) < 0;
        return new Progress(committed, expected, actual, shortfall, statuses);
    }
}
