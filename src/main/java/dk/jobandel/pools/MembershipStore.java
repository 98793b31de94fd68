package dk.jobandel.pools;

import java.sql.Timestamp;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The membership aggregate's rows in {@code pool_member}. Every change names the version it was based on, so of two
 * concurrent changes exactly one is taken (the row lock makes the other wait and find the version moved on).
 */
@Component
class MembershipStore {

    record Row(long id, long organisationId, MemberStatus status, long version) {}

    private final JdbcClient jdbc;

    MembershipStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> of(long poolId, @Nullable Long organisationId) {
        if (organisationId == null) {
            return Optional.empty();
        }
        return jdbc.sql("select id, organisation_id, status, version from pool_member"
                        + " where pool_id = :p and organisation_id = :o")
                .param("p", poolId)
                .param("o", organisationId)
                .query((rs, row) -> row(rs))
                .optional();
    }

    Optional<Row> byId(long poolId, long memberId) {
        return jdbc.sql("select id, organisation_id, status, version from pool_member where id = :m and pool_id = :p")
                .param("m", memberId)
                .param("p", poolId)
                .query((rs, row) -> row(rs))
                .optional();
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(rs.getLong(1), rs.getLong(2), MemberStatus.valueOf(rs.getString(3)), rs.getLong(4));
    }

    /** The host, an approved member from the pool's start. */
    long insertHost(long poolId, long host, Timestamp now, long by) {
        return jdbc.sql("""
                        insert into pool_member (pool_id, organisation_id, status, applied_at, decided_at, decided_by)
                        values (:pool, :org, 'APPROVED', :now, :now, :by) returning id
                        """)
                .param("pool", poolId)
                .param("org", host)
                .param("now", now)
                .param("by", by)
                .query(Long.class)
                .single();
    }

    long insertApplication(long poolId, long organisationId, Timestamp now) {
        return jdbc.sql("""
                        insert into pool_member (pool_id, organisation_id, status, applied_at)
                        values (:pool, :org, 'APPLIED', :now) returning id
                        """)
                .param("pool", poolId)
                .param("org", organisationId)
                .param("now", now)
                .query(Long.class)
                .single();
    }

    /** An organisation rejected or gone applies again; false when the row moved on. */
    boolean reapply(Row member, Timestamp now) {
        return jdbc.sql("""
                        update pool_member set status = 'APPLIED', applied_at = :now, decided_at = null,
                               decided_by = null, version = version + 1
                        where id = :id and version = :v
                        """)
                        .param("now", now)
                        .param("id", member.id())
                        .param("v", member.version())
                        .update()
                > 0;
    }

    /** Decides a pending application still at {@code basedOnVersion}; false when it is not. */
    boolean decide(long memberId, long basedOnVersion, MemberStatus to, Timestamp now, long by) {
        return jdbc.sql("""
                        update pool_member set status = :to, decided_at = :now, decided_by = :by, version = version + 1
                        where id = :m and version = :v and status = 'APPLIED'
                        """)
                        .param("to", to.name())
                        .param("now", now)
                        .param("by", by)
                        .param("m", memberId)
                        .param("v", basedOnVersion)
                        .update()
                > 0;
    }

    /** False when the row moved on. */
    boolean leave(Row member, Timestamp now, long by) {
        return jdbc.sql("""
                        update pool_member set status = 'LEFT', decided_at = :now, decided_by = :by,
                               version = version + 1
                        where id = :id and version = :v
                        """)
                        .param("now", now)
                        .param("by", by)
                        .param("id", member.id())
                        .param("v", member.version())
                        .update()
                > 0;
    }
}
