package dk.jobandel.procurement.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hours from bookings as a clause's actuals (issue 16). Where a clause has people who consented to their bookings being
 * read, each period that has begun by {@code today} gets the booked hours of its days instead of a typed figure; the
 * other periods keep what the supplier typed.
 */
public final class BookedEvidence {

    private BookedEvidence() {}

    /** Booked hours on one day (all consented people of a clause together or one person). */
    public record Day(LocalDate day, BigDecimal hours) {}

    /** The booked hours per period that has begun by {@code today}, in the periods' order. */
    public static List<Report> perPeriod(List<Period> periods, List<Day> days, LocalDate today) {
        List<Report> out = new ArrayList<>();
        for (Period p : periods) {
            if (p.start().isAfter(today)) {
                break;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (Day d : days) {
                if (!d.day().isBefore(p.start())
                        && !d.day().isAfter(p.end())
                        && !d.day().isAfter(today)) {
                    sum = sum.add(d.hours());
                }
            }
            out.add(new Report(p.start(), sum));
        }
        return out;
    }

    /** The typed reports with the booked ones in their place where a period has both. */
    public static List<Report> merge(List<Report> typed, List<Report> booked) {
        Map<LocalDate, Report> byStart = new TreeMap<>();
        typed.forEach(r -> byStart.put(r.periodStart(), r));
        booked.forEach(r -> byStart.put(r.periodStart(), r));
        return List.copyOf(byStart.values());
    }
}
