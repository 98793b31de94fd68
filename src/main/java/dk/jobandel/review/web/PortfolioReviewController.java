package dk.jobandel.review.web;

import dk.jobandel.audit.AuditTrail;
import dk.jobandel.audit.Subject;
import dk.jobandel.matching.PoolMatching;
import dk.jobandel.members.Actors;
import dk.jobandel.platform.SignedInMember;
import dk.jobandel.pools.Pools;
import dk.jobandel.review.Offers;
import dk.jobandel.review.PortfolioReviews;
import dk.jobandel.review.ReviewRefused;
import dk.jobandel.review.ReviewStatus;
import dk.jobandel.review.Reviews;
import dk.jobandel.review.core.Offer;
import dk.jobandel.review.core.Party;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Consultants' side of pool portfolios: running pool matching for one pool, the portfolios awaiting review, and one
 * portfolio with its week coloured by member and the approve and reject forms. Only consultants and admins reach
 * these routes ({@code /consultant/**}).
 */
@Controller
class PortfolioReviewController {

    private final PoolMatching matching;
    private final PortfolioReviews reviews;
    private final Offers offers;
    private final Pools pools;
    private final AuditTrail audit;
    private final Actors actors;

    PortfolioReviewController(
            PoolMatching matching,
            PortfolioReviews reviews,
            Offers offers,
            Pools pools,
            AuditTrail audit,
            Actors actors) {
        this.actors = actors;
        this.matching = matching;
        this.reviews = reviews;
        this.offers = offers;
        this.pools = pools;
        this.audit = audit;
    }

    /** Plans the pool now and shows its portfolios. */
    @PostMapping("/consultant/pools/{poolId}/matching")
    String run(@PathVariable long poolId, @AuthenticationPrincipal SignedInMember me, RedirectAttributes redirect) {
        PoolMatching.Result result = matching.run(poolId, me.accountId());
        redirect.addFlashAttribute("result", result);
        return "redirect:/consultant/pools/" + poolId + "/portfolios";
    }

    /** A pool's portfolios, whatever their status, and the button to plan it again. */
    @GetMapping("/consultant/pools/{poolId}/portfolios")
    String ofPool(@PathVariable long poolId, Model model, Locale locale) {
        model.addAttribute("pool", pools.pool(poolId));
        model.addAttribute("portfolios", reviews.ofPool(poolId, locale));
        return "review/pool-portfolios";
    }

    /** Portfolios awaiting review in every pool. */
    @GetMapping("/consultant/review/portfolios")
    String queue(Model model, Locale locale) {
        model.addAttribute("portfolios", reviews.queue(locale));
        return "review/portfolio-queue";
    }

    @GetMapping("/consultant/review/portfolios/{id}")
    String show(@PathVariable long id, Model model, Locale locale) {
        PortfolioReviews.PortfolioView view = reviews.portfolio(id, locale);
        DecisionForm form = new DecisionForm();
        form.setVersion(view.proposal().version());
        return page(view, form, model);
    }

    @PostMapping("/consultant/review/portfolios/{id}/approve")
    String approve(
            @PathVariable long id,
            @ModelAttribute("decision") DecisionForm form,
            @AuthenticationPrincipal SignedInMember me,
            RedirectAttributes redirect) {
        reviews.portfolio(id, Locale.ROOT); // not found before anything else
        if (form.getVersion() == null) {
            return changed(id, redirect);
        }
        try {
            reviews.approve(id, form.getVersion(), actors.of(me));
        } catch (ReviewRefused refused) {
            return changed(id, redirect);
        }
        redirect.addFlashAttribute("flash", "review.approved");
        return "redirect:/consultant/review/portfolios/" + id;
    }

    @PostMapping("/consultant/review/portfolios/{id}/reject")
    String reject(
            @PathVariable long id,
            @Valid @ModelAttribute("decision") DecisionForm form,
            BindingResult result,
            @AuthenticationPrincipal SignedInMember me,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        PortfolioReviews.PortfolioView view = reviews.portfolio(id, locale);
        if (form.getVersion() == null) {
            return changed(id, redirect);
        }
        if (form.getReason().isBlank()) {
            result.rejectValue("reason", "review.reason.required");
        }
        if (result.hasErrors()) {
            return page(view, form, model);
        }
        try {
            reviews.reject(id, form.getVersion(), actors.of(me), form.getReason());
        } catch (ReviewRefused refused) {
            return changed(id, redirect);
        }
        redirect.addFlashAttribute("flash", "review.rejected");
        return "redirect:/consultant/review/portfolios";
    }

    /** An offer of the portfolio with the name of its party. */
    record OfferLine(Offer offer, String party) {}

    private String page(PortfolioReviews.PortfolioView view, DecisionForm form, Model model) {
        Map<Long, String> organisations = new HashMap<>();
        view.members().forEach(m -> organisations.put(m.organisationId(), m.name()));
        List<Offer> sent = offers.ofProposal(view.proposal().id());
        List<Subject> subjects = new ArrayList<>();
        subjects.add(new Subject(Reviews.PROPOSAL, view.proposal().id()));
        sent.forEach(offer -> subjects.add(new Subject(Offers.OFFER, offer.id())));
        ReviewStatus status = ReviewStatus.valueOf(view.proposal().reviewStatus());
        model.addAttribute("view", view);
        model.addAttribute("status", status);
        model.addAttribute("reviewable", status == ReviewStatus.UNREVIEWED);
        model.addAttribute(
                "offers",
                sent.stream()
                        .map(o -> new OfferLine(
                                o,
                                o.party() == Party.FREELANCER
                                        ? view.workerName()
                                        : organisations.getOrDefault(o.organisationId(), "#" + o.organisationId())))
                        .toList());
        model.addAttribute("timeline", audit.timeline(subjects));
        model.addAttribute("decision", form);
        return "review/portfolio";
    }

    private String changed(long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", "review.changed");
        return "redirect:/consultant/review/portfolios/" + id;
    }
}
