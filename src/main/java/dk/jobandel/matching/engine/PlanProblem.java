package dk.jobandel.matching.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A whole-plan problem: every role's options (its shortlist) and the limits of every freelancer in them.
 *
 * <p>A role's options keep the order given: {@link Plan.Choice#optionIndex()} is the position of the chosen option in
 * {@link #optionsOf(long)}, which for options made from a shortlist is the rank in that shortlist.
 *
 * @param options the options of all roles, in any order of roles
 * @param limits one per freelancer who appears in an option (more are allowed)
 */
public record PlanProblem(List<PlanOption> options, Map<Long, FreelancerLimit> limits) {

    /** Checks and copies: every member of every option needs a limit, keyed by the limit's freelancer id. */
    public PlanProblem {
        options = List.copyOf(options);
        limits = Collections.unmodifiableMap(new TreeMap<>(limits));
        for (var entry : limits.entrySet()) {
            if (entry.getKey() != entry.getValue().freelancerId()) {
                throw new IllegalArgumentException("The limit keyed " + entry.getKey() + " is for freelancer "
                        + entry.getValue().freelancerId());
            }
        }
        for (PlanOption option : options) {
            for (PlanMember member : option.members()) {
                if (!limits.containsKey(member.freelancerId())) {
                    throw new IllegalArgumentException("No limit for freelancer " + member.freelancerId()
                            + " in an option for role " + option.roleId());
                }
            }
        }
    }

    /** A problem whose limits are given as a list. */
    public static PlanProblem of(List<PlanOption> options, List<FreelancerLimit> limits) {
        var byId = new TreeMap<Long, FreelancerLimit>();
        for (FreelancerLimit limit : limits) {
            if (byId.put(limit.freelancerId(), limit) != null) {
                throw new IllegalArgumentException("Freelancer " + limit.freelancerId() + " has two limits");
            }
        }
        return new PlanProblem(options, byId);
    }

    /**
     * A problem whose limits come from the matching data: each person's desired maximum, less what
     * {@code bookedHalfHours} says is already booked (absent means nothing).
     *
     * @throws IllegalArgumentException when a member of an option is not in the data
     */
    public static PlanProblem of(List<PlanOption> options, MatchingData data, Map<Long, Integer> bookedHalfHours) {
        var limits = new TreeMap<Long, FreelancerLimit>();
        for (PlanOption option : options) {
            for (PlanMember member : option.members()) {
                long id = member.freelancerId();
                if (!limits.containsKey(id)) {
                    int index = data.indexOf(id);
                    if (index < 0) {
                        throw new IllegalArgumentException("Freelancer " + id + " is not in the matching data");
                    }
                    limits.put(
                            id, new FreelancerLimit(id, data.desiredMax[index], bookedHalfHours.getOrDefault(id, 0)));
                }
            }
        }
        return new PlanProblem(options, limits);
    }

    /** The options of each role in the order given, by ascending role id. */
    public Map<Long, List<PlanOption>> optionsByRole() {
        var byRole = new TreeMap<Long, List<PlanOption>>();
        for (PlanOption option : options) {
            byRole.computeIfAbsent(option.roleId(), id -> new ArrayList<>()).add(option);
        }
        byRole.replaceAll((id, list) -> List.copyOf(list));
        return Collections.unmodifiableMap(byRole);
    }

    /** The options of one role in the order given; empty for a role without options. */
    public List<PlanOption> optionsOf(long roleId) {
        return options.stream().filter(option -> option.roleId() == roleId).toList();
    }
}
