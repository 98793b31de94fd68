package dk.jobandel.pools;

import dk.jobandel.platform.PersonalData;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The pools a freelancer works for or wants work in, and what staff did in pools. The pool's statements come from
 * agreements, which are kept; the person's place on a pool's worker list goes.
 */
@Component
class PoolPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    PoolPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "pools";
    }

    @Override
    public Set<String> tables() {
        return Set.of("pool_worker", "pool", "pool_member", "pool_need");
    }

    @Override
    public Map<String, ?> export(long accountId) {
        return Map.of(
                "poolWork",
                jdbc.sql("""
                                select p.name as pool, w.desired_hours_min, w.desired_hours_max, w.status, w.joined_at
                                from pool_worker w join pool p on p.id = w.pool_id where w.freelancer_id = :id
                                order by w.joined_at
                                """).param("id", accountId).query().listOfRows().stream()
                        .map(PersonalData::row)
                        .toList(),
                "poolsYouCreated",
                jdbc
                        .sql("select name, created_at from pool where created_by = :id order by id")
                        .param("id", accountId)
                        .query()
                        .listOfRows()
                        .stream()
                        .map(PersonalData::row)
                        .toList());
    }

    @Override
    public void erase(Erasure erasure) {
        long id = erasure.accountId();
        jdbc.sql("delete from pool_worker where freelancer_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("update pool_worker set added_by = null where added_by = :id")
                .param("id", id)
                .update();
        jdbc.sql("update pool set created_by = null where created_by = :id")
                .param("id", id)
                .update();
        jdbc.sql("update pool_need set created_by = null where created_by = :id")
                .param("id", id)
                .update();
        jdbc.sql("update pool_member set decided_by = null where decided_by = :id")
                .param("id", id)
                .update();
    }

    @Override
    public List<Purpose> purposes() {
        return List.of(new Purpose("pools", List.of(), false));
    }
}
