package dk.jobandel.partnerships.core;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * The intake queue's flag: a request nobody has taken within five working days (Monday to Friday, not counting the
 * day it came in nor the given public holidays, see {@link DanishHolidays}) is flagged.
 */
public final class Intake {

    public static final int DAYS_BEFORE_FLAG = 5;

    private Intake() {}

    /** Working days after {@code requestedOn} up to and including {@code today}. */
    public static int workingDaysSince(LocalDate requestedOn, LocalDate today, Set<LocalDate> holidays) {
        int days = 0;
        for (LocalDate d = requestedOn.plusDays(1); !d.isAfter(today); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY
                    && d.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !holidays.contains(d)) {
                days++;
            }
        }
        return days;
    }

    public static boolean flagged(LocalDate requestedOn, LocalDate today, Set<LocalDate> holidays) {
        return workingDaysSince(requestedOn, today, holidays) >= DAYS_BEFORE_FLAG;
    }
}
