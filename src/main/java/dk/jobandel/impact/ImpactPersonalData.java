package dk.jobandel.impact;

import dk.jobandel.platform.PersonalData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a person stated for impact statistics while they consent (gender, birth year, situation), and the report
 * definitions a consultant saved. Erasure deletes the statement and keeps the reports without their owner.
 */
@Component
class ImpactPersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final ImpactFactsChanges changes;

    ImpactPersonalData(JdbcClient jdbc, ImpactFactsChanges changes) {
        this.jdbc = jdbc;
        this.changes = changes;
    }

    @Override
    public String name() {
        return "impact";
    }

    @Override
    public Set<String> tables() {
        return Set.of("impact_consent", "impact_report");
    }

    @Override
    public Map<String, ?> export(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(
                "statedForImpactStatistics",
                jdbc.sql("""
                                select gender, birth_year, situation, consented_at
                                from impact_consent where account_id = :id
                                """).param("id", accountId).query().listOfRows().stream()
                        .map(PersonalData::row)
                        .toList());
        data.put(
                "reportsYouSaved",
                jdbc.sql("""
                                select name, from_month, to_month, municipality_code, kind, created_at
                                from impact_report where owner_id = :id order by created_at
                                """).param("id", accountId).query().listOfRows().stream()
                        .map(PersonalData::row)
                        .toList());
        return data;
    }

    @Override
    public void erase(Erasure erasure) {
        jdbc.sql("delete from impact_consent where account_id = :id")
                .param("id", erasure.accountId())
                .update();
        changes.changed();
        jdbc.sql("update impact_report set owner_id = null where owner_id = :id")
                .param("id", erasure.accountId())
                .update();
    }

    @Override
    public List<Purpose> purposes() {
        return List.of(new Purpose("impactStatistics", List.of(), false));
    }
}
