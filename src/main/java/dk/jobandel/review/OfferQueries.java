package dk.jobandel.review;

import dk.jobandel.advisor.core.Finding;
import dk.jobandel.agreements.Agreements;
import dk.jobandel.matching.MatchingProposals.Member;
import dk.jobandel.matching.MatchingProposals.Proposal;
import dk.jobandel.matching.ProposalViews;
import dk.jobandel.members.Actor;
import dk.jobandel.members.MemberDirectory;
import dk.jobandel.members.Organisation;
import dk.jobandel.members.Organisations;
import dk.jobandel.review.core.Contacts;
import dk.jobandel.review.core.Offer;
import dk.jobandel.review.core.Party;
import dk.jobandel.roles.PayKind;
import dk.jobandel.roles.Role;
import dk.jobandel.roles.SharedRoles;
import dk.jobandel.roles.WorkMode;
import dk.jobandel.shared.core.Decision;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offer pages' read models: a member's list of offers, and one offer with what it means and who else must
 * accept. The other parties' contacts are in the model only when {@link Contacts} shows them (once everyone has
 * accepted and the agreement is made); pages render what they get.
 */
@Service
public class OfferQueries {

    private final Offers offers;
    private final Reviews reviews;
    private final PortfolioReviews portfolios;
    private final OfferTerms offerTerms;
    private final SharedRoles roles;
    private final Organisations organisations;
    private final MemberDirectory directory;
    private final ProposalViews views;
    private final Agreements agreements;

    OfferQueries(
            Offers offers,
            Reviews reviews,
            PortfolioReviews portfolios,
            OfferTerms offerTerms,
            SharedRoles roles,
            Organisations organisations,
            MemberDirectory directory,
            ProposalViews views,
            Agreements agreements) {
        this.offers = offers;
        this.reviews = reviews;
        this.portfolios = portfolios;
        this.offerTerms = offerTerms;
        this.roles = roles;
        this.organisations = organisations;
        this.directory = directory;
        this.views = views;
        this.agreements = agreements;
    }

    /**
     * An offer in the member's list: what is offered (a role, or a pool's portfolio) and by whom (the cooperative,
     * or the pool's host as the employer).
     */
    public record Row(Offer offer, String title, String organisationName, boolean pool) {}

    /** Another party of the same proposal, as the offer page shows them; {@code contact} is null while hidden. */
    public record PartyView(
            Offer offer, String name, @Nullable String contact) {}

    /** One offer's page: a shared role's ({@link RoleOffer}) or a pool portfolio's ({@link PortfolioOffer}). */
    public sealed interface OfferPage permits RoleOffer, PortfolioOffer {
        Offer offer();

        ReviewStatus status();

        List<PartyView> parties();

        @Nullable
        Long agreementId();

        @Nullable
        Rights rights();

        default boolean pending() {
            return offer().status() == OfferStatus.PENDING;
        }

        default boolean agreed() {
            return status() == ReviewStatus.AGREED;
        }
    }

    /**
     * A shared role's offer.
     *
     * @param we whether the reader answers for the cooperative
     * @param mine the reader's place in the proposal, when they are one of its freelancers
     */
    public record RoleOffer(
            Offer offer,
            ReviewStatus status,
            List<PartyView> parties,
            @Nullable Long agreementId,
            @Nullable Rights rights,
            boolean we,
            Role role,
            String organisationName,
            Map<Long, String> names,
            @Nullable Member mine,
            List<Finding> findings,
            ProposalViews.ProposalView view)
            implements OfferPage {}

    /** A pool portfolio's offer: the worker's week coloured by member, each member's needs. */
    public record PortfolioOffer(
            Offer offer,
            ReviewStatus status,
            List<PartyView> parties,
            @Nullable Long agreementId,
            @Nullable Rights rights,
            PortfolioReviews.PortfolioView view)
            implements OfferPage {}

    @Transactional(readOnly = true)
    public List<Row> rows(Actor me, Locale locale) {
        List<Offer> mine = offers.forMember(me);
        Map<Long, Long> roleOfProposal = new LinkedHashMap<>();
        Map<Long, PortfolioReviews.PortfolioView> portfolioOfProposal = new LinkedHashMap<>();
        for (Offer offer : mine) {
            long id = offer.proposalId();
            if (portfolioOfProposal.containsKey(id) || roleOfProposal.containsKey(id)) {
                continue;
            }
            if (portfolios.isPortfolio(id)) {
                portfolioOfProposal.put(id, portfolios.portfolio(id, locale));
            } else {
                roleOfProposal.put(id, reviews.proposal(id).roleId());
            }
        }
        Map<Long, SharedRoles.Listed> listed = roles.listed(new HashSet<>(roleOfProposal.values())).stream()
                .collect(Collectors.toMap(SharedRoles.Listed::id, r -> r));
        return mine.stream()
                .map(o -> {
                    var portfolio = portfolioOfProposal.get(o.proposalId());
                    if (portfolio != null) {
                        return new Row(
                                o, portfolio.pool().name(), portfolio.pool().hostName(), true);
                    }
                    var role = listed.get(roleOfProposal.get(o.proposalId()));
                    return new Row(o, role.title(), role.organisationName(), false);
                })
                .toList();
    }

