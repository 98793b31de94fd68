package dk.jobandel.partnerships.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DanishHolidaysTest {

    @ParameterizedTest
    @CsvSource({
        "2019, 2019-04-21",
        "2020, 2020-04-12",
        "2021, 2021-04-04",
        "2022, 2022-04-17",
        "2023, 2023-04-09",
        "2024, 2024-03-31",
        "2025, 2025-04-20",
        "2026, 2026-04-05",
        "2027, 2027-03-28",
        "2028, 2028-04-16",
        "2038, 2038-04-25"
    })
    void easterSundayMatchesTheAlmanac(int year, LocalDate easter) {
        assertThat(DanishHolidays.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void holidaysOf2026() {
        assertThat(DanishHolidays.of(2026))
                .containsExactlyInAnyOrder(
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 4, 2), // skærtorsdag
                        LocalDate.of(2026, 4, 3), // langfredag
                        LocalDate.of(2026, 4, 5), // påskedag
                        LocalDate.of(2026, 4, 6), // 2. påskedag
                        LocalDate.of(2026, 5, 14), // Kristi himmelfartsdag
                        LocalDate.of(2026, 5, 24), // pinsedag
                        LocalDate.of(2026, 5, 25), // 2. pinsedag
                        LocalDate.of(2026, 12, 25),
                        LocalDate.of(2026, 12, 26));
    }

    @Test
    void holidaysOf2025() {
        assertThat(DanishHolidays.of(2025))
                .contains(
                        LocalDate.of(2025, 4, 17),
                        LocalDate.of(2025, 4, 18),
                        LocalDate.of(2025, 4, 21),
                        LocalDate.of(2025, 5, 29),
                        LocalDate.of(2025, 6, 9))
                .hasSize(10);
    }

    @Test
    void greatPrayerDayCountsUntil2023Only() {
        assertThat(DanishHolidays.isHoliday(LocalDate.of(2023, 5, 5))).isTrue();
        assertThat(DanishHolidays.isHoliday(LocalDate.of(2022, 5, 13))).isTrue();
        assertThat(DanishHolidays.of(2023)).hasSize(11);
        assertThat(DanishHolidays.isHoliday(LocalDate.of(2024, 4, 26))).isFalse();
        assertThat(DanishHolidays.of(2024)).hasSize(10);
    }

    @Test
    void constitutionDayAndChristmasEveAreNotPublicHolidays() {
        assertThat(DanishHolidays.isHoliday(LocalDate.of(2026, 6, 5))).isFalse();
        assertThat(DanishHolidays.isHoliday(LocalDate.of(2026, 12, 24))).isFalse();
        assertThat(DanishHolidays.isHoliday(LocalDate.of(2026, 12, 31))).isFalse();
    }

    @Test
    void intakeFlagSkipsEasterHolidays() {
        // Requested Wednesday 1 April 2026: Thursday 2, Friday 3 and Monday 6 April are holidays,
        // so the fifth working day is Monday 13 April, not Wednesday 8 April.
        LocalDate requested = LocalDate.of(2026, 4, 1);
        var holidays = DanishHolidays.between(requested, LocalDate.of(2026, 4, 30));
        assertThat(Intake.flagged(requested, LocalDate.of(2026, 4, 8), holidays))
                .isFalse();
        assertThat(Intake.flagged(requested, LocalDate.of(2026, 4, 10), holidays))
                .isFalse();
        assertThat(Intake.flagged(requested, LocalDate.of(2026, 4, 13), holidays))
                .isTrue();
        assertThat(Intake.flagged(requested, LocalDate.of(2026, 4, 8), java.util.Set.of()))
                .isTrue();
    }

    @Test
    void intakeFlagOverNewYearCountsBothYears() {
        // Requested Tuesday 22 December 2026: 25 Dec (Fri) and 1 Jan (Fri) are holidays; 26 Dec is a Saturday.
        LocalDate requested = LocalDate.of(2026, 12, 22);
        var holidays = DanishHolidays.between(requested, LocalDate.of(2027, 1, 10));
        // working days: 23, 24, 28, 29, 30 Dec → the fifth is 30 December
        assertThat(Intake.workingDaysSince(requested, LocalDate.of(2026, 12, 30), holidays))
                .isEqualTo(5);
        assertThat(Intake.flagged(requested, LocalDate.of(2026, 12, 29), holidays))
                .isFalse();
    }
}
