package dk.jobandel.agreements.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The days of a month an agreement ran. */
class MonthUsageUnitTest {

    private static final YearMonth FEBRUARY = YearMonth.of(2027, 2);

    @Test
    void anAgreementRunningAllMonthCountsEveryDay() {
        assertThat(MonthUsage.days(FEBRUARY, LocalDate.of(2027, 1, 1), null)).isEqualTo(28);
    }

    @Test
    void anAgreementStartingOrEndingInTheMonthCountsTheDaysItRan() {
        assertThat(MonthUsage.days(FEBRUARY, LocalDate.of(2027, 2, 15), null)).isEqualTo(14);
        assertThat(MonthUsage.days(FEBRUARY, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 10)))
                .isEqualTo(10);
        assertThat(MonthUsage.days(FEBRUARY, LocalDate.of(2027, 2, 3), LocalDate.of(2027, 2, 3)))
                .isEqualTo(1);
    }
}
