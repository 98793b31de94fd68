package dk.jobandel.matching;

import dk.jobandel.agreements.Bookings;
import dk.jobandel.matching.MatchingRuns.Scope;
import dk.jobandel.matching.core.AffectedRoles;
import dk.jobandel.matching.core.Fingerprints;
import dk.jobandel.matching.engine.Candidate;
import dk.jobandel.matching.engine.MatchingData;
import dk.jobandel.matching.engine.MatchingEngine;
import dk.jobandel.matching.engine.Plan;
import dk.jobandel.matching.engine.PlanOption;
import dk.jobandel.matching.engine.PlanProblem;
import dk.jobandel.matching.engine.PlanSettings;
import dk.jobandel.matching.engine.PlanSolver;
import dk.jobandel.matching.engine.PreparedRole;
import dk.jobandel.matching.engine.RoleSnapshot;
import dk.jobandel.matching.engine.Team;
import dk.jobandel.matching.engine.TeamMember;
import dk.jobandel.shared.WeekGrid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The steps of a role-matching run ({@link MatchingRuns}), each within the caller's transaction: which roles the run
 * covers, forgetting the unreviewed proposals of roles no longer published, proposing for one role, and the whole plan.
 */
@Component
class RunSteps {

    static final int CANDIDATES_PER_ROLE = 10;
    static final int TEAMS_PER_ROLE = 5;

    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

    private final ProposalStore proposals;
    private final RunStore runs;
    private final Bookings bookings;
    private final Clock clock;

    RunSteps(ProposalStore proposals, RunStore runs, Bookings bookings, Clock clock) {
        this.proposals = proposals;
        this.runs = runs;
        this.bookings = bookings;
        this.clock = clock;
    }

    /** The published roles the scope covers, in the snapshot's order ({@link AffectedRoles}). */
    List<RoleSnapshot> rolesIn(Scope scope, MatchingSnapshots.Snapshot snapshot) {
        if (!(scope instanceof Scope.Affected affected)) {
            return snapshot.roles();
        }
        List<Long> proposedFor =
                affected.freelancerIds().isEmpty() ? List.of() : proposals.rolesProposedFor(affected.freelancerIds());
        return AffectedRoles.of(
                snapshot.roles(), snapshot.freelancers(), affected.roleIds(), affected.freelancerIds(), proposedFor);
    }

    /** Unreviewed proposals of roles that are no longer published (closed, filled, back to draft) go. */
    void forgetUnpublished(Scope scope, MatchingSnapshots.Snapshot snapshot) {
        Long[] published = snapshot.roles().stream().map(RoleSnapshot::id).toArray(Long[]::new);
        Long[] named =
                scope instanceof Scope.Affected affected ? affected.roleIds().toArray(Long[]::new) : null;
        proposals.forgetUnpublished(named, published);
    }

    /**
     * Replaces the role's unreviewed proposals with fresh ones, leaving out any a consultant or a party has
     * refused before with the same people and slots; returns how many were stored.
     */
    int propose(long runId, RoleSnapshot role, MatchingData data) {
        proposals.forgetUnreviewedOfRole(role.id());
        Set<String> refused = proposals.refusedForRole(role.id());
        PreparedRole prepared = PreparedRole.of(role, data);
        boolean single = role.sharers() == 1;
        List<Candidate> candidates =
                MatchingEngine.topCandidates(prepared, CANDIDATES_PER_ROLE + (single ? refused.size() : 0));
        // a one-person role's candidates are its proposals; a shared role's are the people teams are made of
        String candidateKind = single ? "SINGLE" : "CANDIDATE";
        int stored = 0;
        int rank = 0;
        for (Candidate candidate : candidates) {
            WeekGrid covered = WeekGrid.ofWords(candidate.reasons().coveredSlots());
            if (rank == CANDIDATES_PER_ROLE
                    || (single
                            && refused.contains(
                                    Fingerprints.of(new TreeMap<>(Map.of(candidate.freelancerId(), covered)))))) {
                continue;
            }
            long id = proposals.insertProposal(
                    runId, role.id(), null, candidateKind, rank++, candidate.score(), candidate, clock.instant());
            proposals.insertMember(id, 0, candidate.freelancerId(), covered, covered.slotCount());
            stored++;
        }
        if (!single) {
            List<Team> teams = MatchingEngine.topTeams(role, data, TEAMS_PER_ROLE + refused.size());
            rank = 0;
            for (Team team : teams) {
                SortedMap<Long, WeekGrid> slots = new TreeMap<>();
                team.members().forEach(m -> slots.put(m.freelancerId(), WeekGrid.ofWords(m.assignedSlots())));
                if (rank == TEAMS_PER_ROLE || refused.contains(Fingerprints.of(slots))) {
                    continue;
                }
                long id = proposals.insertProposal(
                        runId, role.id(), null, "TEAM", rank++, team.score(), team, clock.instant());
                for (int position = 0; position < team.members().size(); position++) {
                    TeamMember member = team.members().get(position);
                    proposals.insertMember(
                            id,
                            position,
                            member.freelancerId(),
                            WeekGrid.ofWords(member.assignedSlots()),
                            member.halfHours());
                }
                stored++;
            }
        }
        return stored;
    }

    /**
     * The whole plan over every unreviewed team and single proposal: at most one per role, nobody booked twice
     * or beyond the hours they want (time already booked by agreements counts), the largest total score. The
     * chosen proposals are marked {@code in_plan}; the run records the plan's total beside the greedy one.
     */
    void planWhole(long runId, MatchingData data) {
        List<PlanOption> options = new ArrayList<>();
        Map<PlanOption, Long> proposalOf = new IdentityHashMap<>();
        for (ProposalStore.PlanRow row : proposals.planRows(MatchingSnapshots::words)) {
            if (row.members().stream().allMatch(m -> data.indexOf(m.freelancerId()) >= 0)) {
                PlanOption option = new PlanOption(row.roleId(), row.score(), row.members());
                options.add(option);
                proposalOf.put(option, row.proposalId());
            }
        }
        Map<Long, Integer> booked = new HashMap<>();
        bookings.bookedSlotsDuring(LocalDate.ofInstant(clock.instant(), DENMARK), null)
                .forEach((id, grid) -> booked.put(id, grid.slotCount()));
        long started = System.nanoTime();
        PlanProblem problem = PlanProblem.of(options, data, booked);
        Plan plan = PlanSolver.solve(problem, PlanSettings.defaults());
        long planMs = (System.nanoTime() - started) / 1_000_000;
        List<Long> chosen = plan.choices().stream()
                .map(choice -> proposalOf.get(problem.optionsOf(choice.roleId()).get(choice.optionIndex())))
                .toList();
        proposals.markInPlan(chosen);
        runs.planned(runId, chosen.size(), plan.totalScore(), plan.stats().greedyScore(), planMs);
    }
}
