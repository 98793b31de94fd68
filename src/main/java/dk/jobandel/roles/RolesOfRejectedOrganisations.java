package dk.jobandel.roles;

import dk.jobandel.members.OrganisationRejected;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An organisation that a consultant rejects, after it was verified, stops showing roles (issue 13, review finding 5):
 * its published roles go back to drafts, in the same transaction as the rejection. Each change is in the role's
 * history with no member as its author, and matching hears of it through {@link RoleUpdated}. Verified again, the
 * organisation publishes them again itself.
 */
@Component
class RolesOfRejectedOrganisations {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RolesOfRejectedOrganisations(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    @EventListener
    void on(OrganisationRejected rejected) {
        Timestamp now = Timestamp.from(clock.instant());
        var unpublished = jdbc.sql("""
                        update shared_role set status = 'DRAFT', updated_at = :now, version = version + 1
                        where organisation_id = :organisation and status = 'PUBLISHED'
                        returning id
                        """)
                .param("now", now)
                .param("organisation", rejected.organisationId())
                .query(Long.class)
                .list();
        for (long roleId : unpublished) {
            jdbc.sql("""
                            insert into shared_role_change (role_id, changed_by, changed_at, field, old_value, new_value)
                            values (:role, null, :now, 'status', 'PUBLISHED', 'DRAFT')
                            """).param("role", roleId).param("now", now).update();
            events.publishEvent(new RoleUpdated(roleId));
        }
    }
}
