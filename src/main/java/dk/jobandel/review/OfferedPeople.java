package dk.jobandel.review;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People offered work after a consultant approved a proposal with them in it, as facts for counting (the impact
 * module's "people matched"): no names, so callers must only publish aggregates. One statement. It reads the
 * proposal's pool beside the offer; review keeps the proposal's review state in that table too.
 */
@Service
public class OfferedPeople {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private final JdbcClient jdbc;

    OfferedPeople(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One freelancer's offer.
     *
     * @param poolId the pool of a portfolio offer, {@code null} for a shared role's
     * @param organisationIds the organisations offered the same proposal
     */
    public record Offered(
            long freelancerId,
            LocalDate offeredOn,
            @Nullable Long poolId,
            List<Long> organisationIds) {

        public Offered {
            organisationIds = List.copyOf(organisationIds);
        }
    }

    /** Offers made to freelancers from {@code from} to {@code to} (inclusive days, Copenhagen time). */
    @Transactional(readOnly = true)
    public List<Offered> between(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select o.freelancer_id, o.created_at, p.pool_id,
                               array(select x.organisation_id from offer x
                                     where x.proposal_id = o.proposal_id and x.party = 'ORGANISATION') as orgs
                        from offer o
                        join proposal p on p.id = o.proposal_id
                        where o.party = 'FREELANCER' and o.created_at >= :from and o.created_at < :to
                        """)
                .param("from", Timestamp.from(from.atStartOfDay(COPENHAGEN).toInstant()))
                .param(
                        "to",
                        Timestamp.from(to.plusDays(1).atStartOfDay(COPENHAGEN).toInstant()))
                .query((rs, row) -> {
                    long pool = rs.getLong(3);
                    Long poolId = rs.wasNull() ? null : pool;
                    Array orgs = rs.getArray(4);
                    return new Offered(
                            rs.getLong(1),
                            rs.getTimestamp(2).toInstant().atZone(COPENHAGEN).toLocalDate(),
                            poolId,
                            List.of((Long[]) orgs.getArray()));
                })
                .list();
    }
}
