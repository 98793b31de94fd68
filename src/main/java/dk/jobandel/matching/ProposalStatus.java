package dk.jobandel.matching;

/**
 * A stored proposal's review status, as the {@code proposal} table keeps it (its check constraint lists the same
 * values). Matching makes proposals {@link #UNREVIEWED}; the review module decides which move is allowed and sets the
 * others through {@link MatchingProposals#markReviewed}.
 */
public enum ProposalStatus {
    UNREVIEWED,
    REJECTED,
    OFFERED,
    AGREED,
    DECLINED,
    EXPIRED,
    BLOCKED
}
