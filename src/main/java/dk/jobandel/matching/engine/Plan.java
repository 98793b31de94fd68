package dk.jobandel.matching.engine;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A whole plan: at most one option per role, so that nobody works two places at once or more than they want.
 *
 * @param choices the chosen option of every role that has one, by ascending role id; roles left out are unfilled
 * @param totalScore the sum of the chosen options' scores
 * @param plannedHalfHours per freelancer with at least one chosen option, the half-hours this plan gives them (what
 *     was already booked not included), by ascending id
 * @param stats how the plan was found and how good it is known to be
 */
public record Plan(List<Choice> choices, double totalScore, Map<Long, Integer> plannedHalfHours, PlanStats stats) {

    /** Copies. */
    public Plan {
        choices = List.copyOf(choices);
        plannedHalfHours = Collections.unmodifiableMap(new TreeMap<>(plannedHalfHours));
    }

    /**
     * The option chosen for one role.
     *
     * @param roleId the role
     * @param optionIndex the position of the option among the role's options as given ({@link
     *     PlanProblem#optionsOf(long)}): the rank in the shortlist it was made from
     * @param option the option
     */
    public record Choice(long roleId, int optionIndex, PlanOption option) {}

    /** The choice for a role, or empty when the plan leaves it unfilled. */
    public Optional<Choice> choiceFor(long roleId) {
        return choices.stream().filter(choice -> choice.roleId() == roleId).findFirst();
    }
}
