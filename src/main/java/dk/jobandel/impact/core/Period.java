package dk.jobandel.impact.core;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A period of whole months, {@code from} to {@code to} inclusive. Whole months only, so that two periods can never
 * differ by a few days' starters.
 */
public record Period(YearMonth from, YearMonth to) {

    public Period {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it begins");
        }
    }

    public LocalDate firstDay() {
        return from.atDay(1);
    }

    public LocalDate lastDay() {
        return to.atEndOfMonth();
    }

    /** The last day counted on {@code asOf}: the period's last day, or {@code asOf} if that comes first. */
    public LocalDate countedUntil(LocalDate asOf) {
        return lastDay().isAfter(asOf) ? asOf : lastDay();
    }

    /** Whether {@code day} lies in the period and not after {@code asOf}. */
    public boolean contains(LocalDate day, LocalDate asOf) {
        return !day.isBefore(firstDay()) && !day.isAfter(countedUntil(asOf));
    }
}
