package dk.jobandel.matching.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whole plans the slow, obvious way: one {@code boolean} per half-hour, maps by freelancer id, and every combination
 * of options tried (none or one per role, roles in ascending id), skipping only a branch that already breaks a rule
 * or that cannot beat the best found even if every remaining role got its best option. Shares no code with the
 * solver.
 */
final class PlanReference {

    private PlanReference() {}

    /** The highest total score of any plan that keeps the rules. */
    static double optimum(PlanProblem problem) {
        List<List<PlanOption>> roles = new ArrayList<>(problem.optionsByRole().values());
        double[] remainingBest = new double[roles.size() + 1];
        for (int r = roles.size() - 1; r >= 0; r--) {
            double best = 0;
            for (PlanOption option : roles.get(r)) {
                best = Math.max(best, option.score());
            }
            remainingBest[r] = remainingBest[r + 1] + best;
        }
        double[] best = {0};
        search(problem, roles, remainingBest, 0, new ArrayList<>(), 0, best);
        return best[0];
    }

    private static void search(
            PlanProblem problem,
            List<List<PlanOption>> roles,
            double[] remainingBest,
            int role,
            List<PlanOption> chosen,
            double total,
            double[] best) {
        if (!feasible(problem, chosen) || total + remainingBest[role] <= best[0]) {
            return;
        }
        if (role == roles.size()) {
            best[0] = total;
            return;
        }
        for (PlanOption option : roles.get(role)) {
            chosen.add(option);
            search(problem, roles, remainingBest, role + 1, chosen, total + option.score(), best);
            chosen.remove(chosen.size() - 1);
        }
        search(problem, roles, remainingBest, role + 1, chosen, total, best);
    }

    /** Whether these options, taken together, book nobody twice at a half-hour and nobody over their maximum. */
    static boolean feasible(PlanProblem problem, List<PlanOption> chosen) {
        Map<Long, boolean[]> busy = new HashMap<>();
        Map<Long, Integer> hours = new HashMap<>();
        for (PlanOption option : chosen) {
            for (PlanMember member : option.members()) {
                boolean[] slots = Reference.slots(member.slots());
                boolean[] taken = busy.computeIfAbsent(member.freelancerId(), id -> new boolean[336]);
                int count = 0;
                for (int slot = 0; slot < 336; slot++) {
                    if (slots[slot]) {
                        if (taken[slot]) {
                            return false;
                        }
                        taken[slot] = true;
                        count++;
                    }
                }
                hours.merge(member.freelancerId(), count, Integer::sum);
            }
        }
        for (var entry : hours.entrySet()) {
            FreelancerLimit limit = problem.limits().get(entry.getKey());
            if (entry.getValue() + limit.bookedHalfHours() > limit.maxHalfHours()) {
                return false;
            }
        }
        return true;
    }
}
