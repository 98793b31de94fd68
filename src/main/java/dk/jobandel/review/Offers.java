package dk.jobandel.review;

import dk.jobandel.agreements.Agreements;
import dk.jobandel.agreements.Creation;
import dk.jobandel.agreements.NewAgreement;
import dk.jobandel.agreements.NewPoolAgreement;
import dk.jobandel.audit.AuditTrail;
import dk.jobandel.matching.MatchingProposals;
import dk.jobandel.matching.MatchingProposals.Proposal;
import dk.jobandel.matching.PoolMatching;
import dk.jobandel.matching.PoolMatching.PortfolioProposal;
import dk.jobandel.members.Organisation;
import dk.jobandel.members.Organisations;
import dk.jobandel.platform.SignedInMember;
import dk.jobandel.pools.Pools;
import dk.jobandel.roles.Role;
import dk.jobandel.roles.SharedRoles;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers: an approved proposal is offered to each freelancer in it and to the cooperative. Each party
 * accepts or declines; the proposal succeeds only if every party accepts ("accept only together"), and
 * then an agreement books the people's time. A decline, or an offer left unanswered past its expiry
 * ({@code jobandel.offers.expiry-days}, 7 by default), ends the proposal for everyone and is remembered so
 * matching does not make it again unchanged.
 *
 * <p>Answers to offers of one proposal are serialised by locking the proposal's offers, so that two
 * parties accepting at the same moment cannot both believe the other is still pending.
 */
@Service
public class Offers {

    private static final Logger log = LoggerFactory.getLogger(Offers.class);

    /** The audit trail's name for offers. */
    public static final String OFFER = "OFFER";

    public enum Party {
        FREELANCER,
        ORGANISATION
    }

    /** One offer to one party. */
    public record Offer(
            long id,
            long proposalId,
            Party party,
            @Nullable Long freelancerId,
            @Nullable Long organisationId,
            OfferStatus status,
            @Nullable String reason,
            Instant createdAt,
            Instant expiresAt,
            @Nullable Instant respondedAt,
            long version) {

        /** Whether the member is this offer's party. */
        boolean isFor(SignedInMember member, @Nullable Long membersOrganisation) {
            return party == Party.FREELANCER
                    ? freelancerId != null && freelancerId == member.accountId()
                    : organisationId != null && organisationId.equals(membersOrganisation);
        }
    }

    private final JdbcClient jdbc;
    private final MatchingProposals proposals;
    private final PoolMatching portfolios;
    private final Pools pools;
    private final Organisations organisations;
    private final SharedRoles roles;
    private final Agreements agreements;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration expiry;
    private final MessageSource messages;

    private static final java.util.Locale DANISH = java.util.Locale.of("da");

    Offers(
            JdbcClient jdbc,
            MatchingProposals proposals,
            PoolMatching portfolios,
            Pools pools,
            Organisations organisations,
            SharedRoles roles,
            Agreements agreements,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock,
            MessageSource messages,
            @Value("${jobandel.offers.expiry-days:7}") int expiryDays) {
        this.messages = messages;
        this.jdbc = jdbc;
        this.proposals = proposals;
        this.portfolios = portfolios;
        this.pools = pools;
        this.organisations = organisations;
        this.roles = roles;
        this.agreements = agreements;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.expiry = Duration.ofDays(expiryDays);
    }

    /** Sends an offer to every freelancer in the proposal and to the role's cooperative. */
    @Transactional
    void send(Proposal proposal, Role role, long consultantId) {
        Instant now = clock.instant();
        Instant expires = now.plus(expiry);
        for (long freelancerId : proposal.freelancerIds()) {
            long id = insert(proposal.id(), Party.FREELANCER, freelancerId, null, now, expires);
            audit.record(OFFER, id, null, OfferStatus.PENDING.name(), consultantId, null);
        }
        long id = insert(proposal.id(), Party.ORGANISATION, null, role.organisationId(), now, expires);
        audit.record(OFFER, id, null, OfferStatus.PENDING.name(), consultantId, null);
        events.publishEvent(new OffersSent(proposal.id()));
    }

