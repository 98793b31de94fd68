package dk.jobandel.matching;

import dk.jobandel.matching.core.Fingerprints;
import dk.jobandel.matching.engine.Breakdown;
import dk.jobandel.matching.engine.CandidateReasons;
import dk.jobandel.matching.engine.Handover;
import dk.jobandel.matching.engine.TeamReasons;
import dk.jobandel.platform.HeaderFigure;
import dk.jobandel.shared.WeekGrid;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stored proposals with their explanation, read back as the engine wrote them ({@link ProposalQueries}): a role's
 * proposals in two statements, and an overview of every role's best proposal in one; and the typed review changes
 * other modules make to them ({@link ProposalStore}).
 */
@Service
@Transactional(readOnly = true)
public class MatchingProposals {

    private final ProposalStore store;
    private final ProposalQueries queries;

    MatchingProposals(ProposalStore store, ProposalQueries queries) {
        this.store = store;
        this.queries = queries;
    }

    /** What a proposal is. */
    public enum Kind {
        /** One person for a one-person role. */
        SINGLE,
        /** A job-share team for a shared role. */
        TEAM,
        /** One person a shared role's teams can be made of: shown beside the teams, never offered alone. */
        CANDIDATE
    }

    /**
     * A person in a proposal: the slots they would work (for a candidate of a shared role: the slots they
     * are free for), their distance to the workplace and the hours they want.
     */
    public record Member(
            long freelancerId,
            WeekGrid assigned,
            int halfHours,
            double distanceKm,
            int desiredMinHalfHours,
            int desiredMaxHalfHours) {

        public double hours() {
            return halfHours / 2.0;
        }

        public boolean withinDesiredHours() {
            return halfHours >= desiredMinHalfHours && halfHours <= desiredMaxHalfHours;
        }
    }

    /**
     * A stored proposal.
     *
     * @param candidate the reasons of a single person's score (kinds SINGLE and CANDIDATE)
     * @param team the reasons of a team's score (kind TEAM)
     * @param handovers a team's changes of person, in the order of the week
     * @param inPlan whether the last run's whole plan chose it for its role
     */
    public record Proposal(
            long id,
            long runId,
            long roleId,
            Kind kind,
            int rank,
            double score,
            String reviewStatus,
            long version,
            boolean inPlan,
            Instant createdAt,
            List<Member> members,
            Breakdown breakdown,
            @Nullable CandidateReasons candidate,
            @Nullable TeamReasons team,
            List<Handover> handovers) {

        /** Every person's slots together. */
        public WeekGrid covered() {
            WeekGrid all = WeekGrid.EMPTY;
            for (Member member : members) {
                all = all.union(member.assigned());
            }
            return all;
        }

        public List<Long> freelancerIds() {
            return members.stream().map(Member::freelancerId).toList();
        }

        /**
         * A criterion's score (0–1) by the criterion's name, when the score has it: a single proposal has no work
         * style, for instance. For pages outside matching, which do not use the engine's types.
         */
        public java.util.OptionalDouble criterionScore(String criterion) {
            return breakdown.criteria().stream()
                    .filter(c -> c.criterion().name().equals(criterion))
                    .mapToDouble(dk.jobandel.matching.engine.CriterionScore::score)
                    .findFirst();
        }

        /** The skills the role would like that nobody holds at the level asked, by skill id. */
        public List<Integer> skillsShort() {
            List<Integer> ids = new java.util.ArrayList<>();
            if (candidate != null) {
                candidate.skillsMissing().forEach(need -> ids.add(need.skillId()));
                candidate.levelGaps().forEach(gap -> ids.add(gap.skillId()));
            } else if (team != null) {
                team.skillsMissing().forEach(need -> ids.add(need.skillId()));
            }
            return ids.stream().distinct().toList();
        }

        /** How many of a team did not answer the work-style questionnaire (0 for a single proposal). */
        public int unansweredWorkStyle() {
            return team == null ? 0 : team.unansweredWorkStyle();
        }

        /** Its review status, typed. */
        public ProposalStatus status() {
            return ProposalStatus.valueOf(reviewStatus);
        }

        /** Whether a consultant may still decide on it: a team or single proposal nobody has reviewed. */
        public boolean reviewable() {
            return kind != Kind.CANDIDATE && UNREVIEWED.equals(reviewStatus);
        }
    }

    /** The review status matching makes proposals with; a run replaces only proposals still in it. */
    public static final String UNREVIEWED = "UNREVIEWED";

    /**
     * The same people with the same slots for the same role: what "the same proposal again" means. Stable across
     * runs: the people in id order, each with their slots ({@link Fingerprints}).
     */
    public static String fingerprint(List<Member> members) {
        return Fingerprints.of(members.stream()
                .collect(java.util.stream.Collectors.toMap(
                        Member::freelancerId, Member::assigned, (a, b) -> a, java.util.TreeMap::new)));
    }

