package dk.jobandel.matching;

import dk.jobandel.matching.engine.PlanMember;
import dk.jobandel.matching.engine.pool.Portfolio;
import dk.jobandel.shared.WeekGrid;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Proposals as runs write them and reviews change them ({@code proposal}, {@code proposal_member},
 * {@code proposal_need}, {@code proposal_refusal}). Called within the caller's transaction.
 */
@Component
class ProposalStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ProposalStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Whether it moved; {@code false} means someone else changed it first. */
    boolean markReviewed(long proposalId, long version, ProposalStatus from, ProposalStatus to) {
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

    /** Whether it changed; {@code false} means someone else changed it first. */
    boolean changeSplit(long proposalId, long version, List<WeekGrid> slots) {
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

    void rememberRoleRefusal(long roleId, String fingerprint, Instant at) {
        jdbc.sql("""
                        insert into proposal_refusal (role_id, fingerprint, refused_at) values (:role, :fingerprint, :at)
                        on conflict (role_id, fingerprint) where role_id is not null do update set refused_at = excluded.refused_at
                        """)
                .param("role", roleId)
                .param("fingerprint", fingerprint)
                .param("at", Timestamp.from(at))
                .update();
    }

    void rememberPoolRefusal(long poolId, String fingerprint, Instant at) {
        jdbc.sql("""
                        insert into proposal_refusal (pool_id, fingerprint, refused_at) values (:pool, :fingerprint, :at)
                        on conflict (pool_id, fingerprint) where pool_id is not null
                        do update set refused_at = excluded.refused_at
                        """)
                .param("pool", poolId)
                .param("fingerprint", fingerprint)
                .param("at", Timestamp.from(at))
                .update();
    }

    Set<String> refusedForRole(long roleId) {
        return Set.copyOf(jdbc.sql("select fingerprint from proposal_refusal where role_id = :role")
                .param("role", roleId)
                .query(String.class)
                .list());
    }

    Set<String> refusedForPool(long poolId) {
        return Set.copyOf(jdbc.sql("select fingerprint from proposal_refusal where pool_id = :pool")
                .param("pool", poolId)
                .query(String.class)
                .list());
    }

    /** The roles with unreviewed proposals naming one of these people. */
    List<Long> rolesProposedFor(Collection<Long> freelancerIds) {
        return jdbc.sql("""
                        select distinct p.role_id from proposal p join proposal_member m on m.proposal_id = p.id
                        where m.freelancer_id = any(:ids) and p.review_status = 'UNREVIEWED'
                        """)
                .param("ids", freelancerIds.toArray(Long[]::new))
                .query(Long.class)
                .list();
    }

    void forgetUnreviewedOfRole(long roleId) {
        jdbc.sql("delete from proposal where role_id = :role and review_status = 'UNREVIEWED'")
                .param("role", roleId)
                .update();
    }

    void forgetUnreviewedOfPool(long poolId) {
        jdbc.sql("delete from proposal where pool_id = :pool and review_status = 'UNREVIEWED'")
                .param("pool", poolId)
                .update();
    }

    /** Unreviewed proposals of roles not published; of the {@code named} roles only, when given. */
    void forgetUnpublished(Long @Nullable [] named, Long[] published) {
        if (named != null) {
            jdbc.sql("""
                            delete from proposal where review_status = 'UNREVIEWED'
                            and role_id = any(:named) and role_id <> all(:published)
                            """).param("named", named).param("published", published).update();
        } else {
            jdbc.sql("delete from proposal where review_status = 'UNREVIEWED' and role_id <> all(:published)")
                    .param("published", published)
                    .update();
        }
    }

    /** A new proposal with its explanation as JSON, for a role or ({@code roleId} null) a pool. */
    long insertProposal(
            long runId,
            @Nullable Long roleId,
            @Nullable Long poolId,
            String kind,
            int rank,
            double score,
            Object explanation,
            Instant at) {
        return jdbc.sql("""
                        insert into proposal (run_id, role_id, pool_id, kind, rank, score, explanation, created_at)
                        values (:run, :role, :pool, :kind, :rank, :score, cast(:explanation as jsonb), :at) returning id
                        """)
                .param("run", runId)
                .param("role", roleId)
                .param("pool", poolId)
                .param("kind", kind)
                .param("rank", rank)
                .param("score", score)
                .param("explanation", json.writeValueAsString(explanation))
                .param("at", Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    void insertMember(long proposalId, int position, long freelancerId, WeekGrid slots, int halfHours) {
        jdbc.sql("""
                        insert into proposal_member (proposal_id, position, freelancer_id, assigned, half_hours)
                        values (:proposal, :position, :freelancer, :assigned, :halfHours)
                        """)
                .param("proposal", proposalId)
                .param("position", position)
                .param("freelancer", freelancerId)
                .param("assigned", slots.toBytes())
                .param("halfHours", halfHours)
                .update();
    }

    /** A pool's portfolio: its worker with the whole window, and each need's part; scored by the hours a week. */
    void insertPortfolio(
            long runId, long poolId, int rank, Portfolio portfolio, List<PoolMatching.Part> parts, Instant at) {
        WeekGrid window = WeekGrid.EMPTY;
        int halfHours = 0;
        for (PoolMatching.Part part : parts) {
            window = window.union(part.slots());
            halfHours += part.halfHours();
        }
        long id = insertProposal(runId, null, poolId, "PORTFOLIO", rank, halfHours / 2.0, portfolio, at);
        insertMember(id, 0, portfolio.workerId(), window, window.slotCount());
        for (PoolMatching.Part part : parts) {
            jdbc.sql("""
                            insert into proposal_need (proposal_id, need_id, organisation_id, slots, half_hours)
                            values (:id, :need, :organisation, :slots, :halfHours)
                            """)
                    .param("id", id)
                    .param("need", part.needId())
                    .param("organisation", part.organisationId())
                    .param("slots", part.slots().toBytes())
                    .param("halfHours", part.halfHours())
                    .update();
        }
    }

    /** An unreviewed team or single proposal as the whole plan sees it, its people in member order. */
    record PlanRow(long proposalId, long roleId, double score, List<PlanMember> members) {}

    /** Every unreviewed team and single proposal, by role, rank and id; the people's slots as engine words. */
    List<PlanRow> planRows(Function<WeekGrid, long[]> words) {
        Map<Long, PlanRow> rows = new LinkedHashMap<>();
        jdbc.sql("""
                        select p.id, p.role_id, p.score, m.freelancer_id, m.assigned
                        from proposal p join proposal_member m on m.proposal_id = p.id
                        where p.review_status = 'UNREVIEWED' and p.kind in ('SINGLE', 'TEAM')
                        order by p.role_id, p.rank, p.id, m.position
                        """).query(rs -> {
            long id = rs.getLong(1);
            PlanRow row = rows.get(id);
            if (row == null) {
                row = new PlanRow(id, rs.getLong(2), rs.getDouble(3), new ArrayList<>());
                rows.put(id, row);
            }
            row.members().add(PlanMember.of(rs.getLong(4), words.apply(WeekGrid.fromBytes(rs.getBytes(5)))));
        });
        return List.copyOf(rows.values());
    }

    /** Marks the chosen proposals as the plan's, and no other unreviewed or planned one. */
    void markInPlan(List<Long> chosen) {
        jdbc.sql("""
                        update proposal set in_plan = (id = any(:chosen))
                        where review_status = 'UNREVIEWED' or in_plan
                        """).param("chosen", chosen.toArray(Long[]::new)).update();
    }
}
