/**
 * Matching: proposes single candidates and job-share teams for shared roles, with every score
 * explained, and plans pool portfolios. The engine ({@code engine}) is plain Java working on immutable snapshots,
 * as are the rules in {@code core}; around them, the runs ({@code MatchingRuns}), the proposals
 * ({@code MatchingProposals}) and the pool planning ({@code PoolMatching}) are façades over stores
 * ({@code RunStore}, {@code ProposalStore}) and query classes for the pages (ADR 0015).
 */
@org.jspecify.annotations.NullMarked
package dk.jobandel.matching;
