package dk.jobandel.matching.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The hard rules of a whole plan, checked half-hour by half-hour and written apart from the solver, so that a plan
 * from anywhere (the solver, a consultant's edit, a stored run) can be checked before it is used.
 */
public final class PlanRules {

    private static final double SCORE_TOLERANCE = 1e-6;

    private PlanRules() {}

    /**
     * What is wrong with the plan, in words (for logs and tests, not for members); empty when every rule holds: each
     * choice is one of its role's options, at most one per role; no freelancer is in two chosen options at the same
     * half-hour; no freelancer gets more half-hours than their maximum, counting what is already booked; and the
     * plan's totals are what its choices add up to.
     */
    public static List<String> violations(PlanProblem problem, Plan plan) {
        List<String> problems = new ArrayList<>();
        Set<Long> roles = new HashSet<>();
        Map<Long, long[]> taken = new TreeMap<>();
        Map<Long, Integer> halfHours = new TreeMap<>();
        double total = 0;
        Map<Long, List<PlanOption>> optionsByRole = problem.optionsByRole();
        for (Plan.Choice choice : plan.choices()) {
            long roleId = choice.roleId();
            if (!roles.add(roleId)) {
                problems.add("role " + roleId + " has two options");
            }
            List<PlanOption> options = optionsByRole.getOrDefault(roleId, List.of());
            if (choice.optionIndex() < 0
                    || choice.optionIndex() >= options.size()
                    || !options.get(choice.optionIndex()).equals(choice.option())) {
                problems.add("role " + roleId + " has no option " + choice.optionIndex() + " like the one chosen");
            }
            if (choice.option().roleId() != roleId) {
                problems.add("role " + roleId + " is given an option of role "
                        + choice.option().roleId());
            }
            total += choice.option().score();
            for (PlanMember member : choice.option().members()) {
                long id = member.freelancerId();
                long[] slots = member.slots();
                long[] before = taken.computeIfAbsent(id, key -> new long[Slots.WORDS]);
                for (int slot = 0; slot < Slots.SLOTS; slot++) {
                    if (Slots.contains(slots, slot)) {
                        if (Slots.contains(before, slot)) {
                            problems.add("freelancer " + id + " is booked twice at slot " + slot);
                        }
                        before[slot >>> 6] |= 1L << slot;
                    }
                }
                halfHours.merge(id, member.halfHours(), Integer::sum);
            }
        }
        for (var entry : halfHours.entrySet()) {
            FreelancerLimit limit = problem.limits().get(entry.getKey());
            if (limit == null) {
                problems.add("freelancer " + entry.getKey() + " has no limit");
            } else if (entry.getValue() + limit.bookedHalfHours() > limit.maxHalfHours()) {
                problems.add("freelancer " + entry.getKey() + " gets " + entry.getValue() + " half-hours with "
                        + limit.bookedHalfHours() + " booked, over the maximum " + limit.maxHalfHours());
            }
        }
        if (!halfHours.equals(plan.plannedHalfHours())) {
            problems.add("planned half-hours " + plan.plannedHalfHours() + " are not the choices' " + halfHours);
        }
        if (Math.abs(total - plan.totalScore()) > SCORE_TOLERANCE * Math.max(1, Math.abs(total))) {
            problems.add("total score " + plan.totalScore() + " is not the choices' " + total);
        }
        return problems;
    }
}
