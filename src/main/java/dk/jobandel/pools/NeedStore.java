package dk.jobandel.pools;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The need aggregate's rows: {@code pool_need} and its skills in {@code pool_need_skill}. */
@Component
class NeedStore {

    private final JdbcClient jdbc;

    NeedStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The status of a need of this organisation in this pool. */
    Optional<NeedStatus> statusOf(long poolId, long needId, long organisationId) {
        return jdbc.sql("select status from pool_need where id = :id and pool_id = :p and organisation_id = :o")
                .param("id", needId)
                .param("p", poolId)
                .param("o", organisationId)
                .query((rs, row) -> NeedStatus.valueOf(rs.getString(1)))
                .optional();
    }

    long insert(long poolId, long organisationId, NeedDetails need, long by, Timestamp now) {
        long id = jdbc.sql("""
                        insert into pool_need (pool_id, organisation_id, title, schedule, hours_per_week,
                                               municipality_code, remote, start_date, end_date, created_by,
                                               created_at, updated_at)
                        values (:pool, :org, :title, :schedule, :hours, :municipality, :remote, :start, :end, :by,
                                :now, :now)
                        returning id
                        """)
                .param("pool", poolId)
                .param("org", organisationId)
                .param("title", need.title().strip())
                .param("schedule", need.schedule().toBytes())
                .param("hours", need.hoursPerWeek())
                .param("municipality", need.remote() ? null : need.municipalityCode())
                .param("remote", need.remote())
                .param("start", Date.valueOf(need.startDate()))
                .param("end", need.endDate() == null ? null : Date.valueOf(need.endDate()))
                .param("by", by)
                .param("now", now)
                .query(Long.class)
                .single();
        saveSkills(id, need.skills());
        return id;
    }

    /** Saves an open need still at {@code basedOnVersion}, skills included; false when it is not. */
    boolean update(long needId, long basedOnVersion, NeedDetails need, Timestamp now) {
        int updated = jdbc.sql("""
                        update pool_need set title = :title, schedule = :schedule, hours_per_week = :hours,
                               municipality_code = :municipality, remote = :remote, start_date = :start,
                               end_date = :end, updated_at = :now, version = version + 1
                        where id = :id and version = :v and status = 'OPEN'
                        """)
                .param("title", need.title().strip())
                .param("schedule", need.schedule().toBytes())
                .param("hours", need.hoursPerWeek())
                .param("municipality", need.remote() ? null : need.municipalityCode())
                .param("remote", need.remote())
                .param("start", Date.valueOf(need.startDate()))
                .param("end", need.endDate() == null ? null : Date.valueOf(need.endDate()))
                .param("now", now)
                .param("id", needId)
                .param("v", basedOnVersion)
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("delete from pool_need_skill where need_id = :id")
                .param("id", needId)
                .update();
        saveSkills(needId, need.skills());
        return true;
    }

    private void saveSkills(long needId, List<NeedSkill> skills) {
        for (NeedSkill skill : skills) {
            jdbc.sql("insert into pool_need_skill (need_id, skill_id, min_level) values (:n, :s, :l)")
                    .param("n", needId)
                    .param("s", skill.skillId())
                    .param("l", skill.minLevel())
                    .update();
        }
    }

    /** Withdraws a need still at {@code basedOnVersion}; false when it is not (or already withdrawn). */
    boolean withdraw(long needId, long basedOnVersion, Timestamp now) {
        return jdbc.sql("""
                        update pool_need set status = 'WITHDRAWN', updated_at = :now, version = version + 1
                        where id = :id and version = :v and status <> 'WITHDRAWN'
                        """)
                        .param("now", now)
                        .param("id", needId)
                        .param("v", basedOnVersion)
                        .update()
                > 0;
    }

    /** Withdraws the organisation's open needs in the pool (it left). */
    void withdrawOpen(long poolId, long organisationId, Timestamp now) {
        jdbc.sql("""
                        update pool_need set status = 'WITHDRAWN', updated_at = :now, version = version + 1
                        where pool_id = :p and organisation_id = :o and status = 'OPEN'
                        """)
                .param("now", now)
                .param("p", poolId)
                .param("o", organisationId)
                .update();
    }

    void markFilled(long needId, Timestamp now) {
        jdbc.sql("""
                        update pool_need set status = 'FILLED', updated_at = :now, version = version + 1
                        where id = :id and status = 'OPEN'
                        """).param("now", now).param("id", needId).update();
    }
}
