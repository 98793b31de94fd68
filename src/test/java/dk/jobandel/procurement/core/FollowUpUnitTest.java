package dk.jobandel.procurement.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpUnitTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 12, 31);

    private static Report report(int month, String actual) {
        return new Report(LocalDate.of(2026, month, 1), new BigDecimal(actual));
    }

    @Test
    void aYearCutIntoQuartersWithThirtyDaysToReportEach() {
        assertThat(FollowUp.periods(START, END, 3))
                .containsExactly(
                        new Period(START, LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30)),
                        new Period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 30)),
                        new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 30)),
                        new Period(LocalDate.of(2026, 10, 1), END, LocalDate.of(2027, 1, 30)));
    }

    @Test
    void theLastPeriodEndsWithTheContract() {
        var periods = FollowUp.periods(START, LocalDate.of(2026, 5, 15), 3);

        assertThat(periods).hasSize(2);
        assertThat(periods.get(1).end()).isEqualTo(LocalDate.of(2026, 5, 15));
    }

    @Test
    void aMissingQuarterIsDueForThirtyDaysThenOverdue() {
        var dueDay = FollowUp.progress(
                TargetUnit.PEOPLE, BigDecimal.TEN, START, END, 3, List.of(), LocalDate.of(2026, 4, 30));
        var dayAfter = FollowUp.progress(
                TargetUnit.PEOPLE, BigDecimal.TEN, START, END, 3, List.of(), LocalDate.of(2026, 5, 1));

        assertThat(dueDay.periods().get(0).status()).isEqualTo(PeriodStatus.DUE);
        assertThat(dueDay.overdue()).isZero();
        assertThat(dayAfter.periods().get(0).status()).isEqualTo(PeriodStatus.OVERDUE);
        assertThat(dayAfter.periods().get(1).status()).isEqualTo(PeriodStatus.NOT_YET_DUE);
        assertThat(dayAfter.overdue()).isEqualTo(1);
        assertThat(dayAfter.shortfall()).as("no report yet: nothing to compare").isFalse();
    }

    @Test
    void hoursAddUpAndAreOwedProRata() {
        // 2,000 hours committed for the year; on 15 August two quarters have ended: 1,000 are owed by now
        var onTrack = FollowUp.progress(
                TargetUnit.HOURS,
                new BigDecimal("2000"),
                START,
                END,
                3,
                List.of(report(1, "480"), report(4, "530")),
                LocalDate.of(2026, 8, 15));
        var behind = FollowUp.progress(
                TargetUnit.HOURS,
                new BigDecimal("2000"),
                START,
                END,
                3,
                List.of(report(1, "480"), report(4, "400")),
                LocalDate.of(2026, 8, 15));

        assertThat(onTrack.actual()).isEqualByComparingTo("1010");
        assertThat(onTrack.expectedByNow()).isEqualByComparingTo("1000");
        assertThat(onTrack.shortfall()).isFalse();
        assertThat(onTrack.percentOfCommitment()).isEqualTo(51);
        assertThat(behind.actual()).isEqualByComparingTo("880");
        assertThat(behind.shortfall()).isTrue();
    }

    @Test
    void peopleAreALevelSoTheLatestQuarterCounts() {
        var progress = FollowUp.progress(
                TargetUnit.PEOPLE,
                new BigDecimal("4"),
                START,
                END,
                3,
                List.of(report(1, "4"), report(4, "3")),
                LocalDate.of(2026, 7, 10));

        assertThat(progress.actual()).isEqualByComparingTo("3");
        assertThat(progress.expectedByNow()).isEqualByComparingTo("4");
        assertThat(progress.shortfall()).isTrue();
        assertThat(progress.percentOfCommitment()).isEqualTo(75);
        assertThat(progress.periods().get(1).status()).isEqualTo(PeriodStatus.REPORTED);
    }

    @Test
    void beforeACommitmentNothingIsExpected() {
        var progress = FollowUp.progress(
                TargetUnit.PEOPLE, null, START, END, 3, List.of(report(1, "2")), LocalDate.of(2026, 5, 1));

        assertThat(progress.expectedByNow()).isZero();
        assertThat(progress.shortfall()).isFalse();
        assertThat(progress.percentOfCommitment()).isZero();
    }
}
