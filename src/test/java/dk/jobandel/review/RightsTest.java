package dk.jobandel.review;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.roles.PayKind;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RightsTest {

    @Test
    void hourlyPayCountsWeeksPerMonthPensionAndTwelveAndAHalfPercentHolidayPay() {
        // 15 hours a week at 200 kr.: 15 × 200 × 52 / 12 = 13,000.00 kr. a month
        var rights = Rights.of(30, PayKind.HOURLY, new BigDecimal("200"), new BigDecimal("12"));
        assertThat(rights.hoursPerWeek()).isEqualTo(15.0);
        assertThat(rights.statementOwed()).isTrue();
        assertThat(rights.monthlyPay()).isEqualByComparingTo("13000.00");
        assertThat(rights.pensionPerMonth()).isEqualByComparingTo("1560.00");
        assertThat(rights.hourlyPaid()).isTrue();
        assertThat(rights.holidayPayPerMonth()).isEqualByComparingTo("1625.00");
    }

    @Test
    void aMonthlySalaryIsForThirtySevenHoursAndSalariedStaffGetPaidDaysNotHolidayPay() {
        var rights = Rights.of(37, PayKind.MONTHLY, new BigDecimal("37000"), new BigDecimal("10"));
        assertThat(rights.hoursPerWeek()).isEqualTo(18.5);
        assertThat(rights.monthlyPay()).isEqualByComparingTo("18500.00");
        assertThat(rights.pensionPerMonth()).isEqualByComparingTo("1850.00");
        assertThat(rights.hourlyPaid()).isFalse();
        assertThat(rights.holidayPayPerMonth()).isEqualByComparingTo("0");
    }

    @Test
    void theEmploymentStatementIsOwedAboveThreeHoursAWeekOnly() {
        assertThat(Rights.of(6, PayKind.HOURLY, BigDecimal.TEN, BigDecimal.ZERO).statementOwed())
                .isFalse();
        assertThat(Rights.of(7, PayKind.HOURLY, BigDecimal.TEN, BigDecimal.ZERO).statementOwed())
                .isTrue();
    }
}
