package dk.jobandel.review.web;

import dk.jobandel.agreements.Agreements;
import dk.jobandel.matching.MatchingProposals.Proposal;
import dk.jobandel.matching.ProposalViews;
import dk.jobandel.members.MemberDirectory;
import dk.jobandel.members.Organisations;
import dk.jobandel.platform.SignedInMember;
import dk.jobandel.review.OfferStatus;
import dk.jobandel.review.OfferTerms;
import dk.jobandel.review.Offers;
import dk.jobandel.review.PortfolioReviews;
import dk.jobandel.review.ReviewNotFound;
import dk.jobandel.review.ReviewRefused;
import dk.jobandel.review.ReviewStatus;
import dk.jobandel.review.Reviews;
import dk.jobandel.review.Rights;
import dk.jobandel.roles.Role;
import dk.jobandel.roles.SharedRoles;
import dk.jobandel.roles.WorkMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Offers as freelancers and cooperatives see them: what is offered, what it means, who else must accept,
 * and accept or decline. Contact details of the other parties appear only once everyone has accepted.
 */
@Controller
@RequestMapping("/offers")
class OfferController {

    private final Offers offers;
    private final Reviews reviews;
    private final OfferTerms offerTerms;
    private final SharedRoles roles;
    private final Organisations organisations;
    private final MemberDirectory directory;
    private final ProposalViews views;
    private final Agreements agreements;
    private final PortfolioReviews portfolios;

    OfferController(
            Offers offers,
            Reviews reviews,
            SharedRoles roles,
            Organisations organisations,
            MemberDirectory directory,
            ProposalViews views,
            Agreements agreements,
            PortfolioReviews portfolios,
            OfferTerms offerTerms) {
        this.portfolios = portfolios;
        this.offerTerms = offerTerms;
        this.offers = offers;
        this.reviews = reviews;
        this.roles = roles;
        this.organisations = organisations;
        this.directory = directory;
        this.views = views;
        this.agreements = agreements;
    }

    static final int MAX_REASON = 2000;

    /**
     * An offer in the member's list: what is offered (a role, or a pool's portfolio) and by whom (the cooperative,
     * or the pool's host as the employer).
     */
    record Row(Offers.Offer offer, String title, String organisationName, boolean pool) {}

    @GetMapping
    String list(@AuthenticationPrincipal SignedInMember me, Model model, Locale locale) {
        List<Offers.Offer> mine = offers.forMember(me);
        Map<Long, Long> roleOfProposal = new LinkedHashMap<>();
        Map<Long, PortfolioReviews.PortfolioView> portfolioOfProposal = new LinkedHashMap<>();
        for (Offers.Offer offer : mine) {
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
        model.addAttribute(
                "rows",
                mine.stream()
                        .map(o -> {
                            var portfolio = portfolioOfProposal.get(o.proposalId());
                            if (portfolio != null) {
                                return new Row(
                                        o,
                                        portfolio.pool().name(),
                                        portfolio.pool().hostName(),
                                        true);
                            }
                            var role = listed.get(roleOfProposal.get(o.proposalId()));
                            return new Row(o, role.title(), role.organisationName(), false);
                        })
                        .toList());
        return "review/offers";
    }

    /** Another party of the same proposal, as the offer page shows them. */
    record PartyView(
            Offers.Offer offer, String name, @Nullable String contact) {}

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal SignedInMember me, Model model, Locale locale) {
        Offers.Offer offer = offers.offer(id, me);
        if (portfolios.isPortfolio(offer.proposalId())) {
            return portfolioOffer(offer, me, model, locale);
        }
        Proposal proposal = reviews.proposal(offer.proposalId());
        Role role = roles.role(proposal.roleId());
        boolean agreed = Reviews.statusOf(proposal) == ReviewStatus.AGREED;
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, String> emails = new LinkedHashMap<>();
        directory.staffOf(proposal.freelancerIds()).forEach(m -> {
            names.put(m.accountId(), m.displayName());
            emails.put(m.accountId(), m.email());
        });
        var organisation = organisations.byId(role.organisationId());
        List<PartyView> parties = new ArrayList<>();
        for (Offers.Offer other : offers.ofProposal(proposal.id())) {
            if (other.party() == Offers.Party.FREELANCER) {
                long who = other.freelancerId();
                parties.add(new PartyView(other, names.getOrDefault(who, "#" + who), agreed ? emails.get(who) : null));
            } else {
                String staffEmails = agreed
                        ? directory.staffOf(organisation.getStaffAccountIds()).stream()
                                .map(MemberDirectory.MemberSummary::email)
                                .sorted()
                                .collect(Collectors.joining(", "))
                        : null;
                parties.add(new PartyView(other, organisation.getName(), staffEmails));
            }
        }
        var details = role.details();
        var mine = offer.party() == Offers.Party.FREELANCER
                ? proposal.members().stream()
                        .filter(m -> m.freelancerId() == me.accountId())
                        .findFirst()
                        .orElse(null)
                : null;
        boolean we = offer.party() == Offers.Party.ORGANISATION;
        Object flash = model.getAttribute("flash");
        if ("offer.accepted".equals(flash)) {
            // the last yes made the agreement: the page says so, and the flash must not promise it for later
            model.addAttribute(
                    "flash",
                    agreed
                            ? (we ? "offer.acceptedLast.organisation" : "offer.acceptedLast")
                            : (we ? "offer.accepted.organisation" : flash));
        } else if ("offer.declined".equals(flash) && we) {
            model.addAttribute("flash", "offer.declined.organisation");
        }
        model.addAttribute("we", we);
        model.addAttribute("offer", offer);
        model.addAttribute("role", role);
        model.addAttribute("organisationName", organisation.getName());
        model.addAttribute("status", Reviews.statusOf(proposal));
        model.addAttribute("parties", parties);
        model.addAttribute("names", names);
        model.addAttribute("mine", mine);
        model.addAttribute(
                "findings",
                offerTerms.findings(
                        role,
                        proposal,
                        names,
                        offer.party() == Offers.Party.FREELANCER ? who -> who == me.accountId() : who -> true));
        model.addAttribute(
                "rights",
                mine == null
                        ? null
                        : Rights.of(mine.halfHours(), details.payKind(), details.payFrom(), details.pensionPercent()));
        model.addAttribute(
                "view", views.view(proposal, details.schedule(), details.workMode() == WorkMode.REMOTE, names, locale));
        model.addAttribute("pending", offer.status() == OfferStatus.PENDING);
        model.addAttribute(
                "agreementId", agreed ? agreements.idForProposal(proposal.id()).orElse(null) : null);
        return "review/offer";
    }

