package dk.jobandel.matching;

import dk.jobandel.matching.engine.Breakdown;
import dk.jobandel.matching.engine.Candidate;
import dk.jobandel.matching.engine.CandidateReasons;
import dk.jobandel.matching.engine.Handover;
import dk.jobandel.matching.engine.Team;
import dk.jobandel.matching.engine.TeamMember;
import dk.jobandel.matching.engine.TeamReasons;
import dk.jobandel.platform.HeaderFigure;
import dk.jobandel.shared.WeekGrid;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stored proposals with their explanation, read back as the engine wrote them: a role's proposals in
 * two statements, and an overview of every role's best proposal in one.
 */
@Service
public class MatchingProposals {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    MatchingProposals(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
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
     * The same people with the same slots for the same role: what "the same proposal again" means. Stable
     * across runs: the people in id order, each with their slots.
     */
    public static String fingerprint(List<Member> members) {
        return fingerprintOf(members.stream()
                .collect(java.util.stream.Collectors.toMap(
                        Member::freelancerId, Member::assigned, (a, b) -> a, java.util.TreeMap::new)));
    }

    static String fingerprintOf(java.util.SortedMap<Long, WeekGrid> slotsByPerson) {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            slotsByPerson.forEach((id, slots) -> {
                digest.update(
                        java.nio.ByteBuffer.allocate(Long.BYTES).putLong(id).array());
                digest.update(slots.toBytes());
            });
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * Moves a proposal from one review status to another, if it is still in {@code from} at {@code version}. Which
     * moves are allowed is the review module's rule; this only stores the move.
     *
     * @return whether it moved; {@code false} means someone else changed it first
     */
    @Transactional
    public boolean markReviewed(long proposalId, long version, ProposalStatus from, ProposalStatus to) {
        return jdbc.sql("""
                        update proposal set review_status = :to, version = version + 1
                        where id = :id and version = :version and review_status = :from
                        """)
                        .param("to", to.name())
                        .param("id", proposalId)
                        .param("version", version)
                        .param("from", from.name())
                        .update()
                == 1;
    }

    /**
     * Replaces the members' slots of a proposal nobody has reviewed, in member order (a consultant's adjusted
     * split), if it is still at {@code version}.
     *
     * @return whether it changed; {@code false} means someone else changed it first
     */
    @Transactional
    public boolean changeSplit(long proposalId, long version, List<WeekGrid> slots) {
        boolean current =
                jdbc.sql("""
                                update proposal set version = version + 1
                                where id = :id and version = :version and review_status = 'UNREVIEWED'
                                """).param("id", proposalId).param("version", version).update() == 1;
        if (!current) {
            return false;
        }
        for (int position = 0; position < slots.size(); position++) {
            jdbc.sql("""
                            update proposal_member set assigned = :assigned, half_hours = :halfHours
                            where proposal_id = :id and position = :position
                            """)
                    .param("assigned", slots.get(position).toBytes())
                    .param("halfHours", slots.get(position).slotCount())
                    .param("id", proposalId)
                    .param("position", position)
                    .update();
        }
        return true;
    }

    /** Remembers that this proposal was refused, so that matching does not make it again unchanged. */
    @Transactional
    public void rememberRefusal(Proposal proposal, Instant at) {
        jdbc.sql("""
                        insert into proposal_refusal (role_id, fingerprint, refused_at) values (:role, :fingerprint, :at)
                        on conflict (role_id, fingerprint) where role_id is not null do update set refused_at = excluded.refused_at
                        """)
                .param("role", proposal.roleId())
                .param("fingerprint", fingerprint(proposal.members()))
                .param("at", java.sql.Timestamp.from(at))
                .update();
    }

    /** What a proposal was made for: a shared role, or a pool (a portfolio). */
    public record ProposedFor(
            @Nullable Long roleId, @Nullable Long poolId) {}

    /** What each of these proposals was made for, by proposal id: one statement. */
    @Transactional(readOnly = true)
    public Map<Long, ProposedFor> proposedFor(java.util.Collection<Long> proposalIds) {
        Map<Long, ProposedFor> made = new HashMap<>();
        if (proposalIds.isEmpty()) {
            return made;
        }
        jdbc.sql("select id, role_id, pool_id from proposal where id = any(:ids)")
                .param("ids", proposalIds.stream().distinct().toArray(Long[]::new))
                .query(rs -> {
                    long role = rs.getLong(2);
                    Long roleId = rs.wasNull() ? null : role;
                    long pool = rs.getLong(3);
                    Long poolId = rs.wasNull() ? null : pool;
                    made.put(rs.getLong(1), new ProposedFor(roleId, poolId));
                });
        return made;
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
    @Transactional(readOnly = true)
    public RoleInReview inReview(long roleId) {
        return jdbc.sql("""
                        select count(*) filter (where review_status = 'UNREVIEWED' and kind in ('SINGLE', 'TEAM')),
                               array_agg(id order by id) filter (where review_status <> 'UNREVIEWED')
                        from proposal where role_id = :role
                        """)
                .param("role", roleId)
                .query((rs, row) -> new RoleInReview(rs.getInt(1), ids(rs.getArray(2))))
                .single();
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
    @Transactional(readOnly = true)
    public Naming naming(long freelancerId) {
        return jdbc.sql("""
                        select count(*),
                               count(*) filter (where p.review_status = 'UNREVIEWED' and p.kind in ('SINGLE', 'TEAM')),
                               count(*) filter (where p.review_status = 'AGREED')
                        from proposal_member m join proposal p on p.id = m.proposal_id
                        where m.freelancer_id = :me
                        """)
                .param("me", freelancerId)
                .query((rs, row) -> new Naming(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .single();
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
    @Transactional(readOnly = true)
    public List<Queued> queue(QueueFilter filter) {
        if (filter.roleIds() != null && filter.roleIds().isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select p.id, p.role_id, p.kind, p.score, p.review_status, p.run_id, p.created_at,
                               (select count(*) from proposal_member m where m.proposal_id = p.id), p.in_plan,
                               (select array_agg(m.freelancer_id order by m.position)
                                from proposal_member m where m.proposal_id = p.id)
                        from proposal p
                        where p.kind in ('SINGLE', 'TEAM') and p.review_status = :status
                          and (cast(:kind as text) is null or p.kind = :kind)
                          and (cast(:minScore as float8) is null or p.score >= :minScore)
                          and (cast(:roles as bigint[]) is null or p.role_id = any(:roles))
                        order by p.created_at, p.score desc, p.id
                        limit :limit
                        """)
                .param("status", filter.status())
                .param("kind", filter.kind() == null ? null : filter.kind().name())
                .param("minScore", filter.minScore())
                .param(
                        "roles",
                        filter.roleIds() == null ? null : filter.roleIds().toArray(Long[]::new))
                .param("limit", filter.limit())
                .query((rs, row) -> new Queued(
                        rs.getLong(1),
                        rs.getLong(2),
                        Kind.valueOf(rs.getString(3)),
                        rs.getDouble(4),
                        rs.getString(5),
                        rs.getLong(6),
                        rs.getTimestamp(7).toInstant(),
                        rs.getInt(8),
                        rs.getBoolean(9),
                        ids(rs.getArray(10))))
                .list();
    }

    private static List<Long> ids(java.sql.@Nullable Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        for (Object id : (Object[]) array.getArray()) {
            ids.add(((Number) id).longValue());
        }
        return ids;
    }

    /** A role's proposals: teams and single proposals by rank, then a shared role's candidates. */
    @Transactional(readOnly = true)
    public List<Proposal> forRole(long roleId) {
        return read("p.role_id = :key", roleId);
    }

    @Transactional(readOnly = true)
    public Optional<Proposal> byId(long proposalId) {
        return read("p.id = :key", proposalId).stream().findFirst();
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
    @Transactional(readOnly = true)
    public Map<Long, RoleSummary> summaries() {
        Map<Long, RoleSummary> summaries = new HashMap<>();
        jdbc.sql("""
                        with best as (
                            select distinct on (role_id) role_id, score,
                                case when kind = 'TEAM' then 1.0 else (
                                    select (c ->> 'score')::float8
                                    from jsonb_array_elements(explanation -> 'breakdown' -> 'criteria') c
                                    where c ->> 'criterion' = 'COVERAGE') end as coverage
                            from proposal where kind in ('SINGLE', 'TEAM')
                            order by role_id, score desc, id
                        )
                        select p.role_id, b.score, b.coverage,
                               count(*) filter (where p.kind in ('SINGLE', 'TEAM')),
                               count(*) filter (where p.kind = 'CANDIDATE'),
                               count(*) filter (where p.kind in ('SINGLE', 'TEAM') and p.review_status = 'UNREVIEWED'),
                               bool_or(p.in_plan)
                        from proposal p left join best b on b.role_id = p.role_id
                        group by p.role_id, b.score, b.coverage
                        """).query(rs -> {
            long roleId = rs.getLong(1);
            summaries.put(
                    roleId,
                    new RoleSummary(
                            roleId,
                            (Double) nullable(rs, 2),
                            (Double) nullable(rs, 3),
                            rs.getInt(4),
                            rs.getInt(5),
                            rs.getInt(6),
                            rs.getBoolean(7)));
        });
        return summaries;
    }

    private static @Nullable Object nullable(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private List<Proposal> read(String where, long key) {
        Map<Long, List<Member>> members = new HashMap<>();
        jdbc.sql("""
                        select m.proposal_id, m.freelancer_id, m.assigned, m.half_hours
                        from proposal_member m join proposal p on p.id = m.proposal_id
                        where %s and p.kind <> 'PORTFOLIO' order by m.proposal_id, m.position
                        """.formatted(where)).param("key", key).query(rs -> {
            members.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                    .add(new Member(rs.getLong(2), WeekGrid.fromBytes(rs.getBytes(3)), rs.getInt(4), 0, 0, 0));
        });
        return jdbc.sql("""
                        select p.id, p.run_id, p.role_id, p.kind, p.rank, p.score, p.review_status, p.created_at,
                               p.explanation::text, p.version, p.in_plan
                        from proposal p where %s and p.kind <> 'PORTFOLIO'
                        order by case p.kind when 'CANDIDATE' then 1 else 0 end, p.kind, p.rank, p.id
                        """.formatted(where))
                .param("key", key)
                .query((rs, row) -> proposal(rs, members.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    private Proposal proposal(ResultSet rs, List<Member> stored) throws SQLException {
        Kind kind = Kind.valueOf(rs.getString(4));
        String explanation = rs.getString(9);
        List<Member> members = new ArrayList<>();
        Breakdown breakdown;
        CandidateReasons candidateReasons = null;
        TeamReasons teamReasons = null;
        List<Handover> handovers = List.of();
        if (kind == Kind.TEAM) {
            Team team = json.readValue(explanation, Team.class);
            for (Member member : stored) {
                TeamMember facts = team.members().stream()
                        .filter(m -> m.freelancerId() == member.freelancerId())
                        .findFirst()
                        .orElseThrow();
                members.add(new Member(
                        member.freelancerId(),
                        member.assigned(),
                        member.halfHours(),
                        facts.distanceKm(),
                        facts.desiredMinHalfHours(),
                        facts.desiredMaxHalfHours()));
            }
            breakdown = team.breakdown();
            teamReasons = team.reasons();
            handovers = team.handovers();
        } else {
            Candidate candidate = json.readValue(explanation, Candidate.class);
            candidateReasons = candidate.reasons();
            for (Member member : stored) {
                members.add(new Member(
                        member.freelancerId(),
                        member.assigned(),
                        (int) Math.round(candidateReasons.shareHalfHours()),
                        candidateReasons.distanceKm(),
                        candidateReasons.desiredMinHalfHours(),
                        candidateReasons.desiredMaxHalfHours()));
            }
            breakdown = candidate.breakdown();
        }
        return new Proposal(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                kind,
                rs.getInt(5),
                rs.getDouble(6),
                rs.getString(7),
                rs.getLong(10),
                rs.getBoolean(11),
                rs.getTimestamp(8).toInstant(),
                List.copyOf(members),
                breakdown,
                candidateReasons,
                teamReasons,
                handovers);
    }
}
