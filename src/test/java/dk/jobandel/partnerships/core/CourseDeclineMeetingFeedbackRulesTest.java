package dk.jobandel.partnerships.core;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.partnerships.CourseKind;
import dk.jobandel.partnerships.CourseStage;
import dk.jobandel.partnerships.core.CourseRules.Facts;
import dk.jobandel.shared.core.Decision;
import org.junit.jupiter.api.Test;

/** The intake's decline, logging a meeting and the firm's rating: every allowed and refused case. */
class CourseDeclineMeetingFeedbackRulesTest {

    @Test
    void aDeclineNeedsAReason() {
        assertThat(CourseRules.decline("Ingen kapacitet")).isEqualTo(Decision.ALLOWED);
        assertThat(CourseRules.decline("  ")).isEqualTo(Decision.refused("REASON_REQUIRED"));
        assertThat(CourseRules.decline("")).isEqualTo(Decision.refused("REASON_REQUIRED"));
        assertThat(CourseRules.decline(null)).isEqualTo(Decision.refused("REASON_REQUIRED"));
    }

    @Test
    void aMeetingIsLoggedOnlyOnATakenCourseThatIsNotClosed() {
        for (CourseKind kind : CourseKind.values()) {
            for (CourseStage stage : CourseRules.stages(kind)) {
                boolean running = stage != CourseStage.CLOSED;
                assertThat(CourseRules.logMeeting(new Facts(kind, stage, true, false)))
                        .as(kind + " " + stage + " taken")
                        .isEqualTo(running ? Decision.ALLOWED : Decision.refused("COURSE_NOT_RUNNING"));
                assertThat(CourseRules.logMeeting(new Facts(kind, stage, false, false)))
                        .as(kind + " " + stage + " waiting or declined")
                        .isEqualTo(Decision.refused("COURSE_NOT_RUNNING"));
            }
        }
    }

    @Test
    void aTakenClosedCourseIsRatedOnceFromOneToFive() {
        Facts closed = new Facts(CourseStage.CLOSED, true, true);
        for (int rating = 1; rating <= 5; rating++) {
            assertThat(CourseRules.feedback(closed, false, rating)).isEqualTo(Decision.ALLOWED);
        }
        assertThat(CourseRules.feedback(closed, false, 0)).isEqualTo(Decision.refused("RATING_RANGE"));
        assertThat(CourseRules.feedback(closed, false, 6)).isEqualTo(Decision.refused("RATING_RANGE"));
        assertThat(CourseRules.feedback(closed, true, 4)).isEqualTo(Decision.refused("NO_FEEDBACK_NOW"));
    }

    @Test
    void noRatingBeforeTheCourseClosesNorForADeclinedRequest() {
        for (CourseStage stage : CourseRules.stages(CourseKind.PARTNERSHIP)) {
            if (stage != CourseStage.CLOSED) {
                assertThat(CourseRules.feedback(new Facts(stage, true, false), false, 5))
                        .as(stage.name())
                        .isEqualTo(Decision.refused("NO_FEEDBACK_NOW"));
            }
        }
        Facts declined = new Facts(CourseStage.CLOSED, false, false);
        assertThat(CourseRules.feedback(declined, false, 5)).isEqualTo(Decision.refused("NO_FEEDBACK_NOW"));
    }
}
