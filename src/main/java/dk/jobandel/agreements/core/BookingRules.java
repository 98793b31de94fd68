package dk.jobandel.agreements.core;

import dk.jobandel.shared.WeekGrid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How an agreement books its people's time: each booking is one run of consecutive half-hours of the week for the
 * agreement's dates; people are locked in one order (so that two agreements made at once never wait for each other);
 * and the working-time check reads their other agreements in a window around the new dates.
 */
public final class BookingRules {

    private BookingRules() {}

    /**
     * The runs of consecutive half-hours of a week as {@code [from, to)} slot pairs, in order. Unlike
     * {@link WeekGrid#ranges()} a run goes on past midnight: a night shift is one booking.
     */
    public static List<int[]> runs(WeekGrid week) {
        List<int[]> runs = new ArrayList<>();
        int slot = 0;
        while (slot < WeekGrid.SLOTS) {
            if (!week.contains(slot)) {
                slot++;
                continue;
            }
            int from = slot;
            while (slot < WeekGrid.SLOTS && week.contains(slot)) {
                slot++;
            }
            runs.add(new int[] {from, slot});
        }
        return runs;
    }

    /** The order in which the people of an agreement are locked: by account id, the same for every transaction. */
    public static long[] lockOrder(Collection<Long> freelancerIds) {
        return freelancerIds.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    /**
     * The dates in which other agreements count for the working-time check, as {@code [from, until)}: give or take a
     * day around the new dates (for the night between). {@code until} is {@code null} for an open end.
     */
    public record Window(LocalDate from, @Nullable LocalDate until) {}

    public static Window window(LocalDate startDate, @Nullable LocalDate endDate) {
        return new Window(startDate.minusDays(1), endDate == null ? null : endDate.plusDays(2));
    }
}
