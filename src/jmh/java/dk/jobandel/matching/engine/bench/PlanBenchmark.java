package dk.jobandel.matching.engine.bench;

import dk.jobandel.matching.engine.Plan;
import dk.jobandel.matching.engine.PlanProblem;
import dk.jobandel.matching.engine.PlanRules;
import dk.jobandel.matching.engine.PlanSettings;
import dk.jobandel.matching.engine.PlanSolver;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole plan for the synthetic world: {@link PlanSolver#solve} with {@link PlanSettings#defaults()} over the
 * shortlists of all {@value Fixtures#ROLES} roles ({@link PlanFixtures}), and the greedy baseline alone
 * ({@link PlanSolver#greedy}). The shortlists are built once in the setup and not timed. The setup prints the
 * problem's size, both plans' totals, the upper bound and the shares of it, and checks both plans with
 * {@link PlanRules}. One shot per iteration, the time in seconds.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(1)
@State(Scope.Benchmark)
public class PlanBenchmark {

    private PlanProblem problem;

    @Setup(Level.Trial)
    public void setUp() {
        problem = PlanFixtures.problem();
        System.out.printf(
                "%n[plan] shortlists built in %.1f s: %d roles with options, %d options, %d freelancers in them%n",
                PlanFixtures.shortlistSeconds(),
                problem.optionsByRole().size(),
                problem.options().size(),
                problem.limits().size());
        long start = System.nanoTime();
        Plan greedy = PlanSolver.greedy(problem);
        double greedySeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        Plan plan = PlanSolver.solve(problem, PlanSettings.defaults());
        double planSeconds = (System.nanoTime() - start) / 1e9;
        double bound = plan.stats().upperBound();
        System.out.printf(
                "[plan] greedy: total %.1f, %d roles filled, %.2f s (first run); violations %d%n",
                greedy.totalScore(),
                greedy.choices().size(),
                greedySeconds,
                PlanRules.violations(problem, greedy).size());
        System.out.printf(
                "[plan] solve:  total %.1f, %d roles filled, %.2f s (first run); violations %d; %s%n",
                plan.totalScore(),
                plan.choices().size(),
                planSeconds,
                PlanRules.violations(problem, plan).size(),
                plan.stats());
        System.out.printf(
                "[plan] solve / greedy = %.4f (+%.1f); greedy / bound = %.4f; solve / bound = %.4f%n",
                plan.totalScore() / greedy.totalScore(),
                plan.totalScore() - greedy.totalScore(),
                greedy.totalScore() / bound,
                plan.totalScore() / bound);
    }

    @Benchmark
    public Plan solve() {
        return PlanSolver.solve(problem, PlanSettings.defaults());
    }

    @Benchmark
    public Plan greedy() {
        return PlanSolver.greedy(problem);
    }
}
