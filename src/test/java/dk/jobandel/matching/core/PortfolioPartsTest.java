package dk.jobandel.matching.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A need in a portfolio is billed for its hours a week, never for more than its window. */
class PortfolioPartsTest {

    @Test
    void theHoursAWeekAreWorkedWhenTheWindowHoldsThem() {
        assertThat(PortfolioParts.workedHalfHours(4, 16)).isEqualTo(8);
        assertThat(PortfolioParts.workedHalfHours(7.5, 20)).isEqualTo(15);
        assertThat(PortfolioParts.workedHalfHours(2.25, 20)).isEqualTo(5); // 4.5 rounds half up
    }

    @Test
    void neverMoreThanTheWindow() {
        assertThat(PortfolioParts.workedHalfHours(10, 16)).isEqualTo(16);
        assertThat(PortfolioParts.workedHalfHours(8, 16)).isEqualTo(16);
    }
}
