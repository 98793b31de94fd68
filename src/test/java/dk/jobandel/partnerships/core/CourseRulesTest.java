package dk.jobandel.partnerships.core;

import static dk.jobandel.partnerships.CourseStage.AGREEMENT;
import static dk.jobandel.partnerships.CourseStage.CLARIFYING;
import static dk.jobandel.partnerships.CourseStage.CLOSED;
import static dk.jobandel.partnerships.CourseStage.FOLLOW_UP;
import static dk.jobandel.partnerships.CourseStage.INTAKE;
import static dk.jobandel.partnerships.CourseStage.PARTNER_FOUND;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.partnerships.CourseStage;
import dk.jobandel.partnerships.Outcome;
import dk.jobandel.partnerships.core.CourseRules.Facts;
import dk.jobandel.shared.core.Decision;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every move between every pair of stages, allowed or refused with its reason, and every closing. */
class CourseRulesTest {

    /** The table the rules must follow: from → the stages it may move to (with the course taken and a partnership). */
    static final Map<CourseStage, Set<CourseStage>> ALLOWED = Map.of(
            INTAKE,
            Set.of(CLARIFYING),
            CLARIFYING,
            Set.of(PARTNER_FOUND),
            PARTNER_FOUND,
            Set.of(AGREEMENT, CLARIFYING),
            AGREEMENT,
            Set.of(FOLLOW_UP, CLARIFYING),
            FOLLOW_UP,
            Set.of(),
            CourseStage.PLAN,
            Set.of(),
            CourseStage.AGREEMENTS_IN_PLACE,
            Set.of(),
            CLOSED,
            Set.of());

    @Test
    void everyPairOfStagesIsAllowedExactlyAsTheTableSaysAndRefusalsNameTheirReason() {
        for (CourseStage from : CourseStage.values()) {
            for (CourseStage to : CourseStage.values()) {
                Decision decision = CourseRules.move(new Facts(from, true, true), to);
                String pair = from + " → " + to;
                if (ALLOWED.get(from).contains(to)) {
                    assertThat(decision.allowed()).as(pair).isTrue();
                } else {
                    String expected =
                            from == CLOSED ? "COURSE_CLOSED" : to == CLOSED ? "CLOSE_WITH_OUTCOME" : "STAGE_NOT_NEXT";
                    assertThat(decision.code()).as(pair).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void intakeNeedsAConsultantToTakeTheCourseFirst() {
        assertThat(CourseRules.move(new Facts(INTAKE, false, false), CLARIFYING).code())
                .isEqualTo("NOT_TAKEN");
        assertThat(CourseRules.nextStages(new Facts(INTAKE, false, false))).isEmpty();
        assertThat(CourseRules.nextStages(new Facts(INTAKE, true, false))).containsExactly(CLARIFYING);
    }

    @Test
    void followUpNeedsARecordedPartnership() {
        assertThat(CourseRules.move(new Facts(AGREEMENT, true, false), FOLLOW_UP)
                        .code())
                .isEqualTo("NO_PARTNERSHIP_RECORDED");
        assertThat(CourseRules.nextStages(new Facts(AGREEMENT, true, false))).containsExactly(CLARIFYING);
    }

    @Test
    void closingFollowsTheOutcomeRules() {
        for (CourseStage from : CourseStage.values()) {
            for (boolean partnership : new boolean[] {false, true}) {
                var facts = new Facts(from, true, partnership);
                String where = from + (partnership ? " with" : " without") + " partnership";
                Decision made = CourseRules.close(facts, Outcome.PARTNERSHIP, null);
                Decision none = CourseRules.close(facts, Outcome.NO_PARTNERSHIP, "Prisen passede ikke");
                Decision noReason = CourseRules.close(facts, Outcome.NO_PARTNERSHIP, " ");
                Decision noHelp = CourseRules.close(facts, Outcome.NO_HELP_NEEDED, null);
                switch (from) {
                    case CLOSED -> {
                        assertThat(made.code()).as(where).isEqualTo("COURSE_CLOSED");
                        assertThat(none.code()).as(where).isEqualTo("COURSE_CLOSED");
                        assertThat(noHelp.code()).as(where).isEqualTo("COURSE_CLOSED");
                    }
                    case INTAKE -> {
                        assertThat(made.code()).as(where).isEqualTo("CLOSE_FROM_INTAKE");
                        assertThat(none.code()).as(where).isEqualTo("CLOSE_FROM_INTAKE");
                        assertThat(noHelp.code()).as(where).isEqualTo("CLOSE_FROM_INTAKE");
                    }
                    default -> {
                        assertThat(none.allowed()).as(where).isTrue();
                        assertThat(noReason.code()).as(where).isEqualTo("REASON_REQUIRED");
                        assertThat(noHelp.allowed()).as(where).isTrue();
                        if (from == FOLLOW_UP && partnership) {
                            assertThat(made.allowed()).as(where).isTrue();
                        } else {
                            assertThat(made.code()).as(where).isEqualTo("PARTNERSHIP_NOT_IN_FOLLOW_UP");
                        }
                    }
                }
            }
        }
    }
}