    /** Sends an offer to the portfolio's worker and to every member organisation whose needs are in it. */
    @Transactional
    void send(PortfolioProposal portfolio, long consultantId) {
        Instant now = clock.instant();
        Instant expires = now.plus(expiry);
        long worker = insert(portfolio.id(), Party.FREELANCER, portfolio.workerId(), null, now, expires);
        audit.record(OFFER, worker, null, OfferStatus.PENDING.name(), consultantId, null);
        for (long organisationId : portfolio.organisationIds()) {
            long id = insert(portfolio.id(), Party.ORGANISATION, null, organisationId, now, expires);
            audit.record(OFFER, id, null, OfferStatus.PENDING.name(), consultantId, null);
        }
        events.publishEvent(new OffersSent(portfolio.id()));
    }

    /** A proposal's offers, freelancers first (in member order), then the cooperative. */
    @Transactional(readOnly = true)
    public List<Offer> ofProposal(long proposalId) {
        return jdbc.sql(SELECT
                        + " where o.proposal_id = :id order by case o.party when 'FREELANCER' then 0 else 1 end, o.id")
                .param("id", proposalId)
                .query(Offers::offer)
                .list();
    }

    /** The member's offers, as a freelancer or as staff of a cooperative, newest first. */
    @Transactional(readOnly = true)
    public List<Offer> forMember(SignedInMember member) {
        Long organisation = organisationOf(member);
        return jdbc.sql(SELECT + """
                         where (o.party = 'FREELANCER' and o.freelancer_id = :me)
                            or (o.party = 'ORGANISATION' and o.organisation_id = :organisation)
                        order by o.created_at desc, o.id desc
                        """)
                .param("me", member.accountId())
                .param("organisation", organisation)
                .query(Offers::offer)
                .list();
    }

    /**
     * One offer for its party; anyone else gets {@link ReviewNotFound}, as if it did not exist.
     */
    @Transactional(readOnly = true)
    public Offer offer(long offerId, SignedInMember member) {
        Offer offer = byId(offerId).orElseThrow(ReviewNotFound::new);
        if (!offer.isFor(member, organisationOf(member))) {
            throw new ReviewNotFound();
        }
        return offer;
    }

    /**
     * Accepts the offer. When every party of the proposal has accepted, the agreement is made: the proposal
     * becomes {@link ReviewStatus#AGREED}, or {@link ReviewStatus#BLOCKED} with the reason when the agreement
     * would double-book someone or break a working-time rule.
     *
     * @return the refusal when the agreement could not be made, otherwise empty
     */
    @Transactional
    public Optional<Creation.Refused> accept(long offerId, long version, SignedInMember member) {
        Offer offer = answerable(offerId, version, member);
        answer(offer, OfferStatus.ACCEPTED, member.accountId(), null);
        List<Offer> all = ofProposal(offer.proposalId());
        if (!all.stream().allMatch(o -> o.status() == OfferStatus.ACCEPTED)) {
            return Optional.empty();
        }
        Optional<PortfolioProposal> portfolio = portfolios.byId(offer.proposalId());
        if (portfolio.isPresent()) {
            return agreeOnPortfolio(portfolio.get(), all, member.accountId());
        }
        Proposal proposal = proposals.byId(offer.proposalId()).orElseThrow();
        Role role = roles.role(proposal.roleId());
        Creation created = agreements.create(new NewAgreement(
                proposal.roleId(),
                proposal.id(),
                startDate(role),
                role.details().endDate(),
                proposal.members().stream()
                        .map(m -> new NewAgreement.Party(m.freelancerId(), m.assigned()))
                        .toList(),
                member.accountId()));
        return switch (created) {
            case Creation.Created made -> {
                finish(Held.of(proposal), ReviewStatus.AGREED, member.accountId(), null);
                roles.filledByAgreement(role.id());
                events.publishEvent(new AllAccepted(proposal.id(), made.agreementId(), parties(all)));
                yield Optional.empty();
            }
            case Creation.Refused refused -> blocked(Held.of(proposal), refused, all);
        };
    }

