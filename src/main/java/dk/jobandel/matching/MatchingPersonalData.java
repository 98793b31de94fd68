package dk.jobandel.matching;

import dk.jobandel.platform.PersonalData;
import dk.jobandel.pools.PoolsForReview;
import dk.jobandel.roles.SharedRoles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Proposals that name the person. Unreviewed ones disappear at erasure; reviewed ones stay (they lead to offers,
 * agreements and refusals) and name the anonymous account. Refusal fingerprints hold only account ids.
 */
@Component
class MatchingPersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final SharedRoles roles;
    private final PoolsForReview pools;

    MatchingPersonalData(JdbcClient jdbc, SharedRoles roles, PoolsForReview pools) {
        this.jdbc = jdbc;
        this.roles = roles;
        this.pools = pools;
    }

    @Override
    public String name() {
        return "proposals";
    }

    /** After the review module has declined the person's open offers. */
    @Override
    public int order() {
        return 20;
    }

    @Override
    public Set<String> tables() {
        return Set.of("proposal_member", "matching_run", "proposal_refusal");
    }

    @Override
    public Map<String, ?> export(long accountId) {
        return Map.of(
                "proposalsNamingYou",
                proposalsNaming(accountId),
                "matchingRunsYouStarted",
                jdbc
                        .sql("select id, trigger, started_at from matching_run where started_by = :id order by id")
                        .param("id", accountId)
                        .query()
                        .listOfRows()
                        .stream()
                        .map(PersonalData::row)
                        .toList());
    }

    /**
     * The proposals naming the person, each with the title of its role or the name of its pool, asked of the roles
     * and pools modules rather than read from their tables.
     */
    private List<Map<String, @Nullable Object>> proposalsNaming(long accountId) {
        List<Map<String, @Nullable Object>> rows = jdbc.sql("""
                        select p.id, p.kind, p.review_status, p.score, p.created_at, p.role_id, p.pool_id,
                               m.half_hours, m.assigned as slots
                        from proposal_member m join proposal p on p.id = m.proposal_id
                        where m.freelancer_id = :id order by p.created_at, p.id
                        """).param("id", accountId).query().listOfRows().stream()
                .map(PersonalData::row)
                .toList();
        Map<Long, String> roleTitles = new HashMap<>();
        roles.listed(ids(rows, "role_id")).forEach(role -> roleTitles.put(role.id(), role.title()));
        Map<Long, String> poolNames = pools.names(ids(rows, "pool_id"));
        List<Map<String, @Nullable Object>> proposals = new ArrayList<>();
        for (Map<String, @Nullable Object> row : rows) {
            Map<String, @Nullable Object> out = new LinkedHashMap<>();
            for (String column : List.of("id", "kind", "review_status", "score", "created_at")) {
                out.put(column, row.get(column));
            }
            out.put(
                    "role_or_pool",
                    row.get("role_id") instanceof Number role
                            ? roleTitles.get(role.longValue())
                            : row.get("pool_id") instanceof Number pool ? poolNames.get(pool.longValue()) : null);
            out.put("half_hours", row.get("half_hours"));
            out.put("slots", row.get("slots"));
            proposals.add(out);
        }
        return proposals;
    }

    private static Set<Long> ids(List<Map<String, @Nullable Object>> rows, String column) {
        Set<Long> ids = new HashSet<>();
        rows.forEach(row -> {
            if (row.get(column) instanceof Number id) {
                ids.add(id.longValue());
            }
        });
        return ids;
    }

    @Override
    public void erase(Erasure erasure) {
        jdbc.sql("""
                        delete from proposal p where p.review_status = 'UNREVIEWED'
                          and exists (select 1 from proposal_member m where m.proposal_id = p.id
                                      and m.freelancer_id = :id)
                        """).param("id", erasure.accountId()).update();
        jdbc.sql("update matching_run set started_by = null where started_by = :id")
                .param("id", erasure.accountId())
                .update();
    }

    @Override
    public List<Purpose> purposes() {
        return List.of(new Purpose("matching", List.of(), true));
    }
}
