package dk.jobandel.review;

import dk.jobandel.agreements.Creation;
import dk.jobandel.audit.AuditTrail;
import dk.jobandel.matching.MatchingProposals.Proposal;
import dk.jobandel.matching.PoolMatching.PortfolioProposal;
import dk.jobandel.members.Actor;
import dk.jobandel.review.core.Offer;
import dk.jobandel.review.core.OfferRules;
import dk.jobandel.review.core.Party;
import dk.jobandel.review.core.RoundOutcome;
import dk.jobandel.roles.Role;
import dk.jobandel.shared.core.Decision;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers: an approved proposal is offered to each freelancer in it and to the cooperative. Each party
 * accepts or declines; the proposal succeeds only if every party accepts ("accept only together"), and
 * then an agreement books the people's time. A decline, or an offer left unanswered past its expiry
 * ({@code jobandel.offers.expiry-days}, 7 by default), ends the proposal for everyone and is remembered so
 * matching does not make it again unchanged.
 *
 * <p>The rules are plain Java in {@code review.core} ({@link OfferRules}, {@link RoundOutcome}); this façade loads the
 * facts, asks the rules, stores ({@link OfferStore}, {@link OfferedProposals}), records the audit entry and publishes
 * the event. Answers to offers of one proposal are serialised by locking the proposal's offers, so that two parties
 * accepting at the same moment cannot both believe the other is still pending.
 */
@Service
public class Offers {

    private static final Logger log = LoggerFactory.getLogger(Offers.class);

    private static final Locale DANISH = Locale.of("da");

    /** The audit trail's name for offers. */
    public static final String OFFER = "OFFER";

    private final OfferStore store;
    private final OfferedProposals proposals;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration expiry;
    private final MessageSource messages;

    Offers(
            OfferStore store,
            OfferedProposals proposals,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock,
            MessageSource messages,
            @Value("${jobandel.offers.expiry-days:7}") int expiryDays) {
        this.store = store;
        this.proposals = proposals;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.messages = messages;
        this.expiry = Duration.ofDays(expiryDays);
    }

    /** Sends an offer to every freelancer in the proposal and to the role's cooperative. */
    @Transactional
    void send(Proposal proposal, Role role, long consultantId) {
        Instant now = clock.instant();
        for (long freelancerId : proposal.freelancerIds()) {
            sendOne(proposal.id(), Party.FREELANCER, freelancerId, null, now, consultantId);
        }
        sendOne(proposal.id(), Party.ORGANISATION, null, role.organisationId(), now, consultantId);
        events.publishEvent(new OffersSent(proposal.id()));
    }

    /** Sends an offer to the portfolio's worker and to every member organisation whose needs are in it. */
    @Transactional
    void send(PortfolioProposal portfolio, long consultantId) {
        Instant now = clock.instant();
        sendOne(portfolio.id(), Party.FREELANCER, portfolio.workerId(), null, now, consultantId);
        for (long organisationId : portfolio.organisationIds()) {
            sendOne(portfolio.id(), Party.ORGANISATION, null, organisationId, now, consultantId);
        }
        events.publishEvent(new OffersSent(portfolio.id()));
    }

    /** A proposal's offers, freelancers first (in member order), then the cooperative. */
    @Transactional(readOnly = true)
    public List<Offer> ofProposal(long proposalId) {
        return store.ofProposal(proposalId);
    }

    /** The member's offers, as a freelancer or as staff of a cooperative, newest first. */
    @Transactional(readOnly = true)
    public List<Offer> forMember(Actor who) {
        return store.forParty(who.accountId(), who.organisationId());
    }

