package dk.jobandel.matching.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

/**
 * One way to fill a role in a whole plan: a single candidate or a job-share team, with its score and who would work
 * when. A role's options are the entries of its shortlist; {@link PlanSolver} picks at most one per role.
 *
 * @param roleId the role
 * @param score what choosing the option is worth, finite and not negative (the engine's scores are 0–100)
 * @param members the people, each at most once, by ascending id
 */
public record PlanOption(long roleId, double score, List<PlanMember> members) {

    /** Checks, copies and sorts the members by id. */
    public PlanOption {
        if (!Double.isFinite(score) || score < 0) {
            throw new IllegalArgumentException("An option's score must be finite and not negative, not " + score);
        }
        if (members.isEmpty()) {
            throw new IllegalArgumentException("An option for role " + roleId + " needs at least one member");
        }
        var ids = new HashSet<Long>();
        for (PlanMember member : members) {
            if (!ids.add(member.freelancerId())) {
                throw new IllegalArgumentException(
                        "Freelancer " + member.freelancerId() + " is twice in an option for role " + roleId);
            }
        }
        var sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparingLong(PlanMember::freelancerId));
        members = List.copyOf(sorted);
    }

    /**
     * A single candidate working the whole schedule of the role.
     *
     * @param schedule the role's schedule ({@link RoleSnapshot#schedule()}), which a single candidate works in full
     */
    public static PlanOption of(Candidate candidate, long[] schedule) {
        return new PlanOption(
                candidate.roleId(), candidate.score(), List.of(PlanMember.of(candidate.freelancerId(), schedule)));
    }

    /** A job-share team, each member working their assigned slots (handover overlaps included). */
    public static PlanOption of(Team team) {
        return new PlanOption(
                team.roleId(),
                team.score(),
                team.members().stream()
                        .map(member ->
                                new PlanMember(member.freelancerId(), member.assignedSlots(), member.halfHours()))
                        .toList());
    }

    /** The members' ids, ascending. */
    public List<Long> memberIds() {
        return members.stream().map(PlanMember::freelancerId).toList();
    }
}