    /**
     * Every party said yes to a portfolio: the worker's agreement is made with the pool's host, each member's need
     * recorded as its part, and the needs become filled. It runs from the latest of the needs' starts (today at the
     * earliest) until the earliest of their ends.
     */
    private Optional<Creation.Refused> agreeOnPortfolio(PortfolioProposal portfolio, List<Offer> all, long actorId) {
        java.util.Map<Long, Pools.Need> needs = new java.util.HashMap<>();
        pools.needsOf(portfolio.poolId()).forEach(n -> needs.put(n.id(), n));
        LocalDate start = today();
        LocalDate end = null;
        List<NewPoolAgreement.Part> parts = new java.util.ArrayList<>();
        for (PoolMatching.Part part : portfolio.parts()) {
            Pools.Need need = needs.get(part.needId());
            if (need == null || need.status() != dk.jobandel.pools.NeedStatus.OPEN) {
                throw new ReviewRefused("offer.portfolio.needGone");
            }
            start = need.startDate().isAfter(start) ? need.startDate() : start;
            if (need.endDate() != null && (end == null || need.endDate().isBefore(end))) {
                end = need.endDate();
            }
            parts.add(new NewPoolAgreement.Part(
                    need.id(), need.organisationId(), need.title(), part.slots(), part.halfHours()));
        }
        if (end != null && end.isBefore(start)) {
            throw new ReviewRefused("offer.portfolio.needGone");
        }
        Creation created = agreements.createForPool(new NewPoolAgreement(
                portfolio.poolId(), portfolio.id(), start, end, portfolio.workerId(), parts, actorId));
        Held held = held(portfolio.id());
        return switch (created) {
            case Creation.Created made -> {
                finish(held, ReviewStatus.AGREED, actorId, null);
                parts.forEach(part -> pools.markFilled(part.needId()));
                events.publishEvent(new AllAccepted(portfolio.id(), made.agreementId(), parties(all)));
                yield Optional.empty();
            }
            case Creation.Refused refused -> blocked(held, refused, all);
        };
    }

    private Optional<Creation.Refused> blocked(Held proposal, Creation.Refused refused, List<Offer> all) {
        // kept in Danish, the platform's language, as the reason in the proposal's history
        String why = messages.getMessage(refused.messageKey(), refused.messageArguments(), DANISH);
        finish(proposal, ReviewStatus.BLOCKED, null, why);
        events.publishEvent(new AgreementBlocked(proposal.id(), parties(all)));
        return Optional.of(refused);
    }

    /** A proposal as answering its offers needs it: its id, version and review status, and how to remember a no. */
    private record Held(long id, long version, String reviewStatus, Runnable rememberRefusal) {

        static Held of(Proposal proposal) {
            return new Held(proposal.id(), proposal.version(), proposal.reviewStatus(), () -> {});
        }
    }

    private Held held(long proposalId) {
        Optional<PortfolioProposal> portfolio = portfolios.byId(proposalId);
        if (portfolio.isPresent()) {
            PortfolioProposal p = portfolio.get();
            return new Held(
                    p.id(), p.version(), p.reviewStatus(), () -> portfolios.rememberRefusal(p, clock.instant()));
        }
        Proposal proposal = proposals.byId(proposalId).orElseThrow();
        return new Held(
                proposal.id(),
                proposal.version(),
                proposal.reviewStatus(),
                () -> proposals.rememberRefusal(proposal, clock.instant()));
    }

    /**
     * Declines the offer with an optional reason. The proposal ends for everyone: the other pending offers are
     * withdrawn and the other parties told.
     */
    @Transactional
    public void decline(long offerId, long version, SignedInMember member, @Nullable String reason) {
        Offer offer = answerable(offerId, version, member);
        answer(offer, OfferStatus.DECLINED, member.accountId(), reason);
        Held proposal = held(offer.proposalId());
        List<Offer> others = withdrawOthers(offer.proposalId());
        finish(proposal, ReviewStatus.DECLINED, member.accountId(), reason);
        proposal.rememberRefusal().run();
        events.publishEvent(new OfferDeclined(proposal.id(), parties(others)));
    }

    /**
     * Expires every pending offer past its time: the proposal ends as {@link ReviewStatus#EXPIRED} for everyone.
     * Runs every minute ({@link OfferExpiry}, one node at a time).
     *
     * @return how many proposals expired
     */
    @Transactional
    public int expireDue() {
        List<Long> due = jdbc.sql("""
                        select distinct proposal_id from offer where status = 'PENDING' and expires_at <= :now
                        order by proposal_id
                        """)
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .list();
        for (long proposalId : due) {
            List<Offer> offers = lock(proposalId);
            Held proposal = held(proposalId);
            for (Offer offer : offers) {
                if (offer.status() == OfferStatus.PENDING) {
                    OfferStatus next =
                            offer.expiresAt().isAfter(clock.instant()) ? OfferStatus.WITHDRAWN : OfferStatus.EXPIRED;
                    answer(offer, next, null, null);
                }
            }
            finish(proposal, ReviewStatus.EXPIRED, null, null);
            proposal.rememberRefusal().run();
            events.publishEvent(new OffersExpired(proposalId, parties(offers)));
        }
        if (!due.isEmpty()) {
            log.info("Expired the offers of {} proposal(s)", due.size());
        }
        return due.size();
    }

