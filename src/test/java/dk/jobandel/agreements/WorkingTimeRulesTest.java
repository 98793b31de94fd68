package dk.jobandel.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.agreements.WorkingTimeRules.Commitment;
import dk.jobandel.agreements.WorkingTimeRules.Rule;
import dk.jobandel.agreements.WorkingTimeRules.Violation;
import dk.jobandel.shared.WeekGrid;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The working-time rules on weeks people would recognise. */
class WorkingTimeRulesTest {

    /** A Monday. */
    static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

    static WeekGrid week(String text) {
        return WeekGrid.parse(text);
    }

    static Commitment from(LocalDate start, String week) {
        return new Commitment(start, null, week(week));
    }

    static Commitment between(LocalDate start, LocalDate end, String week) {
        return new Commitment(start, end, week(week));
    }

    @Nested
    class WeeklyHours {

        @Test
        void fortyEightHoursIsTheLimit() {
            WeekGrid fortyEight = week("man 06:00–18:00, tir 06:00–18:00, ons 06:00–18:00, tor 06:00–18:00");
            assertThat(fortyEight.hours()).isEqualTo(48);
            assertThat(WorkingTimeRules.withinWeeklyHours(fortyEight)).isTrue();
            assertThat(WorkingTimeRules.withinWeeklyHours(fortyEight.union(week("fre 08:00–08:30"))))
                    .isFalse();
        }

        @Test
        void twoPartTimeAgreementsAddUp() {
            Commitment canteen = from(MONDAY, "man 07:00–15:00, tir 07:00–15:00, ons 07:00–15:00");
            Commitment bookkeeping =
                    from(MONDAY.plusWeeks(2), "tor 07:00–17:00, fre 07:00–17:00, lør 08:00–12:00, søn 08:00–10:00");
            // 24 + 26 = 50 hours from the day the second one starts
            assertThat(WorkingTimeRules.check(bookkeeping, List.of(canteen)))
                    .contains(
                            new Violation(Rule.WEEKLY_HOURS, MONDAY.plusWeeks(2).atStartOfDay(), 50));
        }

        @Test
        void agreementsThatFollowEachOtherDoNotAddUp() {
            Commitment spring = between(MONDAY, MONDAY.plusWeeks(10).minusDays(1), "man 07:00–19:00, tir 07:00–19:00");
            Commitment autumn = between(
                    MONDAY.plusWeeks(10), MONDAY.plusWeeks(20), "man 07:00–19:00, tir 07:00–19:00, ons 07:00–19:00");
            Commitment wholeYear = from(MONDAY, "tor 08:00–20:00, fre 08:00–20:00");
            // 24 + 24 in spring and 36 + 24 = 60 in autumn: autumn breaks it, from its first day
            assertThat(WorkingTimeRules.check(wholeYear, List.of(spring, autumn)))
                    .map(Violation::from)
                    .contains(MONDAY.plusWeeks(10).atStartOfDay());
            Commitment shorter = from(MONDAY, "tor 08:00–18:00");
            // 24 + 10 and 36 + 10: both within 48
            assertThat(WorkingTimeRules.check(shorter, List.of(spring, autumn))).isEmpty();
        }
    }

    @Nested
    class DailyRest {

        @Test
        void aNormalDayHasItsRest() {
            assertThat(WorkingTimeRules.dailyRestBreach(
                            week("man 08:00–16:00, tir 08:00–16:00, ons 08:00–16:00, tor 08:00–16:00")))
                    .isEmpty();
        }

        @Test
        void elevenHoursOffBetweenTwoLongDaysIsEnough() {
            // 08:00–21:00 leaves 21:00–08:00 off: exactly 11 hours
            assertThat(WorkingTimeRules.dailyRestBreach(week("man 08:00–21:00, tir 08:00–21:00")))
                    .isEmpty();
            // 08:00–21:30 leaves 10.5 hours before Tuesday 08:00
            assertThat(WorkingTimeRules.dailyRestBreach(week("man 08:00–21:30, tir 08:00–21:00")))
                    .hasValue(16);
        }

        @Test
        void aSplitShiftWithShortBreaksHasNoRest() {
            // 06–10 and 18–22 every day: two breaks of 8 hours, never 11 in a row
            WeekGrid split = WeekGrid.daily(
                            java.util.EnumSet.allOf(java.time.DayOfWeek.class),
                            java.time.LocalTime.of(6, 0),
                            java.time.LocalTime.of(10, 0))
                    .union(WeekGrid.daily(
                            java.util.EnumSet.allOf(java.time.DayOfWeek.class),
                            java.time.LocalTime.of(18, 0),
                            java.time.LocalTime.of(22, 0)));
            assertThat(WorkingTimeRules.dailyRestBreach(split)).isPresent();
        }

        @Test
        void aWorkingDayWithItsBreaksSpansAtMostThirteenHours() {
            // Sunday 20:00 to Monday 09:00 is one working day of 13 hours with a break: 11 hours off follow
            assertThat(WorkingTimeRules.dailyRestBreach(week("man 05:00–09:00, søn 20:00–24:00")))
                    .isEmpty();
        }

        @Test
        void theWeekWrapsFromSundayNightIntoMonday() {
            // Sunday 20:00 to Monday 09:30 is 13.5 hours: the 24 hours from Sunday 20:00 hold 10.5 hours off at most
            assertThat(WorkingTimeRules.dailyRestBreach(week("man 06:00–09:30, søn 20:00–24:00")))
                    .hasValue(6 * 48 + 40);
        }

