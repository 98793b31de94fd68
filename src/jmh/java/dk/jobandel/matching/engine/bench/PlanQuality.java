package dk.jobandel.matching.engine.bench;

import dk.jobandel.matching.engine.Plan;
import dk.jobandel.matching.engine.PlanProblem;
import dk.jobandel.matching.engine.PlanSettings;
import dk.jobandel.matching.engine.PlanSolver;

/**
 * How good the whole plan of the synthetic world is, beyond {@link PlanBenchmark}'s figures: the plan's total against
 * a Lagrangian upper bound ({@link PlanUpperBound}, {@value #ITERATIONS} subgradient steps), which is tighter than
 * the bound the solver reports. Run with
 * {@code ./mvnw -B -Pbenchmarks compile exec:exec -Djmh.main=dk.jobandel.matching.engine.bench.PlanQuality}.
 */
public final class PlanQuality {

    static final int ITERATIONS = 300;

    private PlanQuality() {}

    public static void main(String[] args) {
        PlanProblem problem = PlanFixtures.problem();
        Plan greedy = PlanSolver.greedy(problem);
        Plan plan = PlanSolver.solve(problem, PlanSettings.defaults());
        long start = System.nanoTime();
        double bound = PlanUpperBound.of(problem, plan.totalScore(), ITERATIONS);
        System.out.printf(
                "[plan quality] greedy %.1f, solve %.1f, solver's bound %.1f, Lagrangian bound %.1f (%d steps, %.1f s)%n",
                greedy.totalScore(),
                plan.totalScore(),
                plan.stats().upperBound(),
                bound,
                ITERATIONS,
                (System.nanoTime() - start) / 1e9);
        System.out.printf(
                "[plan quality] solve / Lagrangian bound = %.4f, greedy / Lagrangian bound = %.4f%n",
                plan.totalScore() / bound, greedy.totalScore() / bound);
    }
}
