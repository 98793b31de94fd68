package dk.jobandel.pools.billing;

import dk.jobandel.members.Actor;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Where a pool's costed month comes from: the hours each member used of each worker under the pool's agreements, split
 * to the øre. Pools declares it and the matching module provides it (its engine does the arithmetic over the
 * agreements' month), because both depend on pools.
 */
public interface MonthCosts {

    /**
     * The pool's whole month, every member's shares, for a reader who may read it; empty for anybody else.
     *
     * @throws dk.jobandel.pools.PoolNotFound when there is no such pool
     */
    Optional<CostedMonth> costedMonth(long poolId, YearMonth month, Actor viewer);
}
