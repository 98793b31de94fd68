/**
 * Employee pools in the matching engine: plain Java, no Spring and no JPA (the ArchUnit rule in
 * {@code ModularityTests} covers this package too).
 *
 * <p>A pool's members post {@link dk.jobandel.matching.engine.pool.PoolNeed needs} (a weekly schedule at a place
 * with required skills); {@link dk.jobandel.matching.engine.pool.PortfolioRules} says which sets of needs one
 * {@link dk.jobandel.matching.engine.pool.PoolWorker worker} may take; {@link
 * dk.jobandel.matching.engine.pool.Portfolios} ranks the best portfolios for one worker; {@link
 * dk.jobandel.matching.engine.pool.PoolPlanner} assigns a whole pool's needs; {@link
 * dk.jobandel.matching.engine.pool.CostSplit} splits a month's cost among the members to the øre. See
 * docs/adr/0009-pool-portfolios.md.
 */
@org.jspecify.annotations.NullMarked
package dk.jobandel.matching.engine.pool;
