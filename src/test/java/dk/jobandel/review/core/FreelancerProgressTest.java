package dk.jobandel.review.core;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.review.core.FreelancerProgress.Facts;
import dk.jobandel.review.core.FreelancerProgress.Step;
import org.junit.jupiter.api.Test;

class FreelancerProgressTest {

    @Test
    void anIncompleteProfileComesFirstWhateverElseHappened() {
        var progress = FreelancerProgress.of(new Facts(false, 4, 1, 1, 0));
        assertThat(progress.reached()).isEmpty();
        assertThat(progress.next()).isEqualTo("dashboard.next.profile");
    }

    @Test
    void eachStepIsReachedInTurn() {
        assertThat(FreelancerProgress.of(new Facts(true, 0, 0, 0, 0)).current()).isEqualTo(Step.PROFILE);
        assertThat(FreelancerProgress.of(new Facts(true, 2, 0, 0, 0)).current()).isEqualTo(Step.MATCHED);
        var review = FreelancerProgress.of(new Facts(true, 2, 2, 0, 0));
        assertThat(review.current()).isEqualTo(Step.REVIEW);
        assertThat(review.count()).isEqualTo(2);
        assertThat(review.next()).isEqualTo("dashboard.next.review");
        assertThat(review.hasReached(Step.MATCHED)).isTrue();
        assertThat(review.hasReached(Step.OFFER)).isFalse();
        assertThat(FreelancerProgress.of(new Facts(true, 2, 1, 0, 1)).current()).isEqualTo(Step.AGREEMENT);
    }

    @Test
    void anOfferWaitingForAnAnswerIsTheNextStepEvenWithAnAgreement() {
        var progress = FreelancerProgress.of(new Facts(true, 3, 0, 1, 1));
        assertThat(progress.current()).isEqualTo(Step.OFFER);
        assertThat(progress.next()).isEqualTo("dashboard.next.offer");
        assertThat(progress.count()).isEqualTo(1);
    }
}
