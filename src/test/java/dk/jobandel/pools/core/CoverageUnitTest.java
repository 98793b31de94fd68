package dk.jobandel.pools.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The arithmetic of covered hours, without Spring or a database. */
class CoverageUnitTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);

    @Test
    void theWeekStartsOnItsMonday() {
        assertThat(Coverage.mondayOf(LocalDate.of(2027, 3, 7))).isEqualTo(MONDAY);
        assertThat(Coverage.mondayOf(MONDAY)).isEqualTo(MONDAY);
    }

    @Test
    void aNeedIsCoveredAtMostForTheHoursItAsksForAndNeverBelowNone() {
        Coverage coverage =
                Coverage.of(MONDAY, Map.of(1L, 10.0, 2L, 6.0, 3L, 4.0), Map.of(1L, 12.0, 2L, 3.0, 3L, -2.0));

        assertThat(coverage.neededHours()).isEqualTo(20.0);
        assertThat(coverage.coveredHours()).isEqualTo(13.0);
        assertThat(coverage.percent()).isEqualTo(65);
    }

    @Test
    void bookingsOnOtherNeedsDoNotCount() {
        Coverage coverage = Coverage.of(MONDAY, Map.of(1L, 8.0), Map.of(2L, 8.0));

        assertThat(coverage.coveredHours()).isZero();
        assertThat(coverage.percent()).isZero();
    }

    @Test
    void nothingNeededIsZeroPercent() {
        assertThat(Coverage.of(MONDAY, Map.of(), Map.of()).percent()).isZero();
    }

    @Test
    void withoutBookingsAFilledNeedCountsInFull() {
        Map<Long, Double> needed = Map.of(1L, 10.0, 2L, 5.0);

        Coverage coverage = Coverage.of(MONDAY, needed, Coverage.filledInFull(needed, List.of(2L)));

        assertThat(coverage.coveredHours()).isEqualTo(5.0);
        assertThat(coverage.percent()).isEqualTo(33);
    }
}