    /**
     * One offer for its party; anyone else gets {@link ReviewNotFound}, as if it did not exist.
     */
    @Transactional(readOnly = true)
    public Offer offer(long offerId, Actor who) {
        Offer offer = store.byId(offerId).orElseThrow(ReviewNotFound::new);
        if (!OfferRules.sees(offer, who).allowed()) {
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
    public Optional<Creation.Refused> accept(long offerId, long version, Actor who) {
        Offer offer = answerable(offerId, version, who, OfferStatus.ACCEPTED);
        move(offer, OfferStatus.ACCEPTED, who.accountId(), null);
        List<Offer> all = store.ofProposal(offer.proposalId());
        if (!RoundOutcome.everyoneAccepted(all)) {
            return Optional.empty();
        }
        Creation created = proposals.agree(offer.proposalId(), who.accountId());
        OfferedProposals.Held held = proposals.held(offer.proposalId());
        return switch (created) {
            case Creation.Created made -> {
                proposals.end(held, RoundOutcome.afterAgreement(true), who.accountId(), null);
                proposals.filled(held.id());
                events.publishEvent(new AllAccepted(held.id(), made.agreementId(), parties(all)));
                yield Optional.empty();
            }
            case Creation.Refused refused -> {
                // kept in Danish, the platform's language, as the reason in the proposal's history
                String why = messages.getMessage(refused.messageKey(), refused.messageArguments(), DANISH);
                proposals.end(held, RoundOutcome.afterAgreement(false), null, why);
                events.publishEvent(new AgreementBlocked(held.id(), parties(all)));
                yield Optional.of(refused);
            }
        };
    }

    /**
     * Declines the offer with an optional reason. The proposal ends for everyone: the other pending offers are
     * withdrawn and the other parties told.
     */
    @Transactional
    public void decline(long offerId, long version, Actor who, @Nullable String reason) {
        Offer offer = answerable(offerId, version, who, OfferStatus.DECLINED);
        move(offer, OfferStatus.DECLINED, who.accountId(), reason);
        OfferedProposals.Held proposal = proposals.held(offer.proposalId());
        List<Offer> others = store.ofProposal(offer.proposalId());
        OfferRules.withdrawOthers(others).forEach(m -> move(m.offer(), m.next(), null, null));
        proposals.end(proposal, RoundOutcome.afterDecline(), who.accountId(), reason);
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
        List<Long> due = store.proposalsDue(clock.instant());
        for (long proposalId : due) {
            List<Offer> offers = store.lock(proposalId);
            OfferedProposals.Held proposal = proposals.held(proposalId);
            OfferRules.expire(offers, clock.instant()).forEach(m -> move(m.offer(), m.next(), null, null));
            proposals.end(proposal, RoundOutcome.afterExpiry(), null, null);
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
                        .filter(Objects::nonNull)
                        .toList(),
                offers.stream()
                        .map(Offer::organisationId)
                        .filter(Objects::nonNull)
                        .toList());
    }

    private void sendOne(
            long proposalId,
            Party party,
            @Nullable Long freelancerId,
            @Nullable Long organisationId,
            Instant now,
            long consultantId) {
        long id = store.insert(proposalId, party, freelancerId, organisationId, now, now.plus(expiry));
        audit.record(OFFER, id, null, OfferStatus.PENDING.name(), consultantId, null);
    }

    /** The offer locked with the rest of its proposal's, if its party may answer it as seen at {@code version}. */
    private Offer answerable(long offerId, long version, Actor who, OfferStatus answer) {
        Offer seen = store.byId(offerId).orElseThrow(ReviewNotFound::new);
        if (!OfferRules.sees(seen, who).allowed()) {
            throw new ReviewNotFound();
        }
        Offer offer = store.lock(seen.proposalId()).stream()
                .filter(o -> o.id() == offerId)
                .findFirst()
                .orElseThrow(ReviewNotFound::new);
        Decision decision = OfferRules.answer(offer, who, version, answer, clock.instant());
        return switch (decision.kind()) {
            case ALLOWED -> offer;
            case HIDDEN -> throw new ReviewNotFound();
            case REFUSED -> throw new ReviewRefused(Objects.requireNonNull(decision.code()));
            // the offer rules say "changed" as a refusal with their code; the shared decision's own kind reads the same
            case CHANGED -> throw new ReviewRefused(OfferRules.CHANGED);
        };
    }

    private void move(Offer offer, OfferStatus next, @Nullable Long actorId, @Nullable String reason) {
        if (!OfferRules.move(offer, next).allowed()) {
            throw new ReviewRefused(OfferRules.CHANGED);
        }
        store.answer(offer.id(), next, actorId, reason, clock.instant());
        audit.record(OFFER, offer.id(), offer.status().name(), next.name(), actorId, reason);
    }
}
