package dk.jobandel.partnerships.core;

import static dk.jobandel.partnerships.CourseStage.AGREEMENT;
import static dk.jobandel.partnerships.CourseStage.AGREEMENTS_IN_PLACE;
import static dk.jobandel.partnerships.CourseStage.CLARIFYING;
import static dk.jobandel.partnerships.CourseStage.CLOSED;
import static dk.jobandel.partnerships.CourseStage.FOLLOW_UP;
import static dk.jobandel.partnerships.CourseStage.INTAKE;
import static dk.jobandel.partnerships.CourseStage.PARTNER_FOUND;
import static dk.jobandel.partnerships.CourseStage.PLAN;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.partnerships.CourseKind;
import dk.jobandel.partnerships.CourseStage;
import dk.jobandel.partnerships.Outcome;
import dk.jobandel.partnerships.core.CourseRules.Facts;
import dk.jobandel.shared.core.Decision;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The secure-shared-employment course's stage machine: every move between every pair of stages, allowed or refused
 * with its reason, every closing with every outcome, and the partnership kind's stages and outcomes refused.
 */
class SecureEmploymentCourseRulesTest {

    /** From → the stages a taken secure-employment course may move to. */
    static final Map<CourseStage, Set<CourseStage>> ALLOWED = Map.of(
            INTAKE, Set.of(CLARIFYING),
            CLARIFYING, Set.of(PLAN),
            PLAN, Set.of(AGREEMENTS_IN_PLACE, CLARIFYING),
            AGREEMENTS_IN_PLACE, Set.of(FOLLOW_UP, PLAN),
            FOLLOW_UP, Set.of(),
            PARTNER_FOUND, Set.of(),
            AGREEMENT, Set.of(),
            CLOSED, Set.of());

    private static Facts secure(CourseStage stage, boolean taken) {
        return new Facts(CourseKind.SECURE_EMPLOYMENT, stage, taken, false);
    }

    @Test
    void everyPairOfStagesIsAllowedExactlyAsTheTableSaysAndRefusalsNameTheirReason() {
        for (CourseStage from : CourseStage.values()) {
            for (CourseStage to : CourseStage.values()) {
                Decision decision = CourseRules.move(secure(from, true), to);
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
    void theStagesRunFromIntakeThroughThePlanAndAgreementsToFollowUp() {
        assertThat(CourseRules.stages(CourseKind.SECURE_EMPLOYMENT))
                .containsExactly(INTAKE, CLARIFYING, PLAN, AGREEMENTS_IN_PLACE, FOLLOW_UP, CLOSED);
        assertThat(CourseRules.stages(CourseKind.PARTNERSHIP)).doesNotContain(PLAN, AGREEMENTS_IN_PLACE);
    }

    @Test
    void intakeNeedsAConsultantToTakeTheCourseFirst() {
        assertThat(CourseRules.move(secure(INTAKE, false), CLARIFYING).code()).isEqualTo("NOT_TAKEN");
        assertThat(CourseRules.nextStages(secure(INTAKE, false))).isEmpty();
        assertThat(CourseRules.nextStages(secure(INTAKE, true))).containsExactly(CLARIFYING);
    }

    @Test
    void followUpNeedsNoPartnershipRecord() {
        assertThat(CourseRules.nextStages(secure(AGREEMENTS_IN_PLACE, true)))
                .containsExactlyInAnyOrder(FOLLOW_UP, PLAN);
    }

    @Test
    void closingFollowsTheSecureEmploymentOutcomes() {
        for (CourseStage from : CourseStage.values()) {
            Facts facts = secure(from, true);
            String where = from.name();
            Decision secured = CourseRules.close(facts, Outcome.TERMS_SECURED, null);
            Decision noSharing = CourseRules.close(facts, Outcome.NO_SHARING, "Medlemmerne blev ikke enige");
            Decision noReason = CourseRules.close(facts, Outcome.NO_SHARING, "  ");
            Decision noHelp = CourseRules.close(facts, Outcome.NO_HELP_NEEDED, null);
            Decision partnership = CourseRules.close(facts, Outcome.PARTNERSHIP, null);
            Decision noPartnership = CourseRules.close(facts, Outcome.NO_PARTNERSHIP, "En grund");
            switch (from) {
                case CLOSED -> {
                    assertThat(secured.code()).as(where).isEqualTo("COURSE_CLOSED");
                    assertThat(noSharing.code()).as(where).isEqualTo("COURSE_CLOSED");
                    assertThat(noHelp.code()).as(where).isEqualTo("COURSE_CLOSED");
                }
                case INTAKE -> {
                    assertThat(secured.code()).as(where).isEqualTo("CLOSE_FROM_INTAKE");
                    assertThat(noSharing.code()).as(where).isEqualTo("CLOSE_FROM_INTAKE");
                    assertThat(noHelp.code()).as(where).isEqualTo("CLOSE_FROM_INTAKE");
                }
                default -> {
                    assertThat(noSharing.allowed()).as(where).isTrue();
                    assertThat(noReason.code()).as(where).isEqualTo("REASON_REQUIRED");
                    assertThat(noHelp.allowed()).as(where).isTrue();
                    assertThat(partnership.code()).as(where).isEqualTo("OUTCOME_NOT_FOR_KIND");
                    assertThat(noPartnership.code()).as(where).isEqualTo("OUTCOME_NOT_FOR_KIND");
                    if (from == AGREEMENTS_IN_PLACE || from == FOLLOW_UP) {
                        assertThat(secured.allowed()).as(where).isTrue();
                    } else {
                        assertThat(secured.code()).as(where).isEqualTo("TERMS_NOT_IN_PLACE");
                    }
                }
            }
        }
    }

    @Test
    void aPartnershipCourseCannotCloseWithTheSecureEmploymentOutcomes() {
        Facts partnership = new Facts(FOLLOW_UP, true, true);
        assertThat(CourseRules.close(partnership, Outcome.TERMS_SECURED, null).code())
                .isEqualTo("OUTCOME_NOT_FOR_KIND");
        assertThat(CourseRules.close(partnership, Outcome.NO_SHARING, "grund").code())
                .isEqualTo("OUTCOME_NOT_FOR_KIND");
        assertThat(CourseRules.outcomes(CourseKind.SECURE_EMPLOYMENT))
                .containsExactly(Outcome.TERMS_SECURED, Outcome.NO_SHARING, Outcome.NO_HELP_NEEDED);
        assertThat(CourseRules.needsReason(Outcome.NO_SHARING)).isTrue();
        assertThat(CourseRules.needsReason(Outcome.TERMS_SECURED)).isFalse();
    }
}
