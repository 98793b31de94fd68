package dk.jobandel.review;

import dk.jobandel.matching.ProposalStatus;
import java.util.Map;
import java.util.Set;

/**
 * Where a proposal is in review. A consultant approves (offers go out) or rejects an unreviewed proposal;
 * offered proposals end agreed (every party accepted and the agreement was made), declined (a party
 * declined), expired (a party did not answer in time) or blocked (every party accepted, but the agreement
 * would double-book someone or break a working-time rule).
 */
public enum ReviewStatus {
    UNREVIEWED,
    REJECTED,
    OFFERED,
    AGREED,
    DECLINED,
    EXPIRED,
    BLOCKED;

    private static final Map<ReviewStatus, Set<ReviewStatus>> NEXT = Map.of(
            UNREVIEWED, Set.of(OFFERED, REJECTED),
            OFFERED, Set.of(AGREED, DECLINED, EXPIRED, BLOCKED),
            REJECTED, Set.of(),
            AGREED, Set.of(),
            DECLINED, Set.of(),
            EXPIRED, Set.of(),
            BLOCKED, Set.of());

    public boolean canMoveTo(ReviewStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** The same status as matching stores it on the proposal. */
    public ProposalStatus stored() {
        return ProposalStatus.valueOf(name());
    }

    /** Nothing more happens to it. */
    public boolean isFinal() {
        return NEXT.get(this).isEmpty();
    }
}
