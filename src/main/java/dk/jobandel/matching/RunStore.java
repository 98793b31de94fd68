package dk.jobandel.matching;

import dk.jobandel.matching.MatchingRuns.Run;
import dk.jobandel.matching.MatchingRuns.Trigger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The matching runs' record ({@code matching_run}): opening a run, its progress role by role and its end. Called within
 * the caller's transaction.
 */
@Component
class RunStore {

    private static final String SELECT_RUN = """
            select id, trigger, scope, started_at, finished_at, status, roles_total, roles_done,
                   freelancers, proposals, duration_ms, plan_roles, plan_total, plan_greedy_total
            from matching_run""";

    private final JdbcClient jdbc;

    RunStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new running run; fails with a duplicate key when one is already running (a unique index). */
    long open(Trigger trigger, @Nullable Long startedBy, Instant at, String scope) {
        return jdbc.sql("""
                        insert into matching_run (trigger, started_by, started_at, engine_version, status, scope)
                        values (:trigger, :by, :at, :version, 'RUNNING', :scope) returning id
                        """)
                .param("trigger", trigger.name())
                .param("by", startedBy)
                .param("at", Timestamp.from(at))
                .param("version", MatchingRuns.ENGINE_VERSION)
                .param("scope", scope)
                .query(Long.class)
                .single();
    }

    void started(long runId, int rolesTotal, int freelancers) {
        jdbc.sql("""
                        update matching_run set roles_total = :total, freelancers = :freelancers, heartbeat_at = now()
                        where id = :id
                        """)
                .param("total", rolesTotal)
                .param("freelancers", freelancers)
                .param("id", runId)
                .update();
    }

    /** One role done with {@code stored} proposals; also the run's heartbeat. */
    void roleDone(long runId, int stored) {
        jdbc.sql("""
                        update matching_run set roles_done = roles_done + 1, proposals = proposals + :stored,
                            heartbeat_at = now()
                        where id = :id
                        """).param("stored", stored).param("id", runId).update();
    }

    void planned(long runId, int roles, double total, double greedy, long ms) {
        jdbc.sql("""
                        update matching_run set plan_roles = :roles, plan_total = :total,
                            plan_greedy_total = :greedy, plan_ms = :ms where id = :id
                        """)
                .param("roles", roles)
                .param("total", total)
                .param("greedy", greedy)
                .param("ms", ms)
                .param("id", runId)
                .update();
    }

    void done(long runId, Instant at) {
        jdbc.sql("""
                        update matching_run set status = 'DONE', finished_at = :at,
                            duration_ms = (extract(epoch from (cast(:at as timestamptz) - started_at)) * 1000)::bigint
                        where id = :id
                        """).param("at", Timestamp.from(at)).param("id", runId).update();
    }

    void failed(long runId, Instant at, String error) {
        jdbc.sql("""
                        update matching_run set status = 'FAILED', finished_at = :at, error = :error where id = :id
                        """)
                .param("at", Timestamp.from(at))
                .param("error", error)
                .param("id", runId)
                .update();
    }

    /** Marks running runs silent for {@code silent} (an interval) as failed; returns how many. */
    int failSilent(Instant at, String silent) {
        return jdbc.sql("""
                        update matching_run set status = 'FAILED', finished_at = :at,
                            error = 'interrupted: the application stopped during the run'
                        where status = 'RUNNING' and heartbeat_at < now() - cast(:silent as interval)
                        """)
                .param("at", Timestamp.from(at))
                .param("silent", silent)
                .update();
    }

    /** A pool's run, recorded as done when it starts (it works within one transaction). */
    long openPoolRun(long poolId, @Nullable Long startedBy, Instant at) {
        return jdbc.sql("""
                        insert into matching_run (trigger, started_by, started_at, engine_version, status, pool_id)
                        values ('POOL', :by, :at, :version, 'DONE', :pool) returning id
                        """)
                .param("by", startedBy)
                .param("at", Timestamp.from(at))
                .param("version", MatchingRuns.ENGINE_VERSION)
                .param("pool", poolId)
                .query(Long.class)
                .single();
    }

    void poolRunDone(long runId, Instant at, int needs, int workers, int proposals, long ms) {
        jdbc.sql("""
                        update matching_run set status = 'DONE', finished_at = :at, roles = :needs, roles_total = :needs,
                            roles_done = :needs, freelancers = :workers, proposals = :proposals, duration_ms = :ms
                        where id = :id
                        """)
                .param("at", Timestamp.from(at))
                .param("needs", needs)
                .param("workers", workers)
                .param("proposals", proposals)
                .param("ms", ms)
                .param("id", runId)
                .update();
    }

    /** A role-matching run (not a pool's). */
    Optional<Run> byId(long id) {
        return jdbc.sql(SELECT_RUN + " where id = :id and pool_id is null")
                .param("id", id)
                .query(RunStore::run)
                .optional();
    }

    Optional<Run> current() {
        return jdbc.sql(SELECT_RUN + " where status = 'RUNNING'")
                .query(RunStore::run)
                .optional();
    }

    List<Run> recent(int limit) {
        return jdbc.sql(SELECT_RUN + " where pool_id is null order by started_at desc, id desc limit :limit")
                .param("limit", limit)
                .query(RunStore::run)
                .list();
    }

    private static Run run(ResultSet rs, int row) throws SQLException {
        return new Run(
                rs.getLong(1),
                Trigger.valueOf(rs.getString(2)),
                rs.getString(3),
                rs.getTimestamp(4).toInstant(),
                rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(),
                rs.getString(6),
                rs.getInt(7),
                rs.getInt(8),
                rs.getInt(9),
                rs.getInt(10),
                rs.getObject(11) == null ? null : rs.getLong(11),
                rs.getObject(12) == null ? null : rs.getInt(12),
                rs.getObject(13) == null ? null : rs.getDouble(13),
                rs.getObject(14) == null ? null : rs.getDouble(14));
    }
}
