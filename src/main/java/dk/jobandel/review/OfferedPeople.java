package dk.jobandel.review;

import dk.jobandel.matching.MatchingProposals;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People offered work after a consultant approved a proposal with them in it, as facts for counting (the impact
 * module's "people matched"): no names, so callers must only publish aggregates. Two statements: the offers, then the
 * pool of their proposals, asked of matching.
 */
@Service
public class OfferedPeople {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private final JdbcClient jdbc;
    private final MatchingProposals proposals;

    OfferedPeople(JdbcClient jdbc, MatchingProposals proposals) {
        this.jdbc = jdbc;
        this.proposals = proposals;
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
        List<Row> rows = jdbc.sql("""
                        select o.freelancer_id, o.created_at, o.proposal_id,
                               array(select x.organisation_id from offer x
                                     where x.proposal_id = o.proposal_id and x.party = 'ORGANISATION') as orgs
                        from offer o
                        where o.party = 'FREELANCER' and o.created_at >= :from and o.created_at < :to
                        """)
                .param("from", Timestamp.from(from.atStartOfDay(COPENHAGEN).toInstant()))
                .param(
                        "to",
                        Timestamp.from(to.plusDays(1).atStartOfDay(COPENHAGEN).toInstant()))
                .query((rs, row) -> new Row(
                        rs.getLong(1),
                        rs.getTimestamp(2).toInstant().atZone(COPENHAGEN).toLocalDate(),
                        rs.getLong(3),
                        List.of((Long[]) rs.getArray(4).getArray())))
                .list();
        Map<Long, MatchingProposals.ProposedFor> proposedFor =
                proposals.proposedFor(rows.stream().map(Row::proposalId).toList());
        return rows.stream()
                .map(r -> {
                    MatchingProposals.ProposedFor made = proposedFor.get(r.proposalId());
                    return new Offered(
                            r.freelancerId(), r.offeredOn(), made == null ? null : made.poolId(), r.organisationIds());
                })
                .toList();
    }

    private record Row(long freelancerId, LocalDate offeredOn, long proposalId, List<Long> organisationIds) {}
}
