package dk.jobandel.shared;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static java.time.LocalTime.MIDNIGHT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.jobandel.shared.WeekGrid.TimeRange;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WeekGridTest {

    private static final Locale DANISH = Locale.of("da", "DK");

    private static LocalTime at(int hour, int minute) {
        return LocalTime.of(hour, minute);
    }

    private static LocalTime at(int hour) {
        return LocalTime.of(hour, 0);
    }

    /** Monday 08–12 and Wednesday 13–17:30. */
    private static final WeekGrid TWO_MORNINGS =
            WeekGrid.range(MONDAY, at(8), at(12)).union(WeekGrid.range(WEDNESDAY, at(13), at(17, 30)));

    @Nested
    class Slots {

        @Test
        void mondayMidnightIsSlotZeroAndSundayHalfPastElevenTheLast() {
            assertThat(WeekGrid.range(MONDAY, MIDNIGHT, at(0, 30)).slots()).containsExactly(0);
            assertThat(WeekGrid.range(SUNDAY, at(23, 30), MIDNIGHT).slots()).containsExactly(335);
            assertThat(WeekGrid.range(TUESDAY, at(8), at(9)).slots()).containsExactly(64, 65);
        }

        @Test
        void slotIsBitOfItsWord() {
            WeekGrid grid = WeekGrid.ofSlots(0, 63, 64, 335);

            assertThat(grid.word(0)).isEqualTo(1L | 1L << 63);
            assertThat(grid.word(1)).isEqualTo(1L);
            assertThat(grid.word(5)).isEqualTo(1L << 15);
            assertThat(grid.contains(63)).isTrue();
            assertThat(grid.contains(62)).isFalse();
        }

        @Test
        void weekdaysEightToFourAreFortyHours() {
            WeekGrid weekdays = WeekGrid.daily(EnumSet.range(MONDAY, FRIDAY), at(8), at(16));

            assertThat(weekdays.slotCount()).isEqualTo(5 * 16);
            assertThat(weekdays.hours()).isEqualTo(40.0);
            assertThat(weekdays.minutes()).isEqualTo(40 * 60);
            assertThat(weekdays.slotCount(WEDNESDAY)).isEqualTo(16);
            assertThat(weekdays.slotCount(SATURDAY)).isZero();
            assertThat(weekdays.day(FRIDAY)).isEqualTo(WeekGrid.range(FRIDAY, at(8), at(16)));
            assertThat(weekdays.format(DANISH))
                    .isEqualTo("man 08:00–16:00, tir 08:00–16:00, ons 08:00–16:00, tor 08:00–16:00, fre 08:00–16:00");
        }

        @Test
        void emptyAndFull() {
            assertThat(WeekGrid.EMPTY.isEmpty()).isTrue();
            assertThat(WeekGrid.EMPTY.slotCount()).isZero();
            assertThat(WeekGrid.FULL.isFull()).isTrue();
            assertThat(WeekGrid.FULL.slotCount()).isEqualTo(336);
            assertThat(WeekGrid.FULL.complement()).isEqualTo(WeekGrid.EMPTY);
            assertThat(WeekGrid.daily(EnumSet.allOf(DayOfWeek.class), MIDNIGHT, MIDNIGHT))
                    .isEqualTo(WeekGrid.FULL);
        }

        @Test
        void setOperations() {
            WeekGrid morning = WeekGrid.range(MONDAY, at(8), at(12));
            WeekGrid lunch = WeekGrid.range(MONDAY, at(11), at(13));

            assertThat(morning.intersection(lunch)).isEqualTo(WeekGrid.range(MONDAY, at(11), at(12)));
            assertThat(morning.minus(lunch)).isEqualTo(WeekGrid.range(MONDAY, at(8), at(11)));
            assertThat(morning.union(lunch)).isEqualTo(WeekGrid.range(MONDAY, at(8), at(13)));
            assertThat(morning.overlaps(lunch)).isTrue();
            assertThat(morning.overlaps(WeekGrid.range(MONDAY, at(12), at(13)))).isFalse();
            assertThat(morning.containsAll(WeekGrid.range(MONDAY, at(9), at(10))))
                    .isTrue();
            assertThat(morning.containsAll(lunch)).isFalse();
        }

        @Test
        void ofWordsRefusesBitsAboveTheLastSlot() {
            assertThat(WeekGrid.ofWords(0, 0, 0, 0, 0, 0xFFFFL)).isEqualTo(WeekGrid.range(SUNDAY, at(16), MIDNIGHT));
            assertThatIllegalArgumentException().isThrownBy(() -> WeekGrid.ofWords(0, 0, 0, 0, 0, 1L << 16));
            assertThatIllegalArgumentException().isThrownBy(() -> WeekGrid.ofWords(0, 0, 0, 0, 0, -1L));
            assertThatIllegalArgumentException().isThrownBy(() -> WeekGrid.ofWords(0, 0, 0, 0, 0));
            assertThatIllegalArgumentException().isThrownBy(() -> WeekGrid.ofSlots(336));
            assertThatIllegalArgumentException().isThrownBy(() -> WeekGrid.ofSlots(-1));
        }
    }

    @Nested
    class Ranges {

        @Test
        void aRunAcrossMidnightIsTwoRanges() {
            WeekGrid lateShift =
                    WeekGrid.range(MONDAY, at(22), MIDNIGHT).union(WeekGrid.range(TUESDAY, MIDNIGHT, at(2)));

            assertThat(lateShift.ranges())
                    .containsExactly(new TimeRange(MONDAY, at(22), MIDNIGHT), new TimeRange(TUESDAY, MIDNIGHT, at(2)));
            assertThat(lateShift.format(Locale.ENGLISH)).isEqualTo("mon 22:00–24:00, tue 00:00–02:00");
            assertThat(lateShift.ranges(TUESDAY)).containsExactly(new TimeRange(TUESDAY, MIDNIGHT, at(2)));
        }

        @Test
        void midnightAsTheEndIsTwentyFourHundred() {
            TimeRange evening = new TimeRange(SUNDAY, at(22), MIDNIGHT);

            assertThat(evening.toText()).isEqualTo("22:00–24:00");
            assertThat(evening.fromSlot()).isEqualTo(6 * 48 + 44);
            assertThat(evening.toSlotExclusive()).isEqualTo(336);
            assertThat(evening.minutes()).isEqualTo(120);
            assertThat(new TimeRange(MONDAY, MIDNIGHT, MIDNIGHT).minutes()).isEqualTo(24 * 60);
            assertThat(WeekGrid.parse("søn 22-24")).isEqualTo(WeekGrid.range(SUNDAY, at(22), MIDNIGHT));
            assertThat(WeekGrid.range(SUNDAY, at(22), MIDNIGHT).format(Locale.ENGLISH))
                    .isEqualTo("sun 22:00–24:00");
        }

        @Test
        void touchingRangesMerge() {
            WeekGrid grid = WeekGrid.parse("man 08-12, man 12-14");

            assertThat(grid.ranges()).containsExactly(new TimeRange(MONDAY, at(8), at(14)));
            assertThat(WeekGrid.parseDay(MONDAY, "12:00–14:00, 08:00–12:00")).isEqualTo(grid);
        }
    }

    @Nested
    class Text {

        @Test
        void formatsInDanishAndEnglish() {
            assertThat(TWO_MORNINGS.format(DANISH)).isEqualTo("man 08:00–12:00, ons 13:00–17:30");
            assertThat(TWO_MORNINGS.format(Locale.ENGLISH)).isEqualTo("mon 08:00–12:00, wed 13:00–17:30");
            assertThat(TWO_MORNINGS.format(Locale.GERMAN)).isEqualTo("mon 08:00–12:00, wed 13:00–17:30");
            assertThat(TWO_MORNINGS).hasToString("mon 08:00–12:00, wed 13:00–17:30");
            assertThat(WeekGrid.EMPTY.format(DANISH)).isEmpty();
            assertThat(WeekGrid.EMPTY).hasToString("WeekGrid[empty]");
        }

        @Test
        void formatsOneDayWithoutItsName() {
            WeekGrid grid = WeekGrid.parse("fre 08:00–12:00, fre 13:00–16:00, lør 10-11");

            assertThat(grid.formatDay(FRIDAY)).isEqualTo("08:00–12:00, 13:00–16:00");
            assertThat(grid.formatDay(MONDAY)).isEmpty();
        }

        @Test
        void parsesWhatItFormats() {
            assertThat(WeekGrid.parse("man 08:00–12:00, ons 13:00–17:30")).isEqualTo(TWO_MORNINGS);
            assertThat(WeekGrid.parse("mon 08:00–12:00, wed 13:00–17:30")).isEqualTo(TWO_MORNINGS);
            assertThat(WeekGrid.parse("")).isEqualTo(WeekGrid.EMPTY);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Man 8-12; ONS 13.00 - 17.30",
                    "mandag 08:00 – 12:00\nWednesday 13–17:30",
                    "mon. 8:00-12; wed: 13-17.30;",
                    "  man 08-12 ,\r\n\r\n ons 13:00 -17:30  ",
                })
        void forgivesWhatPeopleType(String text) {
            assertThat(WeekGrid.parse(text)).isEqualTo(TWO_MORNINGS);
        }

        @Test
        void anEntryWithoutADayContinuesTheDayBefore() {
            assertThat(WeekGrid.parse("man 8-12, 13-16, lør 10-12"))
                    .isEqualTo(WeekGrid.parse("man 08-12, man 13-16, lør 10-12"));
        }

        @Test
        void parsesOneDay() {
            assertThat(WeekGrid.parseDay(TUESDAY, "08:00–12:00, 13-16"))
                    .isEqualTo(WeekGrid.range(TUESDAY, at(8), at(12)).union(WeekGrid.range(TUESDAY, at(13), at(16))));
            assertThat(WeekGrid.parseDay(TUESDAY, "  ")).isEqualTo(WeekGrid.EMPTY);
            assertThat(WeekGrid.parseDay(SUNDAY, "20-24")).isEqualTo(WeekGrid.range(SUNDAY, at(20), MIDNIGHT));
        }
    }

    @Nested
    class Errors {

        @Test
        void unknownDay() {
            assertError(() -> WeekGrid.parse("xyz 08-12"), "weekgrid.error.unknownDay", "xyz");
            assertError(() -> WeekGrid.parse("man 08-12, Fri. 8-12, frx 8-12"), "weekgrid.error.unknownDay", "frx");
        }

        @Test
        void aDayWithSomethingElseThanARange() {
            // "fri" is Friday in English, so "x" is where the entry stops making sense
            assertError(() -> WeekGrid.parse("fri x"), "weekgrid.error.malformed", "fri x");
            assertError(() -> WeekGrid.parse("fri x-12"), "weekgrid.error.badTime", "x");
        }

        @Test
        void badTime() {
            assertError(() -> WeekGrid.parse("man 25:00-26:00"), "weekgrid.error.badTime", "25:00");
            assertError(() -> WeekGrid.parse("man 08-24:30"), "weekgrid.error.badTime", "24:30");
            assertError(() -> WeekGrid.parse("man 08:60-12"), "weekgrid.error.badTime", "08:60");
            assertError(() -> WeekGrid.parseDay(MONDAY, "8 am-12"), "weekgrid.error.badTime", "8 am");
        }

        @Test
        void notOnHalfHour() {
            assertError(() -> WeekGrid.parse("man 08:15-12:00"), "weekgrid.error.notOnHalfHour", "08:15");
            assertError(() -> WeekGrid.parseDay(MONDAY, "8.45-12"), "weekgrid.error.notOnHalfHour", "8.45");
            assertError(() -> WeekGrid.range(MONDAY, at(8, 15), at(12)), "weekgrid.error.notOnHalfHour", "08:15");
            assertError(
                    () -> WeekGrid.range(MONDAY, at(8), LocalTime.of(12, 0, 30)),
                    "weekgrid.error.notOnHalfHour",
                    "12:00:30");
        }

        @Test
        void endBeforeStart() {
            assertError(() -> WeekGrid.parse("man 12:00–08:00"), "weekgrid.error.endBeforeStart", "12:00", "08:00");
            assertError(() -> WeekGrid.parseDay(MONDAY, "8-8"), "weekgrid.error.endBeforeStart", "08:00", "08:00");
            assertError(() -> WeekGrid.parseDay(MONDAY, "22-00"), "weekgrid.error.endBeforeStart", "22:00", "00:00");
            assertError(() -> WeekGrid.range(MONDAY, at(12), at(8)), "weekgrid.error.endBeforeStart", "12:00", "08:00");
        }

        @Test
        void overlap() {
            assertError(
                    () -> WeekGrid.parse("man 08-12, 11-13"), "weekgrid.error.overlap", "08:00–12:00", "11:00–13:00");
            assertError(
                    () -> WeekGrid.parseDay(MONDAY, "08-10, 10-12, 9:30-10"),
                    "weekgrid.error.overlap",
                    "08:00–10:00",
                    "09:30–10:00");
        }

        @Test
        void theSameTimesOnDifferentDaysDoNotOverlap() {
            assertThat(WeekGrid.parse("man 08-12, tir 08-12").slotCount()).isEqualTo(16);
        }

        @Test
        void malformed() {
            assertError(() -> WeekGrid.parse("man 08:00"), "weekgrid.error.malformed", "man 08:00");
            assertError(() -> WeekGrid.parse("man"), "weekgrid.error.malformed", "man");
            assertError(() -> WeekGrid.parse("08-12"), "weekgrid.error.malformed", "08-12");
            assertError(() -> WeekGrid.parseDay(MONDAY, "08-12-14"), "weekgrid.error.malformed", "08-12-14");
            assertError(() -> WeekGrid.parseDay(MONDAY, "08-"), "weekgrid.error.malformed", "08-");
        }

        @Test
        void carriesItsArgumentsSafelyAndReadsWellInLogs() {
            var error = catchThrowableOfType(WeekGridFormatException.class, () -> WeekGrid.parse("man 08-12, 11-13"));

            error.arguments()[0] = "changed";

            assertThat(error.arguments()).containsExactly("08:00–12:00", "11:00–13:00");
            assertThat(error).isInstanceOf(IllegalArgumentException.class);
            assertThat(error.getMessage()).isEqualTo("The ranges 08:00–12:00 and 11:00–13:00 overlap");
        }

        private static void assertError(ThrowingCallable call, String messageCode, Object... arguments) {
            var error = catchThrowableOfType(WeekGridFormatException.class, call);

            assertThat(error).as("expected %s", messageCode).isNotNull();
            assertThat(error.messageCode()).isEqualTo(messageCode);
            assertThat(error.arguments()).containsExactly(arguments);
            assertThat(error.getMessage()).contains(arguments[0].toString());
        }
    }

    @Nested
    class Storage {

        @Test
        void roundTripsThroughFortyTwoBytes() {
            byte[] bytes = TWO_MORNINGS.toBytes();

            assertThat(bytes).hasSize(42);
            assertThat(WeekGrid.fromBytes(bytes)).isEqualTo(TWO_MORNINGS);
        }

        @Test
        void slotIsBitOfItsByte() {
            assertThat(WeekGrid.ofSlots(0).toBytes()[0]).isEqualTo((byte) 0x01);
            assertThat(WeekGrid.ofSlots(9).toBytes()[1]).isEqualTo((byte) 0x02);
            assertThat(WeekGrid.ofSlots(335).toBytes()[41]).isEqualTo((byte) 0x80);
            assertThat(WeekGrid.FULL.toBytes()).containsOnly((byte) 0xFF);
        }

        @Test
        void refusesAnyOtherLength() {
            assertThatIllegalArgumentException().isThrownBy(() -> WeekGrid.fromBytes(new byte[41]));
            assertThatIllegalArgumentException().isThrownBy(() -> WeekGrid.fromBytes(new byte[48]));
        }

        @Test
        void converterKeepsNullAsNull() {
            var converter = new WeekGridConverter();

            assertThat(converter.convertToDatabaseColumn(null)).isNull();
            assertThat(converter.convertToEntityAttribute(null)).isNull();
            assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(TWO_MORNINGS)))
                    .isEqualTo(TWO_MORNINGS);
        }

        @Test
        void equalGridsHaveEqualHashCodes() {
            WeekGrid copy = WeekGrid.fromBytes(TWO_MORNINGS.toBytes());

            assertThat(copy)
                    .isEqualTo(TWO_MORNINGS)
                    .hasSameHashCodeAs(TWO_MORNINGS)
                    .isNotSameAs(TWO_MORNINGS);
            assertThat(copy).isNotEqualTo(TWO_MORNINGS.union(WeekGrid.ofSlots(335)));
        }
    }
}
