package dk.jobandel.review;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.matching.ProposalStatus;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every allowed and every refused transition of proposals and offers. */
class ReviewStatusTest {

    @Test
    void proposalsMoveOnlyAlongTheReviewPath() {
        Map<ReviewStatus, Set<ReviewStatus>> allowed = Map.of(
                ReviewStatus.UNREVIEWED, EnumSet.of(ReviewStatus.OFFERED, ReviewStatus.REJECTED),
                ReviewStatus.OFFERED,
                        EnumSet.of(
                                ReviewStatus.AGREED,
                                ReviewStatus.DECLINED,
                                ReviewStatus.EXPIRED,
                                ReviewStatus.BLOCKED));
        for (ReviewStatus from : ReviewStatus.values()) {
            for (ReviewStatus to : ReviewStatus.values()) {
                assertThat(from.canMoveTo(to))
                        .as(from + " → " + to)
                        .isEqualTo(allowed.getOrDefault(from, Set.of()).contains(to));
            }
            assertThat(from.isFinal()).as(from + " is final").isEqualTo(!allowed.containsKey(from));
        }
    }

    @Test
    void offersAreAnsweredOnceFromPending() {
        for (OfferStatus from : OfferStatus.values()) {
            for (OfferStatus to : OfferStatus.values()) {
                assertThat(from.canMoveTo(to))
                        .as(from + " → " + to)
                        .isEqualTo(from == OfferStatus.PENDING && to != OfferStatus.PENDING);
            }
        }
    }

    @Test
    void everyReviewStatusIsStoredAsTheSameProposalStatusAndBack() {
        assertThat(ReviewStatus.values()).hasSameSizeAs(ProposalStatus.values());
        for (ReviewStatus status : ReviewStatus.values()) {
            assertThat(status.stored().name()).isEqualTo(status.name());
        }
    }
}