    /**
     * A portfolio's offer: the worker's week coloured by member, each member's needs, and who must accept. The
     * worker sees what the hours mean for their pay and rights under the pool's terms.
     */
    private String portfolioOffer(Offers.Offer offer, SignedInMember me, Model model, Locale locale) {
        PortfolioReviews.PortfolioView view = portfolios.portfolio(offer.proposalId(), locale);
        ReviewStatus status = ReviewStatus.valueOf(view.proposal().reviewStatus());
        boolean agreed = status == ReviewStatus.AGREED;
        List<PartyView> parties = new ArrayList<>();
        for (Offers.Offer other : offers.ofProposal(view.proposal().id())) {
            if (other.party() == Offers.Party.FREELANCER) {
                String email = agreed
                        ? directory.staffOf(List.of(other.freelancerId())).stream()
                                .map(MemberDirectory.MemberSummary::email)
                                .findFirst()
                                .orElse(null)
                        : null;
                parties.add(new PartyView(other, view.workerName(), email));
            } else {
                var organisation = organisations.byId(other.organisationId());
                String staffEmails = agreed
                        ? directory.staffOf(organisation.getStaffAccountIds()).stream()
                                .map(MemberDirectory.MemberSummary::email)
                                .sorted()
                                .collect(Collectors.joining(", "))
                        : null;
                parties.add(new PartyView(other, organisation.getName(), staffEmails));
            }
        }
        model.addAttribute("offer", offer);
        model.addAttribute("view", view);
        model.addAttribute("status", status);
        model.addAttribute("parties", parties);
        model.addAttribute("pending", offer.status() == OfferStatus.PENDING);
        model.addAttribute(
                "agreementId",
                agreed ? agreements.idForProposal(view.proposal().id()).orElse(null) : null);
        // the worker is paid by the hour for the hours the members use, on the pool's terms
        model.addAttribute(
                "rights",
                offer.party() == Offers.Party.FREELANCER
                        ? Rights.of(
                                (int) Math.round(view.hours() * 2),
                                dk.jobandel.roles.PayKind.HOURLY,
                                view.pool().hourlyWage(),
                                view.pool().pensionPercent())
                        : null);
        return "review/portfolio-offer";
    }

    @PostMapping("/{id}/accept")
    String accept(
            @PathVariable long id,
            @RequestParam long version,
            @AuthenticationPrincipal SignedInMember me,
            RedirectAttributes redirect) {
        try {
            offers.accept(id, version, me)
                    .ifPresentOrElse(
                            refused -> {
                                redirect.addFlashAttribute("flash", "offer.blocked");
                                redirect.addFlashAttribute("refusalKey", refused.messageKey());
                                redirect.addFlashAttribute("refusalArgs", refused.messageArguments());
                            },
                            () -> redirect.addFlashAttribute("flash", "offer.accepted"));
        } catch (ReviewRefused refused) {
            redirect.addFlashAttribute("flash", refused.messageKey());
        }
        return "redirect:/offers/" + id;
    }

    @PostMapping("/{id}/decline")
    String decline(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal SignedInMember me,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        if (reason.length() > MAX_REASON) {
            model.addAttribute("reason", reason);
            model.addAttribute("reasonTooLong", true);
            return show(id, me, model, locale);
        }
        try {
            offers.decline(id, version, me, reason);
            redirect.addFlashAttribute("flash", "offer.declined");
        } catch (ReviewRefused refused) {
            redirect.addFlashAttribute("flash", refused.messageKey());
        }
        return "redirect:/offers/" + id;
    }

    @ExceptionHandler(ReviewNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }
}
