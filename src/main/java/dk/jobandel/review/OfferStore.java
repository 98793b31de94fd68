package dk.jobandel.review;

import dk.jobandel.review.core.Offer;
import dk.jobandel.review.core.Party;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code offer} table: one row per offer to one party of a proposal. */
@Repository
class OfferStore {

    private final JdbcClient jdbc;

    OfferStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            long proposalId,
            Party party,
            @Nullable Long freelancerId,
            @Nullable Long organisationId,
            Instant now,
            Instant expires) {
        return jdbc.sql("""
                        insert into offer (proposal_id, party, freelancer_id, organisation_id, status, created_at,
                                           expires_at)
                        values (:proposal, :party, :freelancer, :organisation, 'PENDING', :now, :expires) returning id
                        """)
                .param("proposal", proposalId)
                .param("party", party.name())
                .param("freelancer", freelancerId)
                .param("organisation", organisationId)
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(expires))
                .query(Long.class)
                .single();
    }

    Optional<Offer> byId(long offerId) {
        return jdbc.sql(SELECT + " where o.id = :id")
                .param("id", offerId)
                .query(OfferStore::offer)
                .optional();
    }

    /** A proposal's offers, freelancers first (in member order), then the organisations. */
    List<Offer> ofProposal(long proposalId) {
        return jdbc.sql(SELECT
                        + " where o.proposal_id = :id order by case o.party when 'FREELANCER' then 0 else 1 end, o.id")
                .param("id", proposalId)
                .query(OfferStore::offer)
                .list();
    }

    /** Offers to the freelancer, or to the organisation (when given), newest first. */
    List<Offer> forParty(long freelancerId, @Nullable Long organisationId) {
        return jdbc.sql(SELECT + """
                         where (o.party = 'FREELANCER' and o.freelancer_id = :me)
                            or (o.party = 'ORGANISATION' and o.organisation_id = :organisation)
                        order by o.created_at desc, o.id desc
                        """)
                .param("me", freelancerId)
                .param("organisation", organisationId)
                .query(OfferStore::offer)
                .list();
    }

    /** Locks every offer of the proposal, in id order, and reads them as they are now. */
    List<Offer> lock(long proposalId) {
        return jdbc.sql(SELECT + " where o.proposal_id = :id order by o.id for update")
                .param("id", proposalId)
                .query(OfferStore::offer)
                .list();
    }

    /** Proposals with a pending offer past its answer time. */
    List<Long> proposalsDue(Instant now) {
        return jdbc.sql("""
                        select distinct proposal_id from offer where status = 'PENDING' and expires_at <= :now
                        order by proposal_id
                        """).param("now", Timestamp.from(now)).query(Long.class).list();
    }

    void answer(long offerId, OfferStatus next, @Nullable Long actorId, @Nullable String reason, Instant at) {
        jdbc.sql("""
                        update offer set status = :status, reason = :reason, responded_by = :by, responded_at = :at,
                            version = version + 1
                        where id = :id
                        """)
                .param("status", next.name())
                .param("reason", reason == null || reason.isBlank() ? null : reason.strip())
                .param("by", actorId)
                .param("at", Timestamp.from(at))
                .param("id", offerId)
                .update();
    }

    private static final String SELECT = """
            select o.id, o.proposal_id, o.party, o.freelancer_id, o.organisation_id, o.status, o.reason,
                   o.created_at, o.expires_at, o.responded_at, o.version
            from offer o""";

    private static Offer offer(ResultSet rs, int row) throws SQLException {
        return new Offer(
                rs.getLong(1),
                rs.getLong(2),
                Party.valueOf(rs.getString(3)),
                rs.getObject(4) == null ? null : rs.getLong(4),
                rs.getObject(5) == null ? null : rs.getLong(5),
                OfferStatus.valueOf(rs.getString(6)),
                rs.getString(7),
                rs.getTimestamp(8).toInstant(),
                rs.getTimestamp(9).toInstant(),
                rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant(),
                rs.getLong(11));
    }
}
