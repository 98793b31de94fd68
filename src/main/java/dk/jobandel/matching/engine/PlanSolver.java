package dk.jobandel.matching.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whole-plan optimisation: from every role's options, at most one per role, so that no freelancer works two chosen
 * options at the same half-hour nor more half-hours than they want, with the highest total score.
 *
 * <p>How ({@code docs/adr/0008-whole-plan-optimisation.md} has the measurements behind it):
 *
 * <ol>
 *   <li>Greedy: options by descending score (ties by role id, then the role's own preference), each taken if it
 *       still fits. This is also the baseline {@link #greedy} returns.
 *   <li>The problem falls apart into independent parts: roles linked by a freelancer who is in options of both. Each
 *       part is improved on its own, so work goes where there is contention.
 *   <li>Local search per part: simulated annealing over moves that put a role on another option (or none), eject the
 *       options in the way, and refill the roles that could use the people freed; {@code stepsPerRole × roles}
 *       moves, keeping the best plan seen.
 *   <li>Parts of at most {@code exactRoles} roles are then searched exactly by branch and bound from that plan; when
 *       the search finishes within its node budget the part is proven optimal.
 * </ol>
 *
 * <p>Deterministic: the same problem and settings give the same plan, whatever the order of the options given,
 * unless the wall-clock cap cuts the search short ({@link PlanStats#stoppedByTimeLimit()}). The search runs on the
 * calling thread.
 */
public final class PlanSolver {

    private PlanSolver() {}

    /** The best plan found within the settings' budgets. */
    public static Plan solve(PlanProblem problem, PlanSettings settings) {
        long deadline = System.nanoTime() + settings.timeLimit().toNanos();
        PlanModel model = new PlanModel(problem);
        PlanState state = new PlanState(model);
        PlanSearch search = new PlanSearch(state, deadline);
        search.greedy();
        long greedyTotal = state.total;
        List<int[]> parts = search.parts();
        long upperBound = 0;
        int exactParts = 0;
        int largest = 0;
        for (int[] part : parts) {
            largest = Math.max(largest, part.length);
            long bound = search.trivialBound(part);
            if (search.partTotal(part) == bound) { // every role on its best option: nothing to improve
                exactParts++;
                upperBound += bound;
                continue;
            }
            long seed = settings.seed() * 0x9E3779B97F4A7C15L + model.roleIds[part[0]];
            search.localSearch(part, (long) settings.stepsPerRole() * part.length, seed);
            if (part.length <= settings.exactRoles() && search.branchAndBound(part, settings.exactNodes())) {
                exactParts++;
                upperBound += search.partTotal(part);
            } else {
                upperBound += bound;
            }
        }
        var stats = new PlanStats(
                greedyTotal / PlanModel.MICRO,
                upperBound / PlanModel.MICRO,
                exactParts == parts.size(),
                parts.size(),
                exactParts,
                largest,
                search.steps,
                search.nodes,
                search.stoppedByTimeLimit);
        return plan(state, stats);
    }

    /** The greedy plan alone: options by descending score, ties by role id, each taken if it still fits. */
    public static Plan greedy(PlanProblem problem) {
        PlanModel model = new PlanModel(problem);
        PlanState state = new PlanState(model);
        PlanSearch search = new PlanSearch(state, Long.MAX_VALUE);
        search.greedy();
        double total = state.total / PlanModel.MICRO;
        long bound = 0;
        for (int r = 0; r < model.roles; r++) {
            bound += model.bestScore(r);
        }
        var parts = search.parts();
        int largest = parts.stream().mapToInt(part -> part.length).max().orElse(0);
        return plan(
                state,
                new PlanStats(
                        total, bound / PlanModel.MICRO, state.total == bound, parts.size(), 0, largest, 0, 0, false));
    }

    private static Plan plan(PlanState state, PlanStats stats) {
        PlanModel model = state.model;
        List<Plan.Choice> choices = new ArrayList<>();
        Map<Long, Integer> halfHours = new TreeMap<>();
        double total = 0;
        for (int r = 0; r < model.roles; r++) {
            int o = state.chosen[r];
            if (o < 0) {
                continue;
            }
            PlanOption option = model.optionSource[o];
            choices.add(new Plan.Choice(model.roleIds[r], model.optionIndex[o], option));
            total += option.score();
            for (PlanMember member : option.members()) {
                halfHours.merge(member.freelancerId(), member.halfHours(), Integer::sum);
            }
        }
        return new Plan(choices, total, halfHours, stats);
    }
}
