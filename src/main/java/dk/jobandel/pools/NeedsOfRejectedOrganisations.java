package dk.jobandel.pools;

import dk.jobandel.members.OrganisationRejected;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An organisation that a consultant rejects, after it was verified, stops asking pools for workers (issue 13,
 * review finding 5): its open needs are withdrawn and its pending applications to join pools end, in the same
 * transaction as the rejection. Workers who already cover a need keep their bookings: those are agreements, ended
 * only by their own rules.
 */
@Component
class NeedsOfRejectedOrganisations {

    private final JdbcClient jdbc;
    private final Clock clock;

    NeedsOfRejectedOrganisations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void on(OrganisationRejected rejected) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        update pool_need set status = 'WITHDRAWN', updated_at = :now, version = version + 1
                        where organisation_id = :organisation and status = 'OPEN'
                        """)
                .param("now", now)
                .param("organisation", rejected.organisationId())
                .update();
        jdbc.sql("""
                        update pool_member set status = 'LEFT', decided_at = :now, version = version + 1
                        where organisation_id = :organisation and status = 'APPLIED'
                        """)
                .param("now", now)
                .param("organisation", rejected.organisationId())
                .update();
    }
}