    /**
     * Moves a proposal from one review status to another, if it is still in {@code from} at {@code version}. Which
     * moves are allowed is the review module's rule; this only stores the move.
     *
     * @return whether it moved; {@code false} means someone else changed it first
     */
    @Transactional
    public boolean markReviewed(long proposalId, long version, ProposalStatus from, ProposalStatus to) {
        return store.markReviewed(proposalId, version, from, to);
    }

    /**
     * Replaces the members' slots of a proposal nobody has reviewed, in member order (a consultant's adjusted
     * split), if it is still at {@code version}.
     *
     * @return whether it changed; {@code false} means someone else changed it first
     */
    @Transactional
    public boolean changeSplit(long proposalId, long version, List<WeekGrid> slots) {
        return store.changeSplit(proposalId, version, slots);
    }

    /** Remembers that this proposal was refused, so that matching does not make it again unchanged. */
    @Transactional
    public void rememberRefusal(Proposal proposal, Instant at) {
        store.rememberRoleRefusal(proposal.roleId(), fingerprint(proposal.members()), at);
    }

    /** What a proposal was made for: a shared role, or a pool (a portfolio). */
    public record ProposedFor(
            @Nullable Long roleId, @Nullable Long poolId) {}

    /** What each of these proposals was made for, by proposal id: one statement. */
    public Map<Long, ProposedFor> proposedFor(java.util.Collection<Long> proposalIds) {
        return queries.proposedFor(proposalIds);
    }

    /**
     * The header figure of proposals awaiting a consultant's decision (teams, single proposals and pool portfolios),
     * as the scalar query the platform combines with the header's other figures.
     */
    public static HeaderFigure.Count awaitingReviewFigure() {
        return new HeaderFigure.Count(
                "select count(*) from proposal where review_status = 'UNREVIEWED'"
                        + " and kind in ('SINGLE', 'TEAM', 'PORTFOLIO')",
                Map.of());
    }

    /**
     * A role's proposals as the role page's review figures need them.
     *
     * @param awaitingReview teams and single proposals nobody has reviewed
     * @param reviewedIds the proposals a consultant has decided on (only these can have offers)
     */
    public record RoleInReview(int awaitingReview, List<Long> reviewedIds) {}

    /** A role's proposals awaiting review, and those reviewed: one statement. */
    public RoleInReview inReview(long roleId) {
        return queries.inReview(roleId);
    }

    /**
     * The proposals naming a person, counted for their dashboard.
     *
     * @param proposals proposals of any kind and status the person is in
     * @param awaitingReview of those, teams and single proposals nobody has reviewed
     * @param agreed of those, proposals that became an agreement
     */
    public record Naming(long proposals, long awaitingReview, long agreed) {}

    /** How many proposals name the person, and how far they got: one statement. */
    public Naming naming(long freelancerId) {
        return queries.naming(freelancerId);
    }

    /** What the review queue asks for; empty parts do not filter. */
    public record QueueFilter(
            java.util.@Nullable Collection<Long> roleIds,
            @Nullable Kind kind,
            @Nullable Double minScore,
            String status,
            int limit) {}

    /** A proposal in the review queue. */
    public record Queued(
            long id,
            long roleId,
            Kind kind,
            double score,
            String status,
            long runId,
            Instant createdAt,
            int people,
            boolean inPlan,
            List<Long> freelancerIds) {

        public Queued {
            freelancerIds = List.copyOf(freelancerIds);
        }
    }

    /**
     * Team and single proposals in a status with their people (in member order), the oldest first (the ones that
     * have waited longest), then best first: one statement.
     */
    public List<Queued> queue(QueueFilter filter) {
        return queries.queue(filter);
    }

    /** How many team and single proposals wait in a status, counted up to {@code limit}: one statement. */
    public int countQueued(String status, int limit) {
        return queries.countQueued(status, limit);
    }

    /** A role's proposals: teams and single proposals by rank, then a shared role's candidates. */
    public List<Proposal> forRole(long roleId) {
        return queries.forRole(roleId);
    }

    public Optional<Proposal> byId(long proposalId) {
        return queries.byId(proposalId);
    }

    /**
     * One role's state in the consultants' overview.
     *
     * @param bestScore the best team's or single proposal's score, if any
     * @param bestCoverage the share (0–1) of the schedule the best proposal covers: 1 for a team
     * @param offered proposals that are teams or single proposals
     * @param candidates a shared role's candidates
     */
    public record RoleSummary(
            long roleId,
            @Nullable Double bestScore,
            @Nullable Double bestCoverage,
            int offered,
            int candidates,
            int unreviewed,
            boolean planned) {}

    /** For each role that has proposals: its best proposal's score and coverage, and counts. */
    public Map<Long, RoleSummary> summaries() {
        return queries.summaries();
    }
}
