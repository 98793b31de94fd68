package dk.jobandel.audit;

import dk.jobandel.platform.PersonalData;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * State changes the person made. The trail is kept (it explains kept agreements and decisions) without the person:
 * the actor is forgotten and so are the words they wrote as a reason.
 */
@Component
class AuditPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    AuditPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public int order() {
        return 950;
    }

    @Override
    public Set<String> tables() {
        return Set.of("state_change");
    }

    @Override
    public Map<String, ?> export(long accountId) {
        return Map.of(
                "changesYouMade",
                jdbc.sql("""
                                select subject_type, subject_id, from_state, to_state, reason, at from state_change
                                where actor_id = :id order by at, id
                                """).param("id", accountId).query().listOfRows().stream()
                        .map(PersonalData::row)
                        .toList());
    }

    @Override
    public void erase(Erasure erasure) {
        jdbc.sql("update state_change set actor_id = null, reason = null where actor_id = :id")
                .param("id", erasure.accountId())
                .update();
    }

    @Override
    public List<Purpose> purposes() {
        return List.of(new Purpose("audit", List.of(5), true));
    }
}
