package dk.jobandel.pools;

import static dk.jobandel.pools.Refusals.require;

import dk.jobandel.freelancers.PoolWishes;
import dk.jobandel.members.Actor;
import dk.jobandel.pools.PoolViews.Candidate;
import dk.jobandel.pools.core.PoolAccess;
import dk.jobandel.shared.core.Decision;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A pool's workers behind {@link Pools}: the host's staff and consultants add freelancers who want pool work (with the
 * hours they wish for, from the freelancers module) and remove them. Runs in the façade's transaction.
 */
@Component
class PoolWorkers {

    private final PoolStore pools;
    private final PoolQueries queries;
    private final PoolWishes wishes;
    private final Clock clock;

    PoolWorkers(PoolStore pools, PoolQueries queries, PoolWishes wishes, Clock clock) {
        this.pools = pools;
        this.queries = queries;
        this.wishes = wishes;
        this.clock = clock;
    }

    /** Every active worker of every pool, for the planner. */
    List<PoolViews.PoolWorker> all() {
        return pools.workers();
    }

    private void requireManager(Actor actor, long poolId) {
        require(PoolAccess.managesWorkers(actor, queries.pool(poolId).hostOrganisationId()), poolId);
    }

    /** Freelancers who want pool work and are not active workers of the pool, by name (at most 200). */
    List<Candidate> candidates(Actor actor, long poolId) {
        requireManager(actor, poolId);
        return wishes.wanting(pools.activeWorkers(poolId), 200).stream()
                .map(w -> new Candidate(w.freelancerId(), w.name(), w.desiredHoursMin(), w.desiredHoursMax()))
                .toList();
    }

    void add(Actor actor, long poolId, long freelancerId) {
        requireManager(actor, poolId);
        var wish = wishes.of(freelancerId).orElseThrow(() -> new PoolRefused("pool.worker.notWanting"));
        Timestamp now = Timestamp.from(clock.instant());
        boolean added = pools.addWorker(
                poolId, freelancerId, wish.desiredHoursMin(), wish.desiredHoursMax(), now, actor.accountId());
        require(added ? Decision.ALLOWED : Decision.refused("pool.worker.already"), poolId);
    }

    void remove(Actor actor, long poolId, long freelancerId) {
        requireManager(actor, poolId);
        require(pools.removeWorker(poolId, freelancerId) ? Decision.ALLOWED : Decision.HIDDEN, freelancerId);
    }
}
