package dk.jobandel.review.core;

import dk.jobandel.review.OfferStatus;
import dk.jobandel.review.ReviewStatus;
import dk.jobandel.shared.core.Decision;
import java.util.List;

/**
 * Where an offered proposal ends ("accept only together"). It stays {@link ReviewStatus#OFFERED} until every party
 * has accepted; then it is {@link ReviewStatus#AGREED} when the agreement is made, or {@link ReviewStatus#BLOCKED}
 * when the agreement would double-book someone or break a working-time rule. One decline makes it
 * {@link ReviewStatus#DECLINED}; an offer left unanswered past its time makes it {@link ReviewStatus#EXPIRED}. Only an
 * offered proposal ends, and only once.
 */
public final class RoundOutcome {

    private RoundOutcome() {}

    /** Whether every party of the proposal has accepted (a proposal always has offers once it is offered). */
    public static boolean everyoneAccepted(List<Offer> offers) {
        return !offers.isEmpty() && offers.stream().allMatch(o -> o.status() == OfferStatus.ACCEPTED);
    }

    /** Everyone accepted: agreed when the agreement was made, blocked when it was refused. */
    public static ReviewStatus afterAgreement(boolean made) {
        return made ? ReviewStatus.AGREED : ReviewStatus.BLOCKED;
    }

    /** A party declined. */
    public static ReviewStatus afterDecline() {
        return ReviewStatus.DECLINED;
    }

    /** Offers were not answered in time. */
    public static ReviewStatus afterExpiry() {
        return ReviewStatus.EXPIRED;
    }

    /**
     * Ending the proposal: allowed only from a status that leads there (an offered proposal); anything else means
     * somebody else's answer got there first.
     */
    public static Decision end(ReviewStatus current, ReviewStatus next) {
        return current.canMoveTo(next) ? Decision.ALLOWED : Decision.refused(OfferRules.CHANGED);
    }

    /** Whether a refused proposal is remembered so that matching does not make it again unchanged. */
    public static boolean remembered(ReviewStatus end) {
        return end == ReviewStatus.DECLINED || end == ReviewStatus.EXPIRED;
    }
}