        @Test
        void eveningWorkInOneAgreementAndMorningWorkInAnotherAreOneDay() {
            // Monday 20:00 to Tuesday 10:00 is 14 hours without 11 hours off
            Commitment mornings = from(MONDAY, "tir 06:00–10:00, ons 06:00–10:00");
            Commitment evenings = from(MONDAY, "man 20:00–24:00, tir 20:00–24:00");
            assertThat(WorkingTimeRules.check(evenings, List.of())).isEmpty();
            assertThat(WorkingTimeRules.check(evenings, List.of(mornings)))
                    .map(Violation::rule)
                    .contains(Rule.DAILY_REST);
        }

        @Test
        void theNightBetweenOneAgreementsLastDayAndAnothersFirstDayCounts() {
            LocalDate tuesday = MONDAY.plusWeeks(3).plusDays(1);
            Commitment endsTuesday = between(MONDAY, tuesday, "tir 16:00–24:00");
            Commitment startsWednesday = from(tuesday.plusDays(1), "ons 06:00–12:00");
            // each on its own is fine; that Tuesday night has only 6 hours off
            assertThat(WorkingTimeRules.check(startsWednesday, List.of())).isEmpty();
            assertThat(WorkingTimeRules.check(startsWednesday, List.of(endsTuesday)))
                    .contains(new Violation(Rule.DAILY_REST, tuesday.atTime(16, 0), 8));
            // and the same from the other side
            assertThat(WorkingTimeRules.check(endsTuesday, List.of(startsWednesday)))
                    .map(Violation::from)
                    .contains(LocalDateTime.of(tuesday, java.time.LocalTime.of(16, 0)));
        }

        @Test
        void aLongAgreementIsCheckedWithoutLayingOutEveryDay() {
            Commitment years = between(MONDAY, MONDAY.plusYears(40), "man 08:00–16:00");
            Commitment clash = between(
                    MONDAY.plusYears(39), MONDAY.plusYears(39).plusWeeks(1), "man 20:00–24:00, tir 04:00–08:00");
            assertThat(WorkingTimeRules.check(clash, List.of(years)))
                    .map(Violation::rule)
                    .contains(Rule.DAILY_REST);
            assertThat(WorkingTimeRules.check(years, List.of(clash)))
                    .map(Violation::rule)
                    .contains(Rule.DAILY_REST);
            assertThat(WorkingTimeRules.check(years, List.of())).isEmpty();
        }
    }

    @Nested
    class WeeklyRest {

        @Test
        void aWeekendIsTheRestDay() {
            assertThat(WorkingTimeRules.hasWeeklyRest(week("man 08:00–16:00, fre 08:00–16:00")))
                    .isTrue();
            assertThat(WorkingTimeRules.longestRest(week("man 08:00–16:00, fre 08:00–16:00")))
                    .isEqualTo((8 + 24 + 24 + 24 + 8) * 2); // Monday 16:00 to Friday 08:00
        }

        @Test
        void thirtyFiveHoursOffInOnePieceIsEnough() {
            // Saturday 21:00 to Monday 08:00 is 35 hours
            String weekdays = "man 08:00–16:00, tir 08:00–16:00, ons 08:00–16:00, tor 08:00–16:00, fre 08:00–16:00, ";
            assertThat(WorkingTimeRules.hasWeeklyRest(week(weekdays + "lør 08:00–21:00")))
                    .isTrue();
            assertThat(WorkingTimeRules.hasWeeklyRest(week(weekdays + "lør 08:00–21:30")))
                    .isFalse();
        }

        @Test
        void theRestDayMayRunFromSundayIntoMonday() {
            // off from Sunday 13:00 to Tuesday 08:00 (43 hours), across the week's edge
            assertThat(WorkingTimeRules.hasWeeklyRest(
                            week("tir 08:00–16:00, ons 08:00–16:00, tor 08:00–16:00, fre 08:00–16:00, lør 08:00–16:00,"
                                    + " søn 08:00–13:00")))
                    .isTrue();
        }

        @Test
        void aFewHoursEveryDayLeaveNoRestDay() {
            Commitment everyDay = from(
                    MONDAY,
                    "man 09:00–13:00, tir 09:00–13:00, ons 09:00–13:00, tor 09:00–13:00, fre 09:00–13:00,"
                            + " lør 09:00–13:00, søn 09:00–13:00");
            Optional<Violation> violation = WorkingTimeRules.check(everyDay, List.of());
            assertThat(violation).contains(new Violation(Rule.WEEKLY_REST, MONDAY.atStartOfDay(), 28));
        }

        @Test
        void aWeekendJobNextToAWeekdayJobTakesTheRestDay() {
            Commitment weekdays = from(MONDAY, "man 08:00–14:00, tir 08:00–14:00, ons 08:00–14:00, tor 08:00–14:00");
            Commitment weekend = from(MONDAY, "fre 10:00–14:00, lør 10:00–14:00, søn 10:00–14:00");
            assertThat(WorkingTimeRules.check(weekend, List.of(weekdays)))
                    .map(Violation::rule)
                    .contains(Rule.WEEKLY_REST);
        }
    }

    @Test
    void agreementsFarFromTheNewDatesDoNotMatter() {
        Commitment old = between(MONDAY, MONDAY.plusWeeks(4), "man 00:00–24:00, tir 00:00–24:00");
        Commitment later = from(MONDAY.plusWeeks(6), "man 08:00–16:00");
        assertThat(WorkingTimeRules.check(later, List.of(old))).isEmpty();
    }
}