    /**
     * One offer for its party, with the other parties (their contacts only when {@link Contacts} shows them).
     *
     * @throws ReviewNotFound when the member is not the offer's party
     */
    @Transactional(readOnly = true)
    public OfferPage page(long offerId, Actor me, Locale locale) {
        Offer offer = offers.offer(offerId, me);
        // offers.offer answered, so the reader is this offer's party
        boolean reader = offer.isFor(me);
        if (portfolios.isPortfolio(offer.proposalId())) {
            return portfolioPage(offer, reader, locale);
        }
        Proposal proposal = reviews.proposal(offer.proposalId());
        Role role = roles.role(proposal.roleId());
        ReviewStatus status = Reviews.statusOf(proposal);
        Decision contacts = Contacts.shown(status, reader);
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, String> emails = new LinkedHashMap<>();
        directory.staffOf(proposal.freelancerIds()).forEach(m -> {
            names.put(m.accountId(), m.displayName());
            emails.put(m.accountId(), m.email());
        });
        Organisation organisation = organisations.byId(role.organisationId());
        List<PartyView> parties = new ArrayList<>();
        for (Offer other : offers.ofProposal(proposal.id())) {
            if (other.party() == Party.FREELANCER) {
                long who = other.freelancerId();
                parties.add(new PartyView(
                        other, names.getOrDefault(who, "#" + who), Contacts.asShown(contacts, () -> emails.get(who))));
            } else {
                parties.add(new PartyView(
                        other, organisation.getName(), Contacts.asShown(contacts, staffEmails(organisation))));
            }
        }
        var details = role.details();
        boolean freelancer = offer.party() == Party.FREELANCER;
        Member mine = freelancer
                ? proposal.members().stream()
                        .filter(m -> m.freelancerId() == me.accountId())
                        .findFirst()
                        .orElse(null)
                : null;
        return new RoleOffer(
                offer,
                status,
                parties,
                agreementId(status, proposal.id()),
                mine == null
                        ? null
                        : Rights.of(mine.halfHours(), details.payKind(), details.payFrom(), details.pensionPercent()),
                !freelancer,
                role,
                organisation.getName(),
                names,
                mine,
                offerTerms.findings(role, proposal, names, freelancer ? who -> who == me.accountId() : who -> true),
                views.view(proposal, details.schedule(), details.workMode() == WorkMode.REMOTE, names, locale));
    }

    private PortfolioOffer portfolioPage(Offer offer, boolean reader, Locale locale) {
        PortfolioReviews.PortfolioView view = portfolios.portfolio(offer.proposalId(), locale);
        ReviewStatus status = ReviewStatus.valueOf(view.proposal().reviewStatus());
        Decision contacts = Contacts.shown(status, reader);
        List<PartyView> parties = new ArrayList<>();
        for (Offer other : offers.ofProposal(view.proposal().id())) {
            if (other.party() == Party.FREELANCER) {
                Supplier<@Nullable String> email = () -> directory.staffOf(List.of(other.freelancerId())).stream()
                        .map(MemberDirectory.MemberSummary::email)
                        .findFirst()
                        .orElse(null);
                parties.add(new PartyView(other, view.workerName(), Contacts.asShown(contacts, email)));
            } else {
                Organisation organisation = organisations.byId(other.organisationId());
                parties.add(new PartyView(
                        other, organisation.getName(), Contacts.asShown(contacts, staffEmails(organisation))));
            }
        }
        // the worker is paid by the hour for the hours the members use, on the pool's terms
        Rights rights = offer.party() == Party.FREELANCER
                ? Rights.of(
                        (int) Math.round(view.hours() * 2),
                        PayKind.HOURLY,
                        view.pool().hourlyWage(),
                        view.pool().pensionPercent())
                : null;
        return new PortfolioOffer(
                offer, status, parties, agreementId(status, view.proposal().id()), rights, view);
    }

    private Supplier<@Nullable String> staffEmails(Organisation organisation) {
        return () -> directory.staffOf(organisation.getStaffAccountIds()).stream()
                .map(MemberDirectory.MemberSummary::email)
                .sorted()
                .collect(Collectors.joining(", "));
    }

    private @Nullable Long agreementId(ReviewStatus status, long proposalId) {
        return status == ReviewStatus.AGREED
                ? agreements.idForProposal(proposalId).orElse(null)
                : null;
    }
}
