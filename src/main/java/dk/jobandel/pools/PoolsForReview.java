package dk.jobandel.pools;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the review and matching modules show of pools they only know by id (a portfolio proposal's pool, in a
 * person's data export): the pool's name. So they ask here instead of joining the {@code pool} table. No visibility
 * check: callers show it to people who were offered, or named in, the pool's proposals.
 */
@Service
public class PoolsForReview {

    private final JdbcClient jdbc;

    PoolsForReview(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The names of the pools with these ids, by id; a pool that no longer exists is missing. One statement. */
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> poolIds) {
        Map<Long, String> names = new HashMap<>();
        if (poolIds.isEmpty()) {
            return names;
        }
        jdbc.sql("select id, name from pool where id = any(:ids)")
                .param("ids", poolIds.stream().distinct().toArray(Long[]::new))
                .query(rs -> {
                    names.put(rs.getLong(1), rs.getString(2));
                });
        return names;
    }
}
