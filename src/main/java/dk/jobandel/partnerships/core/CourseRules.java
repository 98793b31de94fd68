package dk.jobandel.partnerships.core;

import dk.jobandel.partnerships.CourseKind;
import dk.jobandel.partnerships.CourseStage;
import dk.jobandel.partnerships.Outcome;
import dk.jobandel.shared.core.Decision;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The guidance course's stage machine, one per kind.
 *
 * <p>Partnership courses: intake → afklaring (clarifying) → partner found → agreement → follow-up → closed.
 *
 * <ul>
 *   <li>A course leaves intake only once a consultant has taken it, and only to clarifying.
 *   <li>From clarifying on, it moves one stage forward, or back to clarifying from partner found or agreement (the
 *       partner fell through).
 *   <li>Follow-up needs a partnership recorded for the course.
 *   <li>Closing records an outcome: "partnership made" only from follow-up; "no partnership" (with a reason) or "no
 *       help needed" from clarifying, partner found, agreement or follow-up. Closed is final.
 * </ul>
 *
 * <p>Secure-employment courses: intake → clarifying → plan → agreements in place → follow-up → closed.
 *
 * <ul>
 *   <li>Intake as above. From clarifying on, one stage forward; back to clarifying from the plan (the set-up changed),
 *       back to the plan from agreements in place (an agreement fell through).
 *   <li>Closing: "secure terms in place" only from agreements in place or follow-up; "no sharing" (with a reason) or
 *       "no help needed" from any stage after intake. Closed is final.
 * </ul>
 *
 * A kind's stages and outcomes are refused for the other kind.
 */
public final class CourseRules {

    private static final Map<CourseStage, Set<CourseStage>> PARTNERSHIP_MOVES = Map.of(
            CourseStage.INTAKE, EnumSet.of(CourseStage.CLARIFYING),
            CourseStage.CLARIFYING, EnumSet.of(CourseStage.PARTNER_FOUND),
            CourseStage.PARTNER_FOUND, EnumSet.of(CourseStage.AGREEMENT, CourseStage.CLARIFYING),
            CourseStage.AGREEMENT, EnumSet.of(CourseStage.FOLLOW_UP, CourseStage.CLARIFYING),
            CourseStage.FOLLOW_UP, EnumSet.noneOf(CourseStage.class));

    private static final Map<CourseStage, Set<CourseStage>> SECURE_MOVES = Map.of(
            CourseStage.INTAKE, EnumSet.of(CourseStage.CLARIFYING),
            CourseStage.CLARIFYING, EnumSet.of(CourseStage.PLAN),
            CourseStage.PLAN, EnumSet.of(CourseStage.AGREEMENTS_IN_PLACE, CourseStage.CLARIFYING),
            CourseStage.AGREEMENTS_IN_PLACE, EnumSet.of(CourseStage.FOLLOW_UP, CourseStage.PLAN),
            CourseStage.FOLLOW_UP, EnumSet.noneOf(CourseStage.class));

    private CourseRules() {}

    /** The facts a move depends on. */
    public record Facts(CourseKind kind, CourseStage stage, boolean taken, boolean partnershipRecorded) {

        /** A partnership course. */
        public Facts(CourseStage stage, boolean taken, boolean partnershipRecorded) {
            this(CourseKind.PARTNERSHIP, stage, taken, partnershipRecorded);
        }
    }

    /** The stages a course of this kind goes through, in order. */
    public static List<CourseStage> stages(CourseKind kind) {
        return kind == CourseKind.PARTNERSHIP
                ? List.of(
                        CourseStage.INTAKE,
                        CourseStage.CLARIFYING,
                        CourseStage.PARTNER_FOUND,
                        CourseStage.AGREEMENT,
                        CourseStage.FOLLOW_UP,
                        CourseStage.CLOSED)
                : List.of(
                        CourseStage.INTAKE,
                        CourseStage.CLARIFYING,
                        CourseStage.PLAN,
                        CourseStage.AGREEMENTS_IN_PLACE,
                        CourseStage.FOLLOW_UP,
                        CourseStage.CLOSED);
    }

    /** The outcomes a course of this kind may close with. */
    public static List<Outcome> outcomes(CourseKind kind) {
        return kind == CourseKind.PARTNERSHIP
                ? List.of(Outcome.PARTNERSHIP, Outcome.NO_PARTNERSHIP, Outcome.NO_HELP_NEEDED)
                : List.of(Outcome.TERMS_SECURED, Outcome.NO_SHARING, Outcome.NO_HELP_NEEDED);
    }

    /** Whether this outcome needs a reason. */
    public static boolean needsReason(Outcome outcome) {
        return outcome == Outcome.NO_PARTNERSHIP || outcome == Outcome.NO_SHARING;
    }

    /** Moving to a stage other than closed. */
    public static Decision move(Facts course, CourseStage to) {
        if (course.stage() == CourseStage.CLOSED) {
            return Decision.refused("COURSE_CLOSED");
        }
        if (to == CourseStage.CLOSED) {
            return Decision.refused("CLOSE_WITH_OUTCOME");
        }
        Map<CourseStage, Set<CourseStage>> moves =
                course.kind() == CourseKind.PARTNERSHIP ? PARTNERSHIP_MOVES : SECURE_MOVES;
        Set<CourseStage> next = moves.get(course.stage());
        if (next == null || !next.contains(to)) {
            return Decision.refused("STAGE_NOT_NEXT");
        }
        if (course.stage() == CourseStage.INTAKE && !course.taken()) {
            return Decision.refused("NOT_TAKEN");
        }
        if (course.kind() == CourseKind.PARTNERSHIP && to == CourseStage.FOLLOW_UP && !course.partnershipRecorded()) {
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
        if (!outcomes(course.kind()).contains(outcome)) {
            return Decision.refused("OUTCOME_NOT_FOR_KIND");
        }
        return switch (outcome) {
            case PARTNERSHIP ->
                course.stage() == CourseStage.FOLLOW_UP && course.partnershipRecorded()
                        ? Decision.ALLOWED
                        : Decision.refused("PARTNERSHIP_NOT_IN_FOLLOW_UP");
            case TERMS_SECURED ->
                course.stage() == CourseStage.AGREEMENTS_IN_PLACE || course.stage() == CourseStage.FOLLOW_UP
                        ? Decision.ALLOWED
                        : Decision.refused("TERMS_NOT_IN_PLACE");
            case NO_PARTNERSHIP, NO_SHARING ->
                reason == null || reason.isBlank() ? Decision.refused("REASON_REQUIRED") : Decision.ALLOWED;
            case NO_HELP_NEEDED -> Decision.ALLOWED;
        };
    }

    /** Declining a request in the intake queue needs a reason the firm is told. */
    public static Decision decline(@Nullable String reason) {
        return reason == null || reason.isBlank() ? Decision.refused("REASON_REQUIRED") : Decision.ALLOWED;
    }

    /** A meeting is logged only on a running course: taken and not closed. */
    public static Decision logMeeting(Facts course) {
        return course.taken() && course.stage() != CourseStage.CLOSED
                ? Decision.ALLOWED
                : Decision.refused("COURSE_NOT_RUNNING");
    }

    /** The firm rates a course 1–5, once, when it was taken and has closed. */
    public static Decision feedback(Facts course, boolean rated, int rating) {
        if (course.stage() != CourseStage.CLOSED || !course.taken() || rated) {
            return Decision.refused("NO_FEEDBACK_NOW");
        }
        return rating < 1 || rating > 5 ? Decision.refused("RATING_RANGE") : Decision.ALLOWED;
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
