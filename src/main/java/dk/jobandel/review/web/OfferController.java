package dk.jobandel.review.web;

import dk.jobandel.members.Actor;
import dk.jobandel.members.Actors;
import dk.jobandel.platform.SignedInMember;
import dk.jobandel.review.OfferQueries;
import dk.jobandel.review.Offers;
import dk.jobandel.review.ReviewRefused;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Offers as freelancers and cooperatives see them: what is offered, what it means, who else must accept,
 * and accept or decline. What the page shows, and whether the other parties' contacts are in it, comes from
 * {@link OfferQueries}; this controller only renders it.
 */
@Controller
@RequestMapping("/offers")
class OfferController {

    private final Actors actors;
    private final Offers offers;
    private final OfferQueries queries;
    private final MessageSource messages;

    OfferController(Actors actors, Offers offers, OfferQueries queries, MessageSource messages) {
        this.actors = actors;
        this.offers = offers;
        this.queries = queries;
        this.messages = messages;
    }

    static final int MAX_REASON = 2000;

    @GetMapping
    String list(@AuthenticationPrincipal SignedInMember me, Model model, Locale locale) {
        Actor actor = actors.of(me);
        model.addAttribute("rows", ListedOffer.of(queries.rows(actor, locale), messages, locale));
        // an organisation's staff read the offers as their organisation's ("we")
        model.addAttribute("we", actor.organisationId() != null);
        return "review/offers";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal SignedInMember me, Model model, Locale locale) {
        OfferQueries.OfferPage page = queries.page(id, actors.of(me), locale);
        model.addAttribute("offer", page.offer());
        model.addAttribute("status", page.status());
        model.addAttribute("parties", page.parties());
        model.addAttribute("pending", page.pending());
        model.addAttribute("agreementId", page.agreementId());
        model.addAttribute("rights", page.rights());
        return switch (page) {
            case OfferQueries.PortfolioOffer portfolio -> {
                model.addAttribute("view", portfolio.view());
                yield "review/portfolio-offer";
            }
            case OfferQueries.RoleOffer role -> {
                flash(model, page.agreed(), role.we());
                model.addAttribute("we", role.we());
                model.addAttribute("role", role.role());
                model.addAttribute("organisationName", role.organisationName());
                model.addAttribute("names", role.names());
                model.addAttribute("mine", role.mine());
                model.addAttribute("findings", role.findings());
                model.addAttribute("view", role.view());
                yield "review/offer";
            }
        };
    }

    /** The last yes made the agreement: the page says so, and the flash must not promise it for later. */
    private static void flash(Model model, boolean agreed, boolean we) {
        Object flash = model.getAttribute("flash");
        if ("offer.accepted".equals(flash)) {
            model.addAttribute(
                    "flash",
                    agreed
                            ? (we ? "offer.acceptedLast.organisation" : "offer.acceptedLast")
                            : (we ? "offer.accepted.organisation" : flash));
        } else if ("offer.declined".equals(flash) && we) {
            model.addAttribute("flash", "offer.declined.organisation");
        }
    }

    @PostMapping("/{id}/accept")
    String accept(
            @PathVariable long id,
            @RequestParam long version,
            @AuthenticationPrincipal SignedInMember me,
            RedirectAttributes redirect) {
        try {
            offers.accept(id, version, actors.of(me))
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
            offers.decline(id, version, actors.of(me), reason);
            redirect.addFlashAttribute("flash", "offer.declined");
        } catch (ReviewRefused refused) {
            redirect.addFlashAttribute("flash", refused.messageKey());
        }
        return "redirect:/offers/" + id;
    }
}
