package dk.jobandel.matching;

import dk.jobandel.matching.PoolMatching.Move;
import dk.jobandel.matching.PoolMatching.Part;
import dk.jobandel.matching.PoolMatching.PortfolioProposal;
import dk.jobandel.matching.engine.pool.Portfolio;
import dk.jobandel.shared.WeekGrid;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stored portfolio proposals read back for the pages and for pool matching ({@link PoolMatching}): a pool's, those
 * awaiting review, one by id, and the needs and workers of portfolios whose answers are awaited. Called within the
 * façade's transaction.
 */
@Component
class PortfolioQueries {

    /** The review status of proposals waiting for the parties' answers. */
    private static final String OFFERED = "OFFERED";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PortfolioQueries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Waits for the pool's other run, if one is under way: one run per pool at a time, until the transaction ends. */
    void lockPool(long poolId) {
        jdbc.sql("select pg_advisory_xact_lock(:key, :pool)")
                .param("key", 0x4A_50_4D_52) // "JPMR": one run per pool at a time
                .param("pool", (int) poolId)
                .query(Object.class)
                .single();
    }

    /** The needs in the pool's portfolios already offered: their answers are awaited. */
    Set<Long> waitingNeeds(long poolId) {
        return offered("select n.need_id from proposal_need n join proposal p on p.id = n.proposal_id", poolId);
    }

    /** The workers of the pool's portfolios already offered. */
    Set<Long> waitingWorkers(long poolId) {
        return offered("select m.freelancer_id from proposal_member m join proposal p on p.id = m.proposal_id", poolId);
    }

    private Set<Long> offered(String select, long poolId) {
        return Set.copyOf(jdbc.sql(select + " where p.pool_id = :pool and p.review_status = :offered")
                .param("pool", poolId)
                .param("offered", OFFERED)
                .query(Long.class)
                .list());
    }

    int countUnreviewed() {
        return jdbc.sql("select count(*) from proposal where kind = 'PORTFOLIO' and review_status = 'UNREVIEWED'")
                .query(Integer.class)
                .single();
    }

    List<PortfolioProposal> read(String where, long key, int limit) {
        Map<Long, List<Part>> parts = new HashMap<>();
        jdbc.sql("""
                        select n.proposal_id, n.need_id, n.organisation_id, n.slots, n.half_hours
                        from proposal_need n join proposal p on p.id = n.proposal_id
                        where p.kind = 'PORTFOLIO' and %s order by n.proposal_id, n.need_id
                        """.formatted(where)).param("key", key).query(rs -> {
            parts.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                    .add(new Part(rs.getLong(2), rs.getLong(3), WeekGrid.fromBytes(rs.getBytes(4)), rs.getInt(5)));
        });
        return jdbc.sql("""
                        select p.id, p.run_id, p.pool_id, m.freelancer_id, p.score, p.review_status, p.version,
                               p.created_at, p.explanation::text
                        from proposal p join proposal_member m on m.proposal_id = p.id and m.position = 0
                        where p.kind = 'PORTFOLIO' and %s
                        order by p.run_id desc, p.rank, p.id
                        limit :limit
                        """.formatted(where))
                .param("key", key)
                .param("limit", limit)
                .query((rs, row) -> proposal(rs, parts.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    private PortfolioProposal proposal(ResultSet rs, List<Part> parts) throws SQLException {
        Portfolio explanation = json.readValue(rs.getString(9), Portfolio.class);
        return new PortfolioProposal(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getLong(4),
                rs.getDouble(5),
                rs.getString(6),
                rs.getLong(7),
                rs.getTimestamp(8).toInstant(),
                List.copyOf(parts),
                explanation.moves().stream()
                        .map(m -> new Move(m.fromNeedId(), m.toNeedId(), m.km(), m.travelHalfHours()))
                        .toList(),
                explanation.score().shortfallHalfHours());
    }
}
