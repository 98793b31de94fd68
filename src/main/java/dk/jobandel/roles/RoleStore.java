package dk.jobandel.roles;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/** The store of shared roles: the entity through its repository, the open-role count and the change history. */
@Component
class RoleStore {

    private final SharedRoleRepository roles;
    private final JdbcClient jdbc;

    RoleStore(SharedRoleRepository roles, JdbcClient jdbc) {
        this.roles = roles;
        this.jdbc = jdbc;
    }

    SharedRole get(long roleId) {
        return roles.findWithSkillsById(roleId).orElseThrow(() -> new RoleNotFound(roleId));
    }

    /** The role if it belongs to this organisation; another organisation's role reads as not found. */
    SharedRole ofOrganisation(long organisationId, long roleId) {
        return roles.findWithSkillsById(roleId)
                .filter(role -> role.organisationId() == organisationId)
                .orElseThrow(() -> new RoleNotFound(roleId));
    }

    List<SharedRole> ofOrganisation(long organisationId) {
        return roles.findByOrganisationIdOrderByCreatedAtDesc(organisationId);
    }

    SharedRole insert(SharedRole role) {
        return roles.saveAndFlush(role);
    }

    /** Saves a change now, so that a concurrent one shows as {@link RoleChanged}. */
    void flush(SharedRole role) {
        try {
            roles.saveAndFlush(role);
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw new RoleChanged(role.id());
        }
    }

    /** The organisation's drafts and published roles. */
    int openRoles(long organisationId) {
        return jdbc.sql("""
                        select count(*) from shared_role
                        where organisation_id = :organisation and status in ('DRAFT', 'PUBLISHED')
                        """)
                .param("organisation", organisationId)
                .query(Integer.class)
                .single();
    }

    /** One history row per changed field. */
    void recordChanges(
            long roleId,
            long staffAccountId,
            Instant now,
            List<String> fields,
            Map<String, String> before,
            Map<String, String> after) {
        for (String field : fields) {
            jdbc.sql("""
                            insert into shared_role_change (role_id, changed_by, changed_at, field, old_value, new_value)
                            values (:role, :by, :at, :field, :old, :new)
                            """)
                    .param("role", roleId)
                    .param("by", staffAccountId)
                    .param("at", Timestamp.from(now))
                    .param("field", field)
                    .param("old", before.get(field))
                    .param("new", after.get(field))
                    .update();
        }
    }
}
