package dk.jobandel.pools;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the agreements module needs to know of pools, so that it never reads this module's tables: who posted a pool's
 * needs, whether an organisation is an approved member, and a pool's name. No visibility checks: the agreements module
 * has made its own. One statement each.
 */
@Service
public class PoolsForAgreements {

    private final JdbcClient jdbc;

    PoolsForAgreements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The organisation that posted each of these needs, by need id; needs that are not the pool's are absent. */
    @Transactional(readOnly = true)
    public Map<Long, Long> needOwners(long poolId, Collection<Long> needIds) {
        Map<Long, Long> owners = new HashMap<>();
        if (needIds.isEmpty()) {
            return owners;
        }
        jdbc.sql("select id, organisation_id from pool_need where pool_id = :pool and id in (:needs)")
                .param("pool", poolId)
                .param("needs", needIds)
                .query(rs -> {
                    owners.put(rs.getLong(1), rs.getLong(2));
                });
        return owners;
    }

    /** Whether the organisation is an approved member of the pool (the host is one from the start). */
    @Transactional(readOnly = true)
    public boolean isApprovedMember(long poolId, long organisationId) {
        return jdbc.sql("""
                        select exists (select 1 from pool_member
                                       where pool_id = :pool and organisation_id = :org and status = 'APPROVED')
                        """)
                .param("pool", poolId)
                .param("org", organisationId)
                .query(Boolean.class)
                .single();
    }

    /** The pool's name, if there is such a pool. */
    @Transactional(readOnly = true)
    public Optional<String> name(long poolId) {
        return jdbc.sql("select name from pool where id = :id")
                .param("id", poolId)
                .query(String.class)
                .optional();
    }
}
