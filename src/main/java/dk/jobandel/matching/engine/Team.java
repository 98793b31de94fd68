package dk.jobandel.matching.engine;

import java.util.List;

/**
 * A proposed job-share team: exactly as many people as the role has sharers, who together cover every half-hour of
 * the schedule, with the split of the work and the handovers.
 *
 * @param roleId the role
 * @param score 0–100; results are sorted by it, ties by the members' ids (ascending, compared in turn)
 * @param members the people, by ascending id, each with their part of the schedule
 * @param handovers every change of person, in the order of the week
 * @param breakdown the criteria
 * @param reasons the facts behind them
 */
public record Team(
        long roleId,
        double score,
        List<TeamMember> members,
        List<Handover> handovers,
        Breakdown breakdown,
        TeamReasons reasons) {

    public Team {
        members = List.copyOf(members);
        handovers = List.copyOf(handovers);
    }

    /** The members' ids, ascending. */
    public List<Long> memberIds() {
        return members.stream().map(TeamMember::freelancerId).toList();
    }
}
