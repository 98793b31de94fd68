package dk.jobandel.partnerships.core;

import dk.jobandel.partnerships.CourseStage;
import dk.jobandel.partnerships.Outcome;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The guidance course's stage machine: intake → afklaring (clarifying) → partner found → agreement → follow-up →
 * closed.
 *
 * <ul>
 *   <li>A course leaves intake only once a consultant has taken it, and only to clarifying.
 *   <li>From clarifying on, it moves one stage forward, or back to clarifying from partner found or agreement (the
 *       partner fell through).
 *   <li>Follow-up needs a partnership recorded for the course.
 *   <li>Closing records an outcome: "partnership made" only from follow-up; "no partnership" (with a reason) or "no
 *       help needed" from clarifying, partner found, agreement or follow-up. Closed is final.
 * </ul>
 */
public final class CourseRules {

    private static final Map<CourseStage, Set<CourseStage>> MOVES = Map.of(
            CourseStage.INTAKE, EnumSet.of(CourseStage.CLARIFYING),
            CourseStage.CLARIFYING, EnumSet.of(CourseStage.PARTNER_FOUND),
            CourseStage.PARTNER_FOUND, EnumSet.of(CourseStage.AGREEMENT, CourseStage.CLARIFYING),
            CourseStage.AGREEMENT, EnumSet.of(CourseStage.FOLLOW_UP, CourseStage.CLARIFYING),
            CourseStage.FOLLOW_UP, EnumSet.noneOf(CourseStage.class),
            CourseStage.CLOSED, EnumSet.noneOf(CourseStage.class));

    private CourseRules() {}

    /** The facts a move depends on. */
    public record Facts(CourseStage stage, boolean taken, boolean partnershipRecorded) {}

    /** Moving to a stage other than closed. */
    public static Decision move(Facts course, CourseStage to) {
        if (course.stage() == CourseStage.CLOSED) {
            return Decision.refused("COURSE_CLOSED");
        }
        if (to == CourseStage.CLOSED) {
            return Decision.refused("CLOSE_WITH_OUTCOME");
        }
        if (!MOVES.get(course.stage()).contains(to)) {
            return Decision.refused("STAGE_NOT_NEXT");
        }
        if (course.stage() == CourseStage.INTAKE && !course.taken()) {
            return Decision.refused("NOT_TAKEN");
        }
        if (to == CourseStage.FOLLOW_UP && !course.partnershipRecorded()) {
            return Decision.refused("NO_PARTNERSHIP_RECORDED");
        }
        return Decision.ALLOWED;
    }

    /** Closing with an outcome. */
    public static Decision close(Facts course, Outcome outcome, @Nullable String reason) {
        if (course.stage() == CourseStage.CLOSED) {
            return Decision.refused("COURSE_CLOSED");
        }
        if (course.stage() == CourseStage.INTAKE) {
            return Decision.refused("CLOSE_FROM_INTAKE");
        }
        return switch (outcome) {
            case PARTNERSHIP ->
                course.stage() == CourseStage.FOLLOW_UP && course.partnershipRecorded()
                        ? Decision.ALLOWED
                        : Decision.refused("PARTNERSHIP_NOT_IN_FOLLOW_UP");
            case NO_PARTNERSHIP ->
                reason == null || reason.isBlank() ? Decision.refused("REASON_REQUIRED") : Decision.ALLOWED;
            case NO_HELP_NEEDED -> Decision.ALLOWED;
        };
    }

    /** The stages a page may offer to move to from here (closing is offered separately). */
    public static Set<CourseStage> nextStages(Facts course) {
        Set<CourseStage> next = EnumSet.noneOf(CourseStage.class);
        for (CourseStage to : CourseStage.values()) {
            if (move(course, to).allowed()) {
                next.add(to);
            }
        }
        return next;
    }
}
