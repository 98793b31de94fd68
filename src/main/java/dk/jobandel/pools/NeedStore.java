package dk.jobandel.pools;

import dk.jobandel.pools.PoolViews.OpenNeed;
import dk.jobandel.shared.WeekGrid;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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

    // --- reads for the planner and the pages ---

    /** The skills of the needs the statement {@code needIds} selects, by need (its parameters when it has them). */
    Map<Long, List<NeedSkill>> skills(String needIds, @Nullable Long poolId, @Nullable Long needId) {
        Map<Long, List<NeedSkill>> skills = new HashMap<>();
        jdbc.sql("select s.need_id, s.skill_id, s.min_level from pool_need_skill s where s.need_id in (" + needIds
                        + ") order by s.need_id, s.skill_id")
                .param("p", poolId)
                .param("need", needId)
                .query(rs -> {
                    skills.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new NeedSkill(rs.getShort(2), rs.getInt(3)));
                });
        return skills;
    }

    private static final String OPEN = """
            from pool_need n join pool_member m on m.pool_id = n.pool_id and m.organisation_id = n.organisation_id
            where m.status = 'APPROVED' and n.status = 'OPEN'
            """;

    /** Every open need of every pool's approved members: two statements, in need id order. */
    List<OpenNeed> openNeeds() {
        Map<Long, List<NeedSkill>> skills = skills("select n.id " + OPEN, null, null);
        return jdbc.sql("""
                        select n.id, n.pool_id, p.host_organisation_id, n.organisation_id, n.schedule, n.hours_per_week,
                               n.remote, n.municipality_code, cast(mu.latitude as double precision),
                               cast(mu.longitude as double precision), n.start_date, n.end_date
                        """
                        + OPEN.replace(
                                "from pool_need n",
                                "from pool_need n join pool p on p.id = n.pool_id"
                                        + " left join municipality mu on mu.code = n.municipality_code")
                        + " order by n.id")
                .query((rs, row) -> new OpenNeed(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        WeekGrid.fromBytes(rs.getBytes(5)),
                        rs.getDouble(6),
                        rs.getBoolean(7),
                        rs.getObject(8, Short.class),
                        rs.getObject(9, Double.class),
                        rs.getObject(10, Double.class),
                        List.copyOf(skills.getOrDefault(rs.getLong(1), List.of())),
                        rs.getDate(11).toLocalDate(),
                        rs.getDate(12) == null ? null : rs.getDate(12).toLocalDate()))
                .list();
    }
}
