package dk.jobandel.pools.core;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.pools.NeedDetails;
import dk.jobandel.pools.NeedSkill;
import dk.jobandel.pools.NeedStatus;
import dk.jobandel.shared.WeekGrid;
import dk.jobandel.shared.core.Decision;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of a need and of its changes, without Spring or a database. */
class NeedRulesUnitTest {

    private static final short COPENHAGEN = 101;
    private static final WeekGrid MONDAY_MORNING =
            WeekGrid.range(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0));
    private static final LocalDate START = LocalDate.of(2027, 3, 1);

    private static NeedDetails need(
            String title,
            WeekGrid schedule,
            String hours,
            boolean remote,
            Short municipality,
            LocalDate start,
            LocalDate end,
            List<NeedSkill> skills) {
        return new NeedDetails(
                title,
                schedule,
                hours == null ? null : new BigDecimal(hours),
                remote,
                municipality,
                start,
                end,
                skills);
    }

    private static NeedDetails fine() {
        return need(
                "Kantine", MONDAY_MORNING, "4", false, COPENHAGEN, START, null, List.of(new NeedSkill((short) 1, 2)));
    }

    private static List<String> codes(NeedDetails need) {
        return NeedRules.check(need, code -> code == COPENHAGEN, skill -> skill == 1 || skill == 2).stream()
                .map(NeedDetails.Problem::code)
                .toList();
    }

    private static List<String> fields(NeedDetails need) {
        return NeedRules.check(need, code -> code == COPENHAGEN, skill -> skill == 1 || skill == 2).stream()
                .map(NeedDetails.Problem::field)
                .toList();
    }

    @Test
    void aNeedThatKeepsEveryRuleHasNoProblemAndMayBeSaved() {
        assertThat(codes(fine())).isEmpty();
        assertThat(NeedRules.valid(List.of())).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void aRemoteNeedNeedsNoMunicipality() {
        assertThat(codes(need("Kantine", MONDAY_MORNING, "4", true, null, START, null, List.of())))
                .isEmpty();
    }

    @Test
    void theTitleIsRequiredAndAtMost120Characters() {
        assertThat(codes(need(" ", MONDAY_MORNING, "4", true, null, START, null, List.of())))
                .containsExactly("pool.need.title.invalid");
        assertThat(codes(need("x".repeat(121), MONDAY_MORNING, "4", true, null, START, null, List.of())))
                .containsExactly("pool.need.title.invalid");
        assertThat(codes(need("x".repeat(120), MONDAY_MORNING, "4", true, null, START, null, List.of())))
                .isEmpty();
    }

    @Test
    void anEmptyWeekIsAProblemOnTheFirstDay() {
        NeedDetails need = need("Kantine", WeekGrid.EMPTY, "4", true, null, START, null, List.of());

        assertThat(codes(need)).containsExactly("pool.need.schedule.empty");
        assertThat(fields(need)).containsExactly("day0");
    }

    @Test
    void theHoursArePositiveAndWithinTheWindow() {
        assertThat(codes(need("Kantine", MONDAY_MORNING, null, true, null, START, null, List.of())))
                .containsExactly("pool.need.hours.positive");
        assertThat(codes(need("Kantine", MONDAY_MORNING, "0", true, null, START, null, List.of())))
                .containsExactly("pool.need.hours.positive");
        assertThat(codes(need("Kantine", MONDAY_MORNING, "4.5", true, null, START, null, List.of())))
                .containsExactly("pool.need.hours.aboveSchedule");
    }

    @Test
    void hoursAboveTheWindowNameTheWindowsHoursAsThePageWritesThem() {
        WeekGrid halfHour = WeekGrid.range(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(10, 30));

        var problems = NeedRules.check(
                need("Kantine", halfHour, "3", true, null, START, null, List.of()), code -> true, skill -> true);

        assertThat(problems)
                .singleElement()
                .satisfies(p -> assertThat(p.arguments()).containsExactly("2,5"));
        assertThat(NeedRules.formatHours(4.0)).isEqualTo("4");
    }

    @Test
    void aNeedOnSiteNeedsAKnownMunicipality() {
        assertThat(codes(need("Kantine", MONDAY_MORNING, "4", false, null, START, null, List.of())))
                .containsExactly("pool.need.place.required");
        assertThat(codes(need("Kantine", MONDAY_MORNING, "4", false, (short) 999, START, null, List.of())))
                .containsExactly("registration.municipality.unknown");
    }

    @Test
    void thePeriodHasAStartAndEndsNoEarlier() {
        assertThat(codes(need("Kantine", MONDAY_MORNING, "4", true, null, null, null, List.of())))
                .containsExactly("pool.need.start.required");
        assertThat(codes(need("Kantine", MONDAY_MORNING, "4", true, null, START, START.minusDays(1), List.of())))
                .containsExactly("profile.period.endBeforeStart");
        assertThat(codes(need("Kantine", MONDAY_MORNING, "4", true, null, START, START, List.of())))
                .isEmpty();
    }

    @Test
    void skillsAreKnownOnceEachAndAtLevelsOneToThree() {
        assertThat(codes(need("K", MONDAY_MORNING, "4", true, null, START, null, List.of(new NeedSkill((short) 9, 1)))))
                .containsExactly("role.skills.duplicate");
        assertThat(codes(need(
                        "K",
                        MONDAY_MORNING,
                        "4",
                        true,
                        null,
                        START,
                        null,
                        List.of(new NeedSkill((short) 1, 1), new NeedSkill((short) 1, 2)))))
                .containsExactly("role.skills.duplicate");
        assertThat(codes(need("K", MONDAY_MORNING, "4", true, null, START, null, List.of(new NeedSkill((short) 1, 0)))))
                .containsExactly("profile.skills.level");
        assertThat(codes(need("K", MONDAY_MORNING, "4", true, null, START, null, List.of(new NeedSkill((short) 1, 4)))))
                .containsExactly("profile.skills.level");
    }

    @Test
    void everyBrokenRuleIsListedAndTheFirstIsTheRefusal() {
        NeedDetails need = need(" ", WeekGrid.EMPTY, null, false, null, null, null, List.of());

        assertThat(codes(need))
                .containsExactly(
                        "pool.need.title.invalid",
                        "pool.need.schedule.empty",
                        "pool.need.hours.positive",
                        "pool.need.place.required",
                        "pool.need.start.required");
        assertThat(NeedRules.valid(NeedRules.check(need, c -> true, s -> true)))
                .isEqualTo(Decision.refused("pool.need.title.invalid"));
    }

    @Test
    void onlyAnOpenNeedIsChanged() {
        assertThat(NeedRules.change(NeedStatus.OPEN)).isEqualTo(Decision.ALLOWED);
        assertThat(NeedRules.change(NeedStatus.FILLED)).isEqualTo(Decision.refused("pool.need.notOpen"));
        assertThat(NeedRules.change(NeedStatus.WITHDRAWN)).isEqualTo(Decision.refused("pool.need.notOpen"));
    }

    @Test
    void anOpenOrFilledNeedIsWithdrawnOnce() {
        assertThat(NeedRules.withdraw(NeedStatus.OPEN)).isEqualTo(Decision.ALLOWED);
        assertThat(NeedRules.withdraw(NeedStatus.FILLED)).isEqualTo(Decision.ALLOWED);
        assertThat(NeedRules.withdraw(NeedStatus.WITHDRAWN)).isEqualTo(Decision.refused("pool.need.notOpen"));
    }
}
