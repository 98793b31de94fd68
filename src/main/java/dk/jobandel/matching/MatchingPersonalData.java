package dk.jobandel.matching;

import dk.jobandel.platform.PersonalData;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Proposals that name the person. Unreviewed ones disappear at erasure; reviewed ones stay (they lead to offers,
 * agreements and refusals) and name the anonymous account. Refusal fingerprints hold only account ids.
 */
@Component
class MatchingPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    MatchingPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
                jdbc.sql("""
                                select p.id, p.kind, p.review_status, p.score, p.created_at,
                                       coalesce(r.title, pl.name) as role_or_pool, m.half_hours, m.assigned as slots
                                from proposal_member m join proposal p on p.id = m.proposal_id
                                left join shared_role r on r.id = p.role_id left join pool pl on pl.id = p.pool_id
                                where m.freelancer_id = :id order by p.created_at, p.id
                                """).param("id", accountId).query().listOfRows().stream()
                        .map(PersonalData::row)
                        .toList(),
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
