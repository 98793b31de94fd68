package dk.jobandel.matching.engine.bench;

import dk.jobandel.matching.engine.pool.PoolNeed;
import dk.jobandel.matching.engine.pool.PoolPlan;
import dk.jobandel.matching.engine.pool.PoolPlanner;
import dk.jobandel.matching.engine.pool.PoolSettings;
import dk.jobandel.matching.engine.pool.PoolWorker;
import dk.jobandel.matching.engine.pool.Portfolio;
import dk.jobandel.matching.engine.pool.PortfolioRules;
import dk.jobandel.matching.engine.pool.Portfolios;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pool plan on {@link PoolWorld} (500 needs from 40 members, 200 workers by default): the greedy baseline, then
 * the plan at the default settings and at other move budgets, each plan checked with {@link PortfolioRules} (the
 * checker independent of the planner), and the best portfolios for single workers. A plain main rather than JMH: one
 * plan takes seconds, and what matters is the figure of one run and its quality, not a steady-state throughput.
 *
 * <p>Run: {@code ./mvnw -B -Pbenchmarks compile exec:exec
 * -Djmh.main=dk.jobandel.matching.engine.bench.PoolPlanBenchmark -Djmh.args="500 40 200 3"} (needs, members,
 * workers, repetitions of the default plan).
 */
public final class PoolPlanBenchmark {

    private PoolPlanBenchmark() {}

    public static void main(String[] args) {
        int needCount = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int memberCount = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int workerCount = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int repetitions = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        System.out.printf(
                "[machine] %d processors, JVM %s, load average %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version(), loadAverage());
        var world = new PoolWorld(needCount, memberCount, workerCount, 2026);
        List<PoolNeed> needs = world.needs();
        List<PoolWorker> workers = world.workers();
        long needed = needs.stream().mapToLong(PoolNeed::halfHours).sum();
        long capacity = workers.stream().mapToLong(PoolWorker::desiredMaxHalfHours).sum();
        long pairs = 0;
        for (PoolNeed need : needs) {
            for (PoolWorker worker : workers) {
                if (PortfolioRules.eligibility(worker, need).isEmpty()) {
                    pairs++;
                }
            }
        }
        System.out.printf(
                "[world] %d needs from %d members, %.1f h needed a week; %d workers wanting at most %.1f h;"
                        + " %d eligible (need, worker) pairs, %.1f workers per need%n",
                needs.size(), memberCount, needed / 2.0, workers.size(), capacity / 2.0, pairs, (double) pairs / needs.size());

        PoolSettings defaults = PoolSettings.defaults();
        boolean portfoliosOnly = args.length > 4 && args[4].equals("portfolios");
        long start = System.nanoTime();
        if (portfoliosOnly) {
            repetitions = 0;
        }
        PoolPlan greedy = PoolPlanner.greedy(needs, workers, defaults);
        report("greedy", greedy, System.nanoTime() - start, needs, workers, defaults);

        for (int r = 0; r < repetitions; r++) {
            start = System.nanoTime();
            PoolPlan plan = PoolPlanner.plan(needs, workers, defaults);
            report("plan default #" + (r + 1), plan, System.nanoTime() - start, needs, workers, defaults);
        }
        for (int steps : portfoliosOnly ? new int[0] : new int[] {30, 100, 1000}) {
            var settings = defaults.withSteps(steps, defaults.exactNeeds());
            start = System.nanoTime();
            PoolPlan plan = PoolPlanner.plan(needs, workers, settings);
            report("plan " + steps + " moves/need", plan, System.nanoTime() - start, needs, workers, settings);
        }

        int exact = 0;
        long slowest = 0;
        start = System.nanoTime();
        int asked = Math.min(50, workers.size());
        for (int w = 0; w < asked; w++) {
            long one = System.nanoTime();
            var ranking = Portfolios.forWorker(workers.get(w), needs, 5, defaults);
            slowest = Math.max(slowest, System.nanoTime() - one);
            if (ranking.exact()) {
                exact++;
            }
        }
        System.out.printf(
                "[forWorker] k=5 for %d workers: %.1f ms in all, slowest %.1f ms, %d of %d proven exact%n",
                asked, (System.nanoTime() - start) / 1e6, slowest / 1e6, exact, asked);
    }

    private static void report(
            String label,
            PoolPlan plan,
            long nanos,
            List<PoolNeed> needs,
            List<PoolWorker> workers,
            PoolSettings settings) {
        Map<Long, PoolNeed> needById = new HashMap<>();
        needs.forEach(n -> needById.put(n.id(), n));
        Map<Long, PoolWorker> workerById = new HashMap<>();
        workers.forEach(w -> workerById.put(w.id(), w));
        int violations = 0;
        long shortWorkers = 0;
        // shortfall below the desired minimum, over all workers (those without work miss all of it)
        long shortfall = 0;
        long largestShortfall = 0;
        var withWork = new java.util.HashSet<Long>();
        for (Portfolio portfolio : plan.portfolios()) {
            withWork.add(portfolio.workerId());
            shortfall += portfolio.score().shortfallHalfHours();
            largestShortfall = Math.max(largestShortfall, portfolio.score().shortfallHalfHours());
        }
        for (PoolWorker worker : workers) {
            if (!withWork.contains(worker.id())) {
                shortfall += worker.desiredMinHalfHours();
                largestShortfall = Math.max(largestShortfall, worker.desiredMinHalfHours());
            }
        }
        for (Portfolio portfolio : plan.portfolios()) {
            List<PoolNeed> mine = portfolio.needIds().stream().map(needById::get).toList();
            violations += PortfolioRules.violations(workerById.get(portfolio.workerId()), mine, settings.speedKmh())
                    .size();
            if (portfolio.score().shortfallHalfHours() > 0) {
                shortWorkers++;
            }
        }
        var s = plan.stats();
        System.out.printf(
                "[%s] %.2f s: covered %.1f of %.1f h (%.1f %%; %.1f h takeable by someone), greedy %.1f h, +%.1f h; soft %d (greedy %d);"
                        + " %d needs open; %d workers with work, %d of them short of their minimum;"
                        + " shortfall %.1f h in all, largest %.1f h;"
                        + " parts %d (largest %d, %d exact); %d moves, %d nodes; time cap hit: %s;"
                        + " checker violations: %d%n",
                label,
                nanos / 1e9,
                s.coveredHalfHours() / 2.0,
                s.neededHalfHours() / 2.0,
                100.0 * s.coveredHalfHours() / s.neededHalfHours(),
                s.takeableHalfHours() / 2.0,
                s.greedyCoveredHalfHours() / 2.0,
                (s.coveredHalfHours() - s.greedyCoveredHalfHours()) / 2.0,
                s.soft(),
                s.greedySoft(),
                plan.unassignedNeedIds().size(),
                plan.portfolios().size(),
                shortWorkers,
                shortfall / 2.0,
                largestShortfall / 2.0,
                s.parts(),
                s.largestPart(),
                s.exactParts(),
                s.steps(),
                s.nodes(),
                s.stoppedByTimeLimit(),
                violations);
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
