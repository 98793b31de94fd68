package dk.jobandel.matching.engine.pool;

import java.util.ArrayList;
import java.util.List;

/**
 * A pool-wide plan: each need to at most one worker, every worker's portfolio within {@link PortfolioRules}, with
 * the most covered half-hours, then the highest sum of the workers' soft scores ({@link PortfolioScore}), whose
 * squared shortfall term spreads hours fairly: a plan that leaves two workers 4 half-hours short each beats one
 * that leaves one worker 8 short.
 *
 * <p>How (docs/adr/0009-pool-portfolios.md has the measurements):
 *
 * <ol>
 *   <li>Greedy: needs by half-hours, most first (ties: lower id), each to the worker it fits with the best change of
 *       soft score. This is also the baseline {@link #greedy} returns.
 *   <li>The needs fall apart into independent parts: needs linked by a worker who may take both.
 *   <li>Per part, simulated annealing for {@code stepsPerNeed × needs} moves: put one need on another of its
 *       workers (or on none), eject from that worker the needs in the way (overlapping, over the maximum, then those
 *       on the same or next days when travel or rest still fails), put the ejected on the best worker they fit, and
 *       refill the worker the need left with open needs. The best plan seen is kept, so the plan is never worse than
 *       greedy.
 *   <li>Parts of at most {@code exactNeeds} needs are then searched exactly by branch and bound from that plan;
 *       when the search ends within its node budget the part is proven optimal.
 * </ol>
 *
 * <p>Deterministic: the same needs, workers and settings give the same plan, whatever their order, unless the
 * wall-clock cap cuts the search short ({@link PoolPlan.Stats#stoppedByTimeLimit()}). Single-threaded.
 */
public final class PoolPlanner {

    private PoolPlanner() {}

    /** The best plan found within the settings' budgets. */
    public static PoolPlan plan(List<PoolNeed> needs, List<PoolWorker> workers, PoolSettings settings) {
        long deadline = System.nanoTime() + settings.timeLimit().toNanos();
        PoolModel model = new PoolModel(needs, workers, settings.speedKmh());
        PoolSearch search = new PoolSearch(model, deadline);
        search.greedy();
        long greedyCovered = search.covered;
        long greedySoft = search.softTotal;
        List<int[]> parts = search.parts();
        int exactParts = 0;
        int largest = 0;
        for (int[] part : parts) {
            largest = Math.max(largest, part.length);
            if (part.length == 1 && model.candidates[part[0]].length == 0) {
                exactParts++; // nobody may take it: nothing to decide
                continue;
            }
            long seed = settings.seed() * 0x9E3779B97F4A7C15L + model.needs[part[0]].id();
            search.localSearch(part, (long) settings.stepsPerNeed() * part.length, seed);
            if (part.length <= settings.exactNeeds() && search.branchAndBound(part, settings.exactNodes())) {
                exactParts++;
            }
        }
        var stats = new PoolPlan.Stats(
                neededHalfHours(model),
                takeableHalfHours(model),
                search.covered,
                search.softTotal,
                greedyCovered,
                greedySoft,
                parts.size(),
                exactParts,
                largest,
                search.steps,
                search.nodes,
                search.stoppedByTimeLimit);
        return plan(search, stats);
    }

    /** The greedy plan alone (the baseline). */
    public static PoolPlan greedy(List<PoolNeed> needs, List<PoolWorker> workers, PoolSettings settings) {
        PoolModel model = new PoolModel(needs, workers, settings.speedKmh());
        PoolSearch search = new PoolSearch(model, Long.MAX_VALUE);
        search.greedy();
        List<int[]> parts = search.parts();
        int largest = parts.stream().mapToInt(p -> p.length).max().orElse(0);
        var stats = new PoolPlan.Stats(
                neededHalfHours(model),
                takeableHalfHours(model),
                search.covered,
                search.softTotal,
                search.covered,
                search.softTotal,
                parts.size(),
                0,
                largest,
                0,
                0,
                false);
        return plan(search, stats);
    }

    private static long neededHalfHours(PoolModel model) {
        long needed = 0;
        for (int n = 0; n < model.needCount; n++) {
            needed += model.halfHours[n];
        }
        return needed;
    }

    private static long takeableHalfHours(PoolModel model) {
        long takeable = 0;
        for (int n = 0; n < model.needCount; n++) {
            if (model.candidates[n].length > 0) {
                takeable += model.halfHours[n];
            }
        }
        return takeable;
    }

    private static PoolPlan plan(PoolSearch search, PoolPlan.Stats stats) {
        PoolModel model = search.m;
        List<PoolPlan.Assignment> assignments = new ArrayList<>();
        List<Long> open = new ArrayList<>();
        for (int n = 0; n < model.needCount; n++) {
            int w = search.assigned[n];
            if (w >= 0) {
                assignments.add(new PoolPlan.Assignment(model.needs[n].id(), model.workers[w].id()));
            } else {
                open.add(model.needs[n].id());
            }
        }
        List<Portfolio> portfolios = new ArrayList<>();
        for (int w = 0; w < model.workerCount; w++) {
            int[] mine = search.needsOfWorker(w);
            if (mine.length > 0) {
                portfolios.add(model.portfolio(w, mine, mine.length));
            }
        }
        return new PoolPlan(assignments, portfolios, open, stats);
    }
}
