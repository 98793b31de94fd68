package dk.jobandel.pools.core;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The hours the pool's running needs ask for in one week, and how many of them are covered. */
public record Coverage(LocalDate monday, double neededHours, double coveredHours) {

    /** Covered share in whole percent (0 when nothing is needed). */
    public int percent() {
        return neededHours <= 0 ? 0 : (int) Math.round(100 * coveredHours / neededHours);
    }

    /** The Monday of the week of this day. */
    public static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The arithmetic of coverage: a need is covered at most for the hours it asks for, and never below none. */
    public static Coverage of(LocalDate monday, Map<Long, Double> needed, Map<Long, Double> booked) {
        double total = 0;
        double covered = 0;
        for (var need : needed.entrySet()) {
            total += need.getValue();
            covered += Math.min(need.getValue(), Math.max(0, booked.getOrDefault(need.getKey(), 0.0)));
        }
        return new Coverage(monday, total, covered);
    }

    /** Without bookings to ask, a filled need counts as covered in full. */
    public static Map<Long, Double> filledInFull(Map<Long, Double> needed, Collection<Long> filled) {
        Map<Long, Double> booked = new HashMap<>();
        filled.forEach(id -> booked.put(id, needed.get(id)));
        return booked;
    }
}
