package dk.jobandel.review;

import dk.jobandel.matching.PoolMatching;
import dk.jobandel.members.Organisations;
import dk.jobandel.notifications.NoticeKind;
import dk.jobandel.notifications.Notifications;
import dk.jobandel.pools.Pools;
import dk.jobandel.review.core.Offer;
import dk.jobandel.review.core.Party;
import dk.jobandel.roles.Role;
import dk.jobandel.roles.SharedRoles;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells every party what happened to an offer: a notice in the notification centre and an e-mail in their
 * language. Runs inside the step's own transaction (the notices and mails go into the outbox with it), so
 * a step and its notices are never one without the other. Each party's link is to their own offer.
 */
@Component
class ReviewNotices {

    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

    private final Notifications notifications;
    private final Offers offers;
    private final Reviews reviews;
    private final SharedRoles roles;
    private final Organisations organisations;
    private final PoolMatching portfolios;
    private final Pools pools;

    ReviewNotices(
            Notifications notifications,
            Offers offers,
            Reviews reviews,
            SharedRoles roles,
            Organisations organisations,
            PoolMatching portfolios,
            Pools pools) {
        this.portfolios = portfolios;
        this.pools = pools;
        this.notifications = notifications;
        this.offers = offers;
        this.reviews = reviews;
        this.roles = roles;
        this.organisations = organisations;
    }

    @EventListener
    void on(Offers.OffersSent event) {
        tell(event.proposalId(), NoticeKind.OFFER_RECEIVED, true);
    }

    @EventListener
    void on(Offers.AllAccepted event) {
        tell(event.proposalId(), NoticeKind.OFFER_ALL_ACCEPTED, false);
    }

    @EventListener
    void on(Offers.AgreementBlocked event) {
        tell(event.proposalId(), NoticeKind.AGREEMENT_BLOCKED, false);
    }

    @EventListener
    void on(Offers.OfferDeclined event) {
        tell(event.proposalId(), NoticeKind.OFFER_DECLINED, false);
    }

    @EventListener
    void on(Offers.OffersExpired event) {
        tell(event.proposalId(), NoticeKind.OFFER_EXPIRED, false);
    }

    /**
     * Every party of the proposal, each with a link to their own offer. The offer is named by its role and
     * cooperative, or for a pool portfolio by the pool and its host (the employer).
     */
    private void tell(long proposalId, NoticeKind kind, boolean withAnswerBy) {
        String title;
        String employer;
        var portfolio = portfolios.byId(proposalId);
        if (portfolio.isPresent()) {
            Pools.Pool pool = pools.pool(portfolio.get().poolId());
            title = pool.name();
            employer = pool.hostName();
        } else {
            Role role = roles.role(reviews.proposal(proposalId).roleId());
            title = role.details().title();
            employer = organisations.byId(role.organisationId()).getName();
        }
        for (Offer offer : offers.ofProposal(proposalId)) {
            List<Object> arguments = withAnswerBy
                    ? List.of(title, employer, LocalDate.ofInstant(offer.expiresAt(), DENMARK))
                    : List.of(title, employer);
            List<Long> recipients = offer.party() == Party.FREELANCER
                    ? List.of(offer.freelancerId())
                    : List.copyOf(organisations.byId(offer.organisationId()).getStaffAccountIds());
            notifications.notify(recipients, kind, arguments, "/offers/" + offer.id());
        }
    }
}
