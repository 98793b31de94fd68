package dk.jobandel.matching;

import dk.jobandel.matching.MatchingProposals.Kind;
import dk.jobandel.matching.MatchingProposals.Member;
import dk.jobandel.matching.MatchingProposals.Naming;
import dk.jobandel.matching.MatchingProposals.Proposal;
import dk.jobandel.matching.MatchingProposals.ProposedFor;
import dk.jobandel.matching.MatchingProposals.QueueFilter;
import dk.jobandel.matching.MatchingProposals.Queued;
import dk.jobandel.matching.MatchingProposals.RoleInReview;
import dk.jobandel.matching.MatchingProposals.RoleSummary;
import dk.jobandel.matching.engine.Breakdown;
import dk.jobandel.matching.engine.Candidate;
import dk.jobandel.matching.engine.CandidateReasons;
import dk.jobandel.matching.engine.Handover;
import dk.jobandel.matching.engine.Team;
import dk.jobandel.matching.engine.TeamMember;
import dk.jobandel.matching.engine.TeamReasons;
import dk.jobandel.shared.WeekGrid;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stored team and single proposals read back as the engine wrote them, for the pages: a role's proposals in two
 * statements, the review queue, the overview of every role's best proposal and the counts of the dashboards, each in
 * one. Called within the façade's read-only transaction ({@link MatchingProposals}).
 */
@Component
class ProposalQueries {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ProposalQueries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Map<Long, ProposedFor> proposedFor(java.util.Collection<Long> proposalIds) {
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

    RoleInReview inReview(long roleId) {
        return jdbc.sql("""
                        select count(*) filter (where review_status = 'UNREVIEWED' and kind in ('SINGLE', 'TEAM')),
                               array_agg(id order by id) filter (where review_status <> 'UNREVIEWED')
                        from proposal where role_id = :role
                        """)
                .param("role", roleId)
                .query((rs, row) -> new RoleInReview(rs.getInt(1), ids(rs.getArray(2))))
                .single();
    }

    Naming naming(long freelancerId) {
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

    List<Queued> queue(QueueFilter filter) {
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

    int countQueued(String status, int limit) {
        return jdbc.sql("""
                        select count(*) from (select 1 from proposal p
                                              where p.kind in ('SINGLE', 'TEAM') and p.review_status = :status
                                              limit :limit) queued
                        """)
                .param("status", status)
                .param("limit", limit)
                .query(Integer.class)
                .single();
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

    List<Proposal> forRole(long roleId) {
        return read("p.role_id = :key", roleId);
    }

    Optional<Proposal> byId(long proposalId) {
        return read("p.id = :key", proposalId).stream().findFirst();
    }

    Map<Long, RoleSummary> summaries() {
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
