package dk.jobandel.matching.engine.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The pool planner and the portfolio ranking against the hard rules ({@link PortfolioRules}, written independently
 * of the search) and against exhaustive references, on seeded generated pools. Plain JUnit loops rather than jqwik:
 * see docs/adr/0007-property-tests-without-jqwik.md. A failure names the try.
 */
class PoolPlannerPropertiesTest {

    private static final long SEED = 0x9001_2026L;
    private static final double SPEED = 40;

    private static void forAll(int tries, int maxNeeds, int maxWorkers, Consumer<PoolGenerators.Instance> check) {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int t = 0; t < tries; t++) {
            var instance = PoolGenerators.instance(random.split(), maxNeeds, maxWorkers);
            try {
                check.accept(instance);
            } catch (AssertionError e) {
                throw new AssertionError("try " + t + ": " + e.getMessage(), e);
            }
        }
    }

    /** Every portfolio of the plan keeps every hard rule, and its figures are those of the slow reference. */
    private static void assertFeasible(PoolPlan plan, PoolGenerators.Instance instance) {
        Map<Long, PoolNeed> needs = new HashMap<>();
        instance.needs().forEach(n -> needs.put(n.id(), n));
        Map<Long, PoolWorker> workers = new HashMap<>();
        instance.workers().forEach(w -> workers.put(w.id(), w));
        long covered = 0;
        long soft = 0;
        var used = new java.util.HashSet<Long>();
        var withWork = new java.util.HashSet<Long>();
        for (Portfolio portfolio : plan.portfolios()) {
            PoolWorker worker = workers.get(portfolio.workerId());
            List<PoolNeed> mine = portfolio.needIds().stream().map(needs::get).toList();
            assertThat(PortfolioRules.violations(worker, mine, SPEED))
                    .as("worker %d", worker.id())
                    .isEmpty();
            for (PoolNeed need : mine) {
                assertThat(used.add(need.id()))
                        .as("need %d taken once", need.id())
                        .isTrue();
            }
            var expected = PoolReference.score(worker, mine, SPEED);
            assertThat(portfolio.score().halfHours()).isEqualTo(expected.halfHours());
            assertThat(portfolio.score().soft()).isEqualTo(expected.soft());
            assertThat(portfolio.halfHoursByMember().values().stream()
                            .mapToInt(Integer::intValue)
                            .sum())
                    .isEqualTo(portfolio.halfHours());
            for (Portfolio.Move move : portfolio.moves()) {
                assertThat(move.toSlot() - move.fromSlot()).isGreaterThanOrEqualTo(move.travelHalfHours());
            }
            covered += expected.halfHours();
            soft += expected.soft();
            withWork.add(worker.id());
        }
        for (PoolWorker worker : instance.workers()) {
            if (!withWork.contains(worker.id())) {
                soft += PoolReference.score(worker, List.of(), SPEED).soft();
            }
        }
        assertThat(plan.stats().coveredHalfHours()).isEqualTo(covered);
        assertThat(plan.stats().soft()).isEqualTo(soft);
        assertThat(plan.assignments()).hasSize(used.size());
        assertThat(plan.unassignedNeedIds()).hasSize(instance.needs().size() - used.size());
    }

    @Test
    void planKeepsEveryRuleAndEqualsTheExhaustiveOptimum() {
        int[] proven = {0};
        forAll(150, 7, 3, instance -> {
            PoolPlan plan = PoolPlanner.plan(instance.needs(), instance.workers(), PoolSettings.defaults());
            assertFeasible(plan, instance);
            var optimum = PoolReference.optimum(instance.needs(), instance.workers(), SPEED);
            assertThat(plan.stats().coveredHalfHours()).isEqualTo(optimum.halfHours());
            assertThat(plan.stats().soft()).isEqualTo(optimum.soft());
            assertThat(plan.stats().optimal()).isTrue();
            proven[0]++;
        });
        assertThat(proven[0]).isEqualTo(150);
    }

    @Test
    void localSearchAloneIsNeverWorseThanGreedyAndUsuallyOptimal() {
        int[] optimal = {0};
        int[] greedyOptimal = {0};
        forAll(150, 7, 3, instance -> {
            var settings = PoolSettings.defaults().withSteps(300, 0);
            PoolPlan plan = PoolPlanner.plan(instance.needs(), instance.workers(), settings);
            PoolPlan greedy = PoolPlanner.greedy(instance.needs(), instance.workers(), settings);
            assertFeasible(plan, instance);
            assertFeasible(greedy, instance);
            assertThat(better(plan.stats(), greedy.stats())).isGreaterThanOrEqualTo(0);
            var optimum = PoolReference.optimum(instance.needs(), instance.workers(), SPEED);
            if (plan.stats().coveredHalfHours() == optimum.halfHours()
                    && plan.stats().soft() == optimum.soft()) {
                optimal[0]++;
            }
            if (greedy.stats().coveredHalfHours() == optimum.halfHours()
                    && greedy.stats().soft() == optimum.soft()) {
                greedyOptimal[0]++;
            }
        });
        System.out.println("[pool] greedy optimal on " + greedyOptimal[0] + " of 150");
        assertThat(greedyOptimal[0])
                .as("the instances leave greedy something to miss")
                .isLessThan(140);
        // measured: see docs/adr/0009-pool-portfolios.md; the assertion leaves room for a few misses
        System.out.println("[pool] local search alone optimal on " + optimal[0] + " of 150");
        assertThat(optimal[0]).isGreaterThanOrEqualTo(140);
    }

    @Test
    void largerPlansKeepEveryRuleAndBeatOrEqualGreedy() {
        forAll(40, 40, 12, instance -> {
            var settings = PoolSettings.defaults().withSteps(100, 0);
            PoolPlan plan = PoolPlanner.plan(instance.needs(), instance.workers(), settings);
            PoolPlan greedy = PoolPlanner.greedy(instance.needs(), instance.workers(), settings);
            assertFeasible(plan, instance);
            assertFeasible(greedy, instance);
            assertThat(better(plan.stats(), greedy.stats())).isGreaterThanOrEqualTo(0);
            assertThat(plan.stats().greedyCoveredHalfHours())
                    .isEqualTo(greedy.stats().coveredHalfHours());
        });
    }

    @Test
    void theSameInputInAnotherOrderGivesTheSamePlan() {
        forAll(40, 30, 10, instance -> {
            var settings = PoolSettings.defaults().withSteps(100, 8);
            PoolPlan first = PoolPlanner.plan(instance.needs(), instance.workers(), settings);
            List<PoolNeed> needs = new ArrayList<>(instance.needs());
            List<PoolWorker> workers = new ArrayList<>(instance.workers());
            Collections.reverse(needs);
            Collections.shuffle(workers, new java.util.Random(7));
            PoolPlan second = PoolPlanner.plan(needs, workers, settings);
            assertThat(second.assignments()).isEqualTo(first.assignments());
            assertThat(second.stats()).isEqualTo(first.stats());
        });
    }

    @Test
    void bestPortfoliosForOneWorkerAreTheExhaustiveBest() {
        forAll(200, 9, 1, instance -> {
            PoolWorker worker = instance.workers().getFirst();
            var ranking = Portfolios.forWorker(worker, instance.needs(), 3, PoolSettings.defaults());
            assertThat(ranking.exact()).isTrue();
            var expected = PoolReference.bestPortfolios(worker, instance.needs(), 3, SPEED);
            assertThat(ranking.portfolios()).hasSize(expected.size());
            Map<Long, PoolNeed> byId = new HashMap<>();
            instance.needs().forEach(n -> byId.put(n.id(), n));
            for (int i = 0; i < expected.size(); i++) {
                Portfolio portfolio = ranking.portfolios().get(i);
                List<PoolNeed> mine =
                        portfolio.needIds().stream().map(byId::get).toList();
                assertThat(PortfolioRules.violations(worker, mine, SPEED)).isEmpty();
                assertThat(portfolio.score().halfHours())
                        .isEqualTo(expected.get(i).halfHours());
                assertThat(portfolio.score().soft()).isEqualTo(expected.get(i).soft());
            }
        });
    }

    /** Positive when a is the better plan: more covered half-hours, then a higher soft sum. */
    private static int better(PoolPlan.Stats a, PoolPlan.Stats b) {
        int c = Long.compare(a.coveredHalfHours(), b.coveredHalfHours());
        return c != 0 ? c : Long.compare(a.soft(), b.soft());
    }
}
