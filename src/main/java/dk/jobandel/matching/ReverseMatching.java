package dk.jobandel.matching;

import dk.jobandel.matching.MatchingProposals.Kind;
import dk.jobandel.matching.MatchingProposals.Member;
import dk.jobandel.matching.MatchingProposals.Proposal;
import dk.jobandel.matching.engine.Candidate;
import dk.jobandel.matching.engine.MatchingData;
import dk.jobandel.matching.engine.MatchingEngine;
import dk.jobandel.matching.engine.RoleSnapshot;
import dk.jobandel.roles.Role;
import dk.jobandel.roles.SharedRoles;
import dk.jobandel.shared.WeekGrid;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The best published roles for one freelancer, for consultants advising a person: worked out when asked,
 * from a fresh snapshot, and never stored.
 */
@Service
public class ReverseMatching {

    private final MatchingSnapshots snapshots;
    private final SharedRoles roles;
    private final Clock clock;

    ReverseMatching(MatchingSnapshots snapshots, SharedRoles roles, Clock clock) {
        this.snapshots = snapshots;
        this.roles = roles;
        this.clock = clock;
    }

    /**
     * The result.
     *
     * @param matchable whether the person's profile is complete enough to match at all
     * @param roles the best roles, best first, each with the person as a proposal for it
     */
    public record Result(boolean matchable, List<RoleMatch> roles) {}

    public record RoleMatch(Role role, Proposal proposal) {}

    @Transactional(readOnly = true)
    public Result bestRolesFor(long freelancerId, int k) {
        MatchingSnapshots.Snapshot snapshot = snapshots.take();
        MatchingData data = snapshot.freelancers();
        int index = data.indexOf(freelancerId);
        if (index < 0) {
            return new Result(false, List.of());
        }
        Map<Long, RoleSnapshot> byId =
                snapshot.roles().stream().collect(Collectors.toMap(RoleSnapshot::id, Function.identity()));
        List<RoleMatch> matches = MatchingEngine.topRolesFor(index, data, snapshot.roles(), k).stream()
                .map(candidate -> new RoleMatch(
                        roles.role(candidate.roleId()),
                        asProposal(candidate, byId.get(candidate.roleId()).sharers())))
                .toList();
        return new Result(true, matches);
    }

    private Proposal asProposal(Candidate candidate, int sharers) {
        var reasons = candidate.reasons();
        WeekGrid covered = WeekGrid.ofWords(reasons.coveredSlots());
        return new Proposal(
                0,
                0,
                candidate.roleId(),
                sharers == 1 ? Kind.SINGLE : Kind.CANDIDATE,
                0,
                candidate.score(),
                MatchingProposals.UNREVIEWED,
                0,
                false,
                clock.instant(),
                List.of(new Member(
                        candidate.freelancerId(),
                        covered,
                        (int) Math.round(reasons.shareHalfHours()),
                        reasons.distanceKm(),
                        reasons.desiredMinHalfHours(),
                        reasons.desiredMaxHalfHours())),
                candidate.breakdown(),
                reasons,
                null,
                List.of());
    }
}
