package dk.jobandel.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The plan solver against the exhaustive {@link PlanReference} on {@value #TRIES} generated problems of up to
 * {@value #MAX_ROLES} roles with up to {@value #MAX_OPTIONS} options each, and every plan against the hard rules
 * checked apart from the solver. Seeded like {@link MatchingEnginePropertiesTest}; a failure names the try.
 */
class PlanSolverPropertiesTest {

    private static final long SEED = 0x91A4_2026L;
    private static final int TRIES = 300;
    private static final int MAX_ROLES = 12;
    private static final int MAX_OPTIONS = 4;
    private static final double TOLERANCE = 1e-4;

    @Test
    void aPlanNeverBooksAnyoneTwiceAtOnceNorOverTheirMaximum() {
        forAll(problem -> {
            for (Plan plan : List.of(
                    PlanSolver.solve(problem, PlanSettings.defaults()),
                    PlanSolver.solve(problem, localSearchOnly()),
                    PlanSolver.greedy(problem))) {
                assertThat(PlanRules.violations(problem, plan)).isEmpty();
                assertThat(PlanReference.feasible(
                                problem,
                                plan.choices().stream().map(Plan.Choice::option).toList()))
                        .isTrue();
            }
        });
    }

    @Test
    void aPlanReachesTheExhaustiveOptimum() {
        forAll(problem -> {
            Plan plan = PlanSolver.solve(problem, PlanSettings.defaults());
            double optimum = PlanReference.optimum(problem);
            assertThat(plan.totalScore()).isCloseTo(optimum, within(TOLERANCE));
            assertThat(plan.stats().optimal()).isTrue();
            assertThat(plan.stats().upperBound()).isCloseTo(optimum, within(TOLERANCE));
        });
    }

    /**
     * The local search alone, without branch and bound, on the same problems: it is what plans the large parts, so
     * its hit rate here is the evidence that it finds optima where nothing can prove them. Measured 300 of 300 when
     * written; the bar leaves room for a change of seed.
     */
    @Test
    void theLocalSearchAloneAlmostAlwaysReachesTheOptimum() {
        int[] reached = {0};
        double[] shortfall = {0};
        forAll(problem -> {
            Plan plan = PlanSolver.solve(problem, localSearchOnly());
            double optimum = PlanReference.optimum(problem);
            assertThat(plan.totalScore()).isLessThanOrEqualTo(optimum + TOLERANCE);
            assertThat(plan.stats().upperBound()).isGreaterThanOrEqualTo(optimum - TOLERANCE);
            if (plan.totalScore() >= optimum - TOLERANCE) {
                reached[0]++;
            } else {
                shortfall[0] = Math.max(shortfall[0], (optimum - plan.totalScore()) / optimum);
            }
        });
        assertThat(reached[0])
                .as("optima reached (worst shortfall %.4f)", shortfall[0])
                .isGreaterThanOrEqualTo(TRIES * 97 / 100);
    }

    @Test
    void aPlanIsNeverWorseThanGreedy() {
        int[] better = {0};
        forAll(problem -> {
            Plan greedy = PlanSolver.greedy(problem);
            Plan plan = PlanSolver.solve(problem, PlanSettings.defaults());
            assertThat(plan.totalScore()).isGreaterThanOrEqualTo(greedy.totalScore() - TOLERANCE);
            assertThat(plan.stats().greedyScore()).isCloseTo(greedy.totalScore(), within(TOLERANCE));
            if (plan.totalScore() > greedy.totalScore() + TOLERANCE) {
                better[0]++;
            }
        });
        // the generator makes contention on purpose: greedy must often be beaten, or the property says little
        assertThat(better[0]).isGreaterThan(TRIES / 10);
    }

    @Test
    void theSameProblemGivesTheSamePlanWhateverTheOrderOfItsOptions() {
        var shuffler = new SplittableRandom(SEED ^ 1);
        forAll(problem -> {
            List<PlanOption> shuffled = new ArrayList<>(problem.options());
            Collections.shuffle(shuffled, new java.util.Random(shuffler.nextLong()));
            var reordered = new PlanProblem(shuffled, problem.limits());
            for (PlanSettings settings : List.of(PlanSettings.defaults(), localSearchOnly())) {
                assertThat(summary(PlanSolver.solve(reordered, settings)))
                        .isEqualTo(summary(PlanSolver.solve(problem, settings)))
                        .isEqualTo(summary(PlanSolver.solve(problem, settings)));
            }
        });
    }

    /** No exact search: what the solver does on a part too large to prove. */
    private static PlanSettings localSearchOnly() {
        return new PlanSettings(1, 400, 0, 0, Duration.ofSeconds(50));
    }

    /** What a plan chose, by role, option and members: the same whatever the order the options came in. */
    private static List<String> summary(Plan plan) {
        return plan.choices().stream()
                .map(choice -> choice.roleId() + ":" + choice.option().memberIds() + "@"
                        + choice.option().score())
                .toList();
    }

    // ---- the harness

    private static void forAll(Consumer<PlanProblem> property) {
        var random = new SplittableRandom(SEED);
        for (int tryNumber = 1; tryNumber <= TRIES; tryNumber++) {
            PlanProblem problem = PlanGenerators.problem(random, MAX_ROLES, MAX_OPTIONS);
            Throwable failure = failure(property, problem);
            if (failure != null) {
                throw new AssertionError(
                        "Falsified on try %d of %d (seed %#x) by %d roles, %d options, %d freelancers"
                                .formatted(
                                        tryNumber,
                                        TRIES,
                                        SEED,
                                        problem.optionsByRole().size(),
                                        problem.options().size(),
                                        problem.limits().size()),
                        failure);
            }
        }
    }

    private static @Nullable Throwable failure(Consumer<PlanProblem> property, PlanProblem problem) {
        try {
            property.accept(problem);
            return null;
        } catch (AssertionError | RuntimeException failure) {
            return failure;
        }
    }
}
