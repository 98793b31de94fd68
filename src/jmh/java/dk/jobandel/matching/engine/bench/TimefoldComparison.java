package dk.jobandel.matching.engine.bench;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import dk.jobandel.matching.engine.Plan;
import dk.jobandel.matching.engine.PlanMember;
import dk.jobandel.matching.engine.PlanOption;
import dk.jobandel.matching.engine.PlanProblem;
import dk.jobandel.matching.engine.PlanRules;
import dk.jobandel.matching.engine.PlanSettings;
import dk.jobandel.matching.engine.PlanSolver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The whole-plan problem of the synthetic world in Timefold Solver, beside {@link PlanSolver}, for
 * docs/adr/0008-whole-plan-optimisation.md. One planning entity per role whose nullable planning variable is one of
 * its options; constraint streams for double bookings and hours over the limit (hard) and the options' scores in
 * micro-points (soft); Timefold's default phases with seed 1, stopped after each number of seconds given as
 * arguments (default 30 and 120). Run with
 * {@code ./mvnw -B -Pbenchmarks compile exec:exec -Djmh.main=dk.jobandel.matching.engine.bench.TimefoldComparison
 * -Djmh.args="30 120"}.
 */
public final class TimefoldComparison {

    private TimefoldComparison() {}

    /** One person in an option, with the role it is for, so that streams can join on the person. */
    public static final class Member {
        final long roleId;
        final long freelancerId;
        final long[] slots;
        final int halfHours;

        Member(long roleId, PlanMember member) {
            this.roleId = roleId;
            this.freelancerId = member.freelancerId();
            this.slots = member.slots();
            this.halfHours = member.halfHours();
        }

        boolean overlaps(Member other) {
            for (int w = 0; w < slots.length; w++) {
                if ((slots[w] & other.slots[w]) != 0) {
                    return true;
                }
            }
            return false;
        }
    }

    public static final class Option {
        @PlanningId
        public Long id;

        public long score;
        public List<Member> members;
        public PlanOption source;

        public Option() {}
    }

    @PlanningEntity
    public static final class RoleAssignment {
        @PlanningId
        public Long roleId;

        public List<Option> options;

        @PlanningVariable(valueRangeProviderRefs = "options", allowsUnassigned = true)
        public Option chosen;

        public RoleAssignment() {}

        @ValueRangeProvider(id = "options")
        public List<Option> getOptions() {
            return options;
        }
    }

    @PlanningSolution
    public static final class WholePlan {
        @PlanningEntityCollectionProperty
        public List<RoleAssignment> roles;

        @PlanningScore
        public HardSoftScore score;

        public WholePlan() {}
    }

    /** The half-hours each person has left, read by the constraints (a static, as this is a one-problem tool). */
    static final Map<Long, Integer> REMAINING = new HashMap<>();

    public static final class Constraints implements ConstraintProvider {
        @Override
        public Constraint[] defineConstraints(ConstraintFactory factory) {
            return new Constraint[] {
                factory.forEach(RoleAssignment.class)
                        .flattenLast(role -> role.chosen.members)
                        .join(
                                factory.forEach(RoleAssignment.class).flattenLast(role -> role.chosen.members),
                                Joiners.equal((Member m) -> m.freelancerId),
                                Joiners.lessThan((Member m) -> m.roleId))
                        .filter(Member::overlaps)
                        .penalize(HardSoftScore.ONE_HARD)
                        .asConstraint("booked twice at once"),
                factory.forEach(RoleAssignment.class)
                        .flattenLast(role -> role.chosen.members)
                        .groupBy((Member m) -> m.freelancerId, ConstraintCollectors.sum((Member m) ->
                                (long) m.halfHours))
                        .filter((id, sum) -> sum > REMAINING.get(id))
                        .penalize(HardSoftScore.ONE_HARD, (id, sum) -> sum - REMAINING.get(id))
                        .asConstraint("over the hours wanted"),
                factory.forEach(RoleAssignment.class)
                        .reward(HardSoftScore.ONE_SOFT, role -> role.chosen.score)
                        .asConstraint("score"),
            };
        }
    }

    public static void main(String[] args) {
        PlanProblem problem = PlanFixtures.problem();
        problem.limits().values().forEach(limit -> REMAINING.put(limit.freelancerId(), limit.remainingHalfHours()));
        Plan greedy = PlanSolver.greedy(problem);
        long start = System.nanoTime();
        Plan ours = PlanSolver.solve(problem, PlanSettings.defaults());
        System.out.printf(
                "[timefold comparison] greedy %.1f; PlanSolver %.1f, %d roles filled, %.1f s%n",
                greedy.totalScore(), ours.totalScore(), ours.choices().size(), (System.nanoTime() - start) / 1e9);
        for (String seconds : args.length == 0 ? new String[] {"30", "120"} : args) {
            start = System.nanoTime();
            Plan plan = timefold(problem, Duration.ofSeconds(Long.parseLong(seconds)));
            System.out.printf(
                    "[timefold comparison] Timefold %s s: %.1f, %d roles filled, %.1f s, violations %d%n",
                    seconds,
                    plan.totalScore(),
                    plan.choices().size(),
                    (System.nanoTime() - start) / 1e9,
                    PlanRules.violations(problem, plan).size());
        }
    }

    static Plan timefold(PlanProblem problem, Duration limit) {
        WholePlan solution = new WholePlan();
        solution.roles = new ArrayList<>();
        long nextId = 0;
        for (var entry : problem.optionsByRole().entrySet()) {
            RoleAssignment role = new RoleAssignment();
            role.roleId = entry.getKey();
            role.options = new ArrayList<>();
            for (PlanOption source : entry.getValue()) {
                Option option = new Option();
                option.id = nextId++;
                option.score = Math.round(source.score() * 1e6);
                option.source = source;
                option.members = source.members().stream()
                        .map(member -> new Member(entry.getKey(), member))
                        .toList();
                role.options.add(option);
            }
            solution.roles.add(role);
        }
        var config = new SolverConfig()
                .withSolutionClass(WholePlan.class)
                .withEntityClasses(RoleAssignment.class)
                .withConstraintProviderClass(Constraints.class)
                .withRandomSeed(1L)
                .withTerminationSpentLimit(limit);
        WholePlan best = SolverFactory.<WholePlan>create(config).buildSolver().solve(solution);
        List<Plan.Choice> choices = new ArrayList<>();
        Map<Long, Integer> halfHours = new TreeMap<>();
        double total = 0;
        for (RoleAssignment role : best.roles) {
            if (role.chosen != null) {
                PlanOption source = role.chosen.source;
                choices.add(new Plan.Choice(role.roleId, role.options.indexOf(role.chosen), source));
                total += source.score();
                source.members().forEach(m -> halfHours.merge(m.freelancerId(), m.halfHours(), Integer::sum));
            }
        }
        return new Plan(choices, total, halfHours, PlanSolver.greedy(problem).stats());
    }
}
