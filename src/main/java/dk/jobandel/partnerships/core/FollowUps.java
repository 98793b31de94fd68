package dk.jobandel.partnerships.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A partnership's follow-ups: every quarter of its first year (3, 6, 9 and 12 months after the start). */
public final class FollowUps {

    private FollowUps() {}

    /** The due dates, leaving out those after the partnership's end. */
    public static List<LocalDate> dueDates(LocalDate start, @Nullable LocalDate end) {
        List<LocalDate> dates = new ArrayList<>(4);
        for (int quarter = 1; quarter <= 4; quarter++) {
            LocalDate due = start.plusMonths(3L * quarter);
            if (end == null || !due.isAfter(end)) {
                dates.add(due);
            }
        }
        return dates;
    }
}
