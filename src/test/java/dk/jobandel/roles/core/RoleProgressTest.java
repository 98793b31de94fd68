package dk.jobandel.roles.core;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.roles.RoleActivity.Activity;
import dk.jobandel.roles.RoleStatus;
import dk.jobandel.roles.core.RoleProgress.Step;
import org.junit.jupiter.api.Test;

class RoleProgressTest {

    @Test
    void aDraftWaitsForPublicationOrForTheOrganisationsVerification() {
        assertThat(RoleProgress.of(RoleStatus.DRAFT, true, Activity.NONE))
                .isEqualTo(new RoleProgress(java.util.List.of(Step.DRAFT), "role.waiting.draft"));
        assertThat(RoleProgress.of(RoleStatus.DRAFT, false, Activity.NONE).waitingFor())
                .isEqualTo("role.waiting.verification");
    }

    @Test
    void aPublishedRoleWaitsForMatchingThenTheConsultantThenTheAnswers() {
        var matching = RoleProgress.of(RoleStatus.PUBLISHED, true, Activity.NONE);
        assertThat(matching.current()).isEqualTo(Step.PUBLISHED);
        assertThat(matching.waitingFor()).isEqualTo("role.waiting.matching");

        var review = RoleProgress.of(RoleStatus.PUBLISHED, true, new Activity(3, 0, false));
        assertThat(review.current()).isEqualTo(Step.PROPOSALS);
        assertThat(review.hasReached(Step.PUBLISHED)).isTrue();
        assertThat(review.hasReached(Step.OFFERS)).isFalse();
        assertThat(review.waitingFor()).isEqualTo("role.waiting.review");

        var answers = RoleProgress.of(RoleStatus.PUBLISHED, true, new Activity(2, 2, false));
        assertThat(answers.current()).isEqualTo(Step.OFFERS);
        assertThat(answers.waitingFor()).isEqualTo("role.waiting.answers");
        assertThat(RoleProgress.of(RoleStatus.PUBLISHED, true, new Activity(0, 3, true))
                        .waitingFor())
                .isEqualTo("role.waiting.ownAnswer");
    }

    @Test
    void aFilledRoleHasReachedEveryStepAndAClosedOneNone() {
        var filled = RoleProgress.of(RoleStatus.FILLED, true, Activity.NONE);
        assertThat(filled.reached()).containsExactly(Step.values());
        assertThat(filled.waitingFor()).isEqualTo("role.waiting.filled");
        var closed = RoleProgress.of(RoleStatus.CLOSED, true, Activity.NONE);
        assertThat(closed.reached()).isEmpty();
        assertThat(closed.current()).isNull();
    }
}
