package dk.jobandel.matching.engine.pool;

import java.util.List;

/**
 * A pool-wide plan: each need with at most one worker, every worker's portfolio within the rules.
 *
 * @param assignments which worker takes which need, by need id
 * @param portfolios the non-empty portfolios, by worker id, each with its explanation
 * @param unassignedNeedIds needs no worker takes, ascending
 * @param stats figures of the plan and of the search
 */
public record PoolPlan(
        List<Assignment> assignments, List<Portfolio> portfolios, List<Long> unassignedNeedIds, Stats stats) {

    public PoolPlan {
        assignments = List.copyOf(assignments);
        portfolios = List.copyOf(portfolios);
        unassignedNeedIds = List.copyOf(unassignedNeedIds);
    }

    /** One need taken by one worker. */
    public record Assignment(long needId, long workerId) {}

    /**
     * Figures of a plan.
     *
     * @param neededHalfHours half-hours a week of all needs
     * @param takeableHalfHours half-hours a week of the needs some worker may take on their own: no plan covers more
     * @param coveredHalfHours half-hours a week of the needs taken: the plan's first objective
     * @param soft the sum over all workers (also those without needs) of their portfolio's soft score: the second
     *     objective, where the fairness term lives ({@link PortfolioScore})
     * @param greedyCoveredHalfHours what the greedy start covered
     * @param greedySoft the greedy start's soft sum
     * @param parts independent parts (needs linked by a worker who may take both)
     * @param exactParts parts proven optimal (searched exactly to the end, or nothing left to gain)
     * @param largestPart needs in the largest part
     * @param steps local-search moves made
     * @param nodes branch-and-bound nodes visited
     * @param stoppedByTimeLimit the wall-clock cap cut the search short (the plan may then differ between runs)
     */
    public record Stats(
            long neededHalfHours,
            long takeableHalfHours,
            long coveredHalfHours,
            long soft,
            long greedyCoveredHalfHours,
            long greedySoft,
            int parts,
            int exactParts,
            int largestPart,
            long steps,
            long nodes,
            boolean stoppedByTimeLimit) {

        /** Whether every part was proven optimal, so the plan is. */
        public boolean optimal() {
            return exactParts == parts;
        }
    }
}
