package dk.jobandel.agreements.core;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/** The days of a month an agreement ran: from its start or the 1st, to its end or the month's last day. */
public final class MonthUsage {

    private MonthUsage() {}

    public static int days(YearMonth month, LocalDate start, @Nullable LocalDate end) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        LocalDate from = start.isAfter(first) ? start : first;
        LocalDate until = end == null || end.isAfter(last) ? last : end;
        return (int) ChronoUnit.DAYS.between(from, until) + 1;
    }
}
