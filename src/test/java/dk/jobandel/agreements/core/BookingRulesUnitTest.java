package dk.jobandel.agreements.core;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.shared.WeekGrid;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How an agreement's time is cut into bookings and which other agreements the checks read. */
class BookingRulesUnitTest {

    @Test
    void eachRunOfConsecutiveHalfHoursIsOneBooking() {
        List<int[]> runs = BookingRules.runs(WeekGrid.parse("man 08:00–10:00, man 12:00–13:00, ons 08:00–08:30"));
        assertThat(runs).containsExactly(new int[] {16, 20}, new int[] {24, 26}, new int[] {112, 113});
    }

    @Test
    void aNightShiftPastMidnightIsOneBooking() {
        List<int[]> runs = BookingRules.runs(WeekGrid.parse("man 22:00–24:00, tir 00:00–06:00"));
        assertThat(runs).containsExactly(new int[] {44, 60});
    }

    @Test
    void anEmptyWeekBooksNothing() {
        assertThat(BookingRules.runs(WeekGrid.EMPTY)).isEmpty();
    }

    @Test
    void peopleAreLockedInTheOrderOfTheirIds() {
        assertThat(BookingRules.lockOrder(List.of(30L, 10L, 20L))).containsExactly(10, 20, 30);
    }

    @Test
    void theWorkingTimeCheckReadsADayBeforeAndTheNightAfterTheDates() {
        LocalDate start = LocalDate.of(2027, 1, 4);
        assertThat(BookingRules.window(start, start.plusDays(6)))
                .isEqualTo(new BookingRules.Window(start.minusDays(1), start.plusDays(8)));
        assertThat(BookingRules.window(start, null)).isEqualTo(new BookingRules.Window(start.minusDays(1), null));
    }
}
