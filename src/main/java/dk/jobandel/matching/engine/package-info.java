/**
 * The matching engine: plain Java over immutable snapshots, no Spring and no JPA (an ArchUnit test guards it).
 *
 * <p>{@link dk.jobandel.matching.engine.MatchingData} lays freelancers out as struct-of-arrays so that the hot loop
 * of {@link dk.jobandel.matching.engine.MatchingEngine} is AND and popcount over contiguous {@code long}s; full
 * explanations ({@link dk.jobandel.matching.engine.Breakdown}) are built only for the results returned.
 *
 * <p>{@link dk.jobandel.matching.engine.PlanSolver} then makes one whole plan from all roles' shortlists
 * ({@link dk.jobandel.matching.engine.PlanProblem} of {@link dk.jobandel.matching.engine.PlanOption}s): at most one
 * option per role, nobody booked twice or over their hours, the highest total score it can find.
 * {@link dk.jobandel.matching.engine.PlanRules} checks any plan against those rules.
 */
@org.jspecify.annotations.NullMarked
package dk.jobandel.matching.engine;
