package dk.jobandel.pools;

import dk.jobandel.pools.PoolViews.PoolWorker;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The pool aggregate's rows: {@code pool} and its workers in {@code pool_worker}. */
@Component
class PoolStore {

    /** A pool's own row; the host's name comes from the members module. */
    record Row(
            long id,
            String name,
            long hostOrganisationId,
            String purpose,
            short municipalityCode,
            java.math.BigDecimal feePercent,
            int noticeDays,
            java.math.BigDecimal minHoursPerMember,
            long version,
            java.math.BigDecimal hourlyWage,
            java.math.BigDecimal pensionPercent) {

        PoolViews.Pool named(Map<Long, String> names) {
            return new PoolViews.Pool(
                    id,
                    name,
                    hostOrganisationId,
                    names.getOrDefault(hostOrganisationId, ""),
                    purpose,
                    municipalityCode,
                    feePercent,
                    noticeDays,
                    minHoursPerMember,
                    version,
                    hourlyWage,
                    pensionPercent);
        }
    }

    private final JdbcClient jdbc;

    PoolStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> byId(long poolId) {
        return jdbc.sql("""
                        select id, name, host_organisation_id, purpose, municipality_code, fee_percent, notice_days,
                               min_hours_per_member, version, hourly_wage, pension_percent
                        from pool where id = :p
                        """)
                .param("p", poolId)
                .query((rs, row) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getShort(5),
                        rs.getBigDecimal(6),
                        rs.getInt(7),
                        rs.getBigDecimal(8),
                        rs.getLong(9),
                        rs.getBigDecimal(10),
                        rs.getBigDecimal(11)))
                .optional();
    }

    int hostedBy(long organisationId) {
        return jdbc.sql("select count(*) from pool where host_organisation_id = :host")
                .param("host", organisationId)
                .query(Integer.class)
                .single();
    }

    /** Whether another pool than {@code except} has this name, case aside. */
    boolean nameTaken(String name, @Nullable Long except) {
        return jdbc.sql("""
                        select exists (select 1 from pool where lower(name) = lower(:n)
                                       and (cast(:p as bigint) is null or id <> :p))
                        """)
                .param("n", name.strip())
                .param("p", except)
                .query(Boolean.class)
                .single();
    }

    long insert(PoolDetails details, long host, long by, Timestamp now) {
        return jdbc.sql("""
                        insert into pool (name, host_organisation_id, purpose, municipality_code, fee_percent,
                                          notice_days, min_hours_per_member, hourly_wage, pension_percent,
                                          created_by, created_at)
                        values (:name, :host, :purpose, :municipality, :fee, :notice, :minHours, :wage, :pension,
                                :by, :now)
                        returning id
                        """)
                .param("name", details.name().strip())
                .param("host", host)
                .param("purpose", details.purpose().strip())
                .param("municipality", details.municipalityCode())
                .param("fee", details.feePercent())
                .param("notice", details.noticeDays())
                .param("minHours", details.minHoursPerMember())
                .param("wage", details.hourlyWage())
                .param("pension", details.pensionPercent())
                .param("by", by)
                .param("now", now)
                .query(Long.class)
                .single();
    }

    /** Saves the settings when the pool is still at {@code basedOnVersion}; false when it is not. */
    boolean update(long poolId, long basedOnVersion, PoolDetails details) {
        return jdbc.sql("""
                        update pool set name = :name, purpose = :purpose, municipality_code = :municipality,
                                        fee_percent = :fee, notice_days = :notice, min_hours_per_member = :minHours,
                                        hourly_wage = :wage, pension_percent = :pension, version = version + 1
                        where id = :p and version = :v
                        """)
                        .param("name", details.name().strip())
                        .param("purpose", details.purpose().strip())
                        .param("municipality", details.municipalityCode())
                        .param("fee", details.feePercent())
                        .param("notice", details.noticeDays())
                        .param("minHours", details.minHoursPerMember())
                        .param("wage", details.hourlyWage())
                        .param("pension", details.pensionPercent())
                        .param("p", poolId)
                        .param("v", basedOnVersion)
                        .update()
                > 0;
    }

    // --- workers ---

    List<Long> activeWorkers(long poolId) {
        return jdbc.sql("select freelancer_id from pool_worker where pool_id = :p and status = 'ACTIVE'")
                .param("p", poolId)
                .query(Long.class)
                .list();
    }

    /** Adds the worker, or takes a removed one back; false when they already work in the pool. */
    boolean addWorker(long poolId, long freelancerId, int min, int max, Timestamp now, long by) {
        return jdbc.sql("""
                        insert into pool_worker (pool_id, freelancer_id, desired_hours_min, desired_hours_max,
                                                 joined_at, added_by)
                        values (:p, :f, :min, :max, :now, :by)
                        on conflict (pool_id, freelancer_id) do update
                            set status = 'ACTIVE', desired_hours_min = excluded.desired_hours_min,
                                desired_hours_max = excluded.desired_hours_max, joined_at = excluded.joined_at,
                                added_by = excluded.added_by
                            where pool_worker.status = 'REMOVED'
                        """)
                        .param("p", poolId)
                        .param("f", freelancerId)
                        .param("min", min)
                        .param("max", max)
                        .param("now", now)
                        .param("by", by)
                        .update()
                > 0;
    }

    /** False when the freelancer is no active worker of the pool. */
    boolean removeWorker(long poolId, long freelancerId) {
        return jdbc.sql("""
                        update pool_worker set status = 'REMOVED'
                        where pool_id = :p and freelancer_id = :f and status = 'ACTIVE'
                        """).param("p", poolId).param("f", freelancerId).update() > 0;
    }

    /** Every active worker of every pool: one statement, by pool and freelancer. */
    List<PoolWorker> workers() {
        return jdbc.sql("""
                        select pool_id, freelancer_id, desired_hours_min, desired_hours_max from pool_worker
                        where status = 'ACTIVE' order by pool_id, freelancer_id
                        """)
                .query((rs, row) -> new PoolWorker(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4)))
                .list();
    }
}
