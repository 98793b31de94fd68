package dk.jobandel.procurement.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BookedEvidenceUnitTest {

    static final LocalDate START = LocalDate.of(2027, 1, 1);

    @Test
    void bookedHoursFillThePeriodsThatHaveBegunAndReplaceTypedFigures() {
        var periods = FollowUp.periods(START, START.plusYears(1).minusDays(1), 3);
        var days = List.of(
                new BookedEvidence.Day(LocalDate.of(2027, 1, 4), new BigDecimal("7.5")),
                new BookedEvidence.Day(LocalDate.of(2027, 3, 31), new BigDecimal("4")),
                new BookedEvidence.Day(LocalDate.of(2027, 4, 1), new BigDecimal("6")),
                new BookedEvidence.Day(LocalDate.of(2027, 4, 20), new BigDecimal("6")));
        var booked = BookedEvidence.perPeriod(periods, days, LocalDate.of(2027, 4, 10));
        assertThat(booked)
                .containsExactly(
                        new Report(START, new BigDecimal("11.5")),
                        new Report(LocalDate.of(2027, 4, 1), new BigDecimal("6")));

        var typed = List.of(
                new Report(START, new BigDecimal("200")), new Report(LocalDate.of(2026, 10, 1), BigDecimal.ONE));
        assertThat(BookedEvidence.merge(typed, booked))
                .containsExactly(
                        new Report(LocalDate.of(2026, 10, 1), BigDecimal.ONE),
                        new Report(START, new BigDecimal("11.5")),
                        new Report(LocalDate.of(2027, 4, 1), new BigDecimal("6")));

        // commitments against actuals with the booked figures: 2,000 h a year owes 500 h by the first quarter's end
        var progress = FollowUp.progress(
                TargetUnit.HOURS,
                new BigDecimal("2000"),
                START,
                START.plusYears(1).minusDays(1),
                3,
                BookedEvidence.merge(List.of(), booked),
                LocalDate.of(2027, 4, 10));
        assertThat(progress.actual()).isEqualByComparingTo("17.5");
        assertThat(progress.shortfall()).isTrue();
    }
}
