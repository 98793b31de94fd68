package dk.jobandel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class WeekPictureTest {

    @Test
    void showsOnlyTheHoursInUseAndOneHourEitherSide() {
        WeekGrid grid = WeekGrid.range(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 30))
                .union(WeekGrid.range(DayOfWeek.FRIDAY, LocalTime.of(10, 0), LocalTime.of(11, 0)));
        var rows = WeekPicture.of(grid).rows();
        assertThat(rows)
                .extracting(WeekPicture.Row::hour)
                .containsExactly("08:00", "09:00", "10:00", "11:00", "12:00", "13:00");
        assertThat(rows.get(4).cells().getFirst()).isEqualTo("half");
        assertThat(rows.getFirst().cells()).containsOnly("");
    }

    @Test
    void anEmptyWeekStillReadsAsAWorkingDay() {
        assertThat(WeekPicture.of(WeekGrid.EMPTY).rows()).hasSize(8);
    }

    @Test
    void theDaysEdgesAreNotPassed() {
        var rows = WeekPicture.of(WeekGrid.range(DayOfWeek.SUNDAY, LocalTime.of(0, 0), LocalTime.of(1, 0)))
                .rows();
        assertThat(rows).extracting(WeekPicture.Row::hour).containsExactly("00:00", "01:00");
    }
}
