package dk.jobandel.review.core;

import static dk.jobandel.review.core.OfferRulesTest.NOW;
import static dk.jobandel.review.core.OfferRulesTest.toFreelancer;
import static dk.jobandel.review.core.OfferRulesTest.toOrganisation;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.review.OfferStatus;
import dk.jobandel.review.ReviewStatus;
import dk.jobandel.shared.core.Decision;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** When an offered proposal becomes agreed, declined, expired or blocked, and that it ends only once. */
class RoundOutcomeTest {

    @Test
    void theProposalWaitsUntilEveryPartyHasAccepted() {
        assertThat(RoundOutcome.everyoneAccepted(List.of(
                        toFreelancer(1, OfferStatus.ACCEPTED, NOW), toOrganisation(2, OfferStatus.ACCEPTED, NOW))))
                .isTrue();
        for (OfferStatus other : EnumSet.complementOf(EnumSet.of(OfferStatus.ACCEPTED))) {
            assertThat(RoundOutcome.everyoneAccepted(List.of(
                            toFreelancer(1, OfferStatus.ACCEPTED, NOW),
                            toFreelancer(2, OfferStatus.ACCEPTED, NOW),
                            toOrganisation(3, other, NOW))))
                    .as("one offer " + other)
                    .isFalse();
        }
        assertThat(RoundOutcome.everyoneAccepted(List.of())).isFalse();
    }

    @Test
    void everyoneAcceptedEndsAgreedWhenTheAgreementIsMadeAndBlockedWhenItIsRefused() {
        assertThat(RoundOutcome.afterAgreement(true)).isEqualTo(ReviewStatus.AGREED);
        assertThat(RoundOutcome.afterAgreement(false)).isEqualTo(ReviewStatus.BLOCKED);
    }

    @Test
    void aDeclineEndsItDeclinedAndASilenceExpired() {
        assertThat(RoundOutcome.afterDecline()).isEqualTo(ReviewStatus.DECLINED);
        assertThat(RoundOutcome.afterExpiry()).isEqualTo(ReviewStatus.EXPIRED);
    }

    @Test
    void onlyAnOfferedProposalEndsAndOnlyOnce() {
        Set<ReviewStatus> ends =
                EnumSet.of(ReviewStatus.AGREED, ReviewStatus.DECLINED, ReviewStatus.EXPIRED, ReviewStatus.BLOCKED);
        for (ReviewStatus current : ReviewStatus.values()) {
            for (ReviewStatus end : ends) {
                Decision decision = RoundOutcome.end(current, end);
                if (current == ReviewStatus.OFFERED) {
                    assertThat(decision).as(current + " → " + end).isEqualTo(Decision.ALLOWED);
                } else {
                    assertThat(decision).as(current + " → " + end).isEqualTo(Decision.refused("offer.changed"));
                }
            }
        }
    }

    @Test
    void declinedAndExpiredProposalsAreRememberedSoMatchingDoesNotMakeThemAgain() {
        for (ReviewStatus end : ReviewStatus.values()) {
            assertThat(RoundOutcome.remembered(end))
                    .as(end.name())
                    .isEqualTo(end == ReviewStatus.DECLINED || end == ReviewStatus.EXPIRED);
        }
    }
}
