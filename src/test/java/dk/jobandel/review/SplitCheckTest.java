package dk.jobandel.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.jobandel.shared.WeekGrid;
import java.util.List;
import org.junit.jupiter.api.Test;

class SplitCheckTest {

    static final WeekGrid SCHEDULE = WeekGrid.parse("man 08:00–16:00, tir 08:00–16:00");
    static final SplitCheck.Person AMIRA =
            new SplitCheck.Person(1, "Amira", WeekGrid.parse("man 06:00–18:00, tir 06:00–13:00"), 0, 40);
    static final SplitCheck.Person BO =
            new SplitCheck.Person(2, "Bo", WeekGrid.parse("man 11:00–18:00, tir 08:00–18:00"), 0, 20);

    static List<String> keys(List<SplitCheck.Problem> problems) {
        return problems.stream().map(SplitCheck.Problem::messageKey).toList();
    }

    @Test
    void aSplitWithTheWantedOverlapAtEachChangeOfPersonPasses() {
        var amira = WeekGrid.parse("man 08:00–12:30, tir 08:00–12:30");
        var bo = WeekGrid.parse("man 12:00–16:00, tir 12:00–16:00");
        assertThat(SplitCheck.check(SCHEDULE, 1, List.of(AMIRA, BO), List.of(amira, bo)))
                .isEmpty();
    }

    @Test
    void aHandoverWithoutOverlapIsRefusedWhereItHappens() {
        var amira = WeekGrid.parse("man 08:00–12:00, tir 08:00–12:00");
        var bo = WeekGrid.parse("man 12:00–16:00, tir 12:00–16:00");
        var problems = SplitCheck.check(SCHEDULE, 1, List.of(AMIRA, BO), List.of(amira, bo));
        assertThat(keys(problems)).containsExactly("review.split.shape");
        assertThat(problems.getFirst().member()).isEqualTo(-1);
        assertThat(problems.getFirst().arguments()).containsExactly(WeekGrid.parse("man 12:00–12:30"), 30);
        // without a wanted overlap the same split is fine
        assertThat(SplitCheck.check(SCHEDULE, 0, List.of(AMIRA, BO), List.of(amira, bo)))
                .isEmpty();
    }

    @Test
    void uncoveredTimeTimeOutsideTheScheduleTimeNotFreeAndTooManyHoursAreEachNamed() {
        var amira = WeekGrid.parse("man 07:00–12:00, tir 08:00–14:00"); // 07–08 outside; tir 13–14 not free
        var bo = WeekGrid.parse("man 12:00–15:00, tir 14:00–16:00"); // man 15–16 uncovered
        var problems = SplitCheck.check(SCHEDULE, 0, List.of(AMIRA, BO), List.of(amira, bo));
        assertThat(keys(problems))
                .containsExactly("review.split.outside", "review.split.unavailable", "review.split.uncovered");
        assertThat(problems.get(1).arguments()).containsExactly("Amira", WeekGrid.parse("tir 13:00–14:00"));
        assertThat(problems.get(2).arguments()).containsExactly(WeekGrid.parse("man 15:00–16:00"));

        var tooMany = SplitCheck.check(
                SCHEDULE,
                0,
                List.of(AMIRA, new SplitCheck.Person(2, "Bo", BO.available(), 0, 12)),
                List.of(
                        WeekGrid.parse("man 08:00–11:00, tir 08:00–13:00"),
                        WeekGrid.parse("man 11:00–16:00, tir 13:00–16:00")));
        assertThat(keys(tooMany)).containsExactly("review.split.tooMany");
        assertThat(tooMany.getFirst().member()).isEqualTo(1);
        assertThat(tooMany.getFirst().arguments()).containsExactly("Bo", 8.0, 6.0);
    }

    @Test
    void somebodyWithoutTimeIsNamedAndTheNumberOfSplitsMustMatch() {
        var problems = SplitCheck.check(SCHEDULE, 0, List.of(AMIRA, BO), List.of(SCHEDULE, WeekGrid.EMPTY));
        assertThat(keys(problems)).contains("review.split.empty");
        assertThatThrownBy(() -> SplitCheck.check(SCHEDULE, 0, List.of(AMIRA, BO), List.of(SCHEDULE)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Issue 19: the engine's rules, the fewest hours wanted among them. */
    @Test
    void fewerHoursThanSomeoneWantsAreRefused() {
        var amira = WeekGrid.parse("man 08:00–12:30, tir 08:00–12:30");
        var bo = WeekGrid.parse("man 12:00–16:00, tir 12:00–16:00");
        var wantsMore = new SplitCheck.Person(2, "Bo", BO.available(), 20, 40);
        var problems = SplitCheck.check(SCHEDULE, 1, List.of(AMIRA, wantsMore), List.of(amira, bo));
        assertThat(keys(problems)).containsExactly("review.split.tooFew");
        assertThat(problems.getFirst().arguments()).containsExactly("Bo", 8.0, 10.0);
    }

    /** Issue 19: two people at once only in the handover overlap, as the engine splits. */
    @Test
    void twoPeopleAtOnceBeyondTheOverlapAreRefused() {
        var amira = WeekGrid.parse("man 08:00–14:00, tir 08:00–12:30");
        var bo = WeekGrid.parse("man 12:00–16:00, tir 12:00–16:00");
        var problems = SplitCheck.check(SCHEDULE, 1, List.of(AMIRA, BO), List.of(amira, bo));
        assertThat(keys(problems)).containsExactly("review.split.shape");
        assertThat(problems.getFirst().arguments()).containsExactly(WeekGrid.parse("man 12:30–13:00"), 30);
    }
}
