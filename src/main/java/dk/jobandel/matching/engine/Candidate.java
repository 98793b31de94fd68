package dk.jobandel.matching.engine;

/**
 * One person proposed for one role, with the score (0–100) and why.
 *
 * @param freelancerId the person
 * @param roleId the role
 * @param score the weighted sum of the criteria, 0–100; results are sorted by it, ties by freelancer id
 * @param breakdown the criteria
 * @param reasons the facts behind them
 */
public record Candidate(long freelancerId, long roleId, double score, Breakdown breakdown, CandidateReasons reasons) {}
