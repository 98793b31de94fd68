package dk.jobandel.roles;

import dk.jobandel.platform.PersonalData;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who changed a published role: the history keeps the change and forgets the person. */
@Component
class RolePersonalData implements PersonalData {

    private final JdbcClient jdbc;

    RolePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "roles";
    }

    @Override
    public Set<String> tables() {
        return Set.of("shared_role_change");
    }

    @Override
    public Map<String, ?> export(long accountId) {
        return Map.of(
                "roleChangesYouMade",
                jdbc.sql("""
                                select r.title, c.changed_at, c.field, c.old_value, c.new_value
                                from shared_role_change c join shared_role r on r.id = c.role_id
                                where c.changed_by = :id order by c.changed_at
                                """).param("id", accountId).query().listOfRows().stream()
                        .map(PersonalData::row)
                        .toList());
    }

    @Override
    public void erase(Erasure erasure) {
        jdbc.sql("update shared_role_change set changed_by = null where changed_by = :id")
                .param("id", erasure.accountId())
                .update();
    }

    @Override
    public List<Purpose> purposes() {
        return List.of();
    }
}