    /** The parties of a set of offers, for notifications. */
    public record Parties(List<Long> freelancerIds, List<Long> organisationIds) {}

    /** Offers went out for a proposal. */
    public record OffersSent(long proposalId) {}

    /** Every party accepted and the agreement is made. */
    public record AllAccepted(long proposalId, long agreementId, Parties parties) {}

    /** Every party accepted, but the agreement could not be made. */
    public record AgreementBlocked(long proposalId, Parties parties) {}

    /** A party declined; the others' offers were withdrawn. */
    public record OfferDeclined(long proposalId, Parties others) {}

    /** Offers were not answered in time. */
    public record OffersExpired(long proposalId, Parties parties) {}

    private static Parties parties(List<Offer> offers) {
        return new Parties(
                offers.stream()
                        .map(Offer::freelancerId)
                        .filter(java.util.Objects::nonNull)
                        .toList(),
                offers.stream()
                        .map(Offer::organisationId)
                        .filter(java.util.Objects::nonNull)
                        .toList());
    }

    /** The role's start, or today when that has passed. */
    private LocalDate startDate(Role role) {
        LocalDate today = today();
        return role.details().startDate().isAfter(today) ? role.details().startDate() : today;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Copenhagen")));
    }

    private Offer answerable(long offerId, long version, SignedInMember member) {
        Offer seen = offer(offerId, member);
        Offer offer = lock(seen.proposalId()).stream()
                .filter(o -> o.id() == offerId)
                .findFirst()
                .orElseThrow(ReviewNotFound::new);
        if (offer.status() != OfferStatus.PENDING || offer.version() != version) {
            throw new ReviewRefused("offer.changed");
        }
        if (!offer.expiresAt().isAfter(clock.instant())) {
            throw new ReviewRefused("offer.expired");
        }
        return offer;
    }

    /** Locks every offer of the proposal, in id order, and reads them as they are now. */
    private List<Offer> lock(long proposalId) {
        return jdbc.sql(SELECT + " where o.proposal_id = :id order by o.id for update")
                .param("id", proposalId)
                .query(Offers::offer)
                .list();
    }

    private void answer(Offer offer, OfferStatus next, @Nullable Long actorId, @Nullable String reason) {
        if (!offer.status().canMoveTo(next)) {
            throw new ReviewRefused("offer.changed");
        }
        jdbc.sql("""
                        update offer set status = :status, reason = :reason, responded_by = :by, responded_at = :at,
                            version = version + 1
                        where id = :id
                        """)
                .param("status", next.name())
                .param("reason", reason == null || reason.isBlank() ? null : reason.strip())
                .param("by", actorId)
                .param("at", Timestamp.from(clock.instant()))
                .param("id", offer.id())
                .update();
        audit.record(OFFER, offer.id(), offer.status().name(), next.name(), actorId, reason);
    }

    private List<Offer> withdrawOthers(long proposalId) {
        List<Offer> all = ofProposal(proposalId);
        for (Offer other : all) {
            if (other.status() == OfferStatus.PENDING) {
                answer(other, OfferStatus.WITHDRAWN, null, null);
            }
        }
        return all;
    }

    private void finish(Held proposal, ReviewStatus next, @Nullable Long actorId, @Nullable String reason) {
        ReviewStatus current = ReviewStatus.valueOf(proposal.reviewStatus());
        if (!current.canMoveTo(next)
                || !proposals.changeStatus(proposal.id(), proposal.version(), current.name(), next.name())) {
            throw new ReviewRefused("offer.changed");
        }
        audit.record(Reviews.PROPOSAL, proposal.id(), current.name(), next.name(), actorId, reason);
    }

    private @Nullable Long organisationOf(SignedInMember member) {
        return organisations
                .ofStaffMember(member.accountId())
                .map(Organisation::getId)
                .orElse(null);
    }

    private Optional<Offer> byId(long offerId) {
        return jdbc.sql(SELECT + " where o.id = :id")
                .param("id", offerId)
                .query(Offers::offer)
                .optional();
    }

    private long insert(
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
