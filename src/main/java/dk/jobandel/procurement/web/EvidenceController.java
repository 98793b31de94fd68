package dk.jobandel.procurement.web;

import dk.jobandel.members.Actor;
import dk.jobandel.members.Actors;
import dk.jobandel.platform.SignedInMember;
import dk.jobandel.procurement.EvidenceLinks;
import dk.jobandel.procurement.ProcurementRefused;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Hours from bookings as evidence (issue 16): the winning supplier links a person in one of its own agreements to an
 * hours clause; the person gives or withdraws consent at {@code /procurement/consents} (open to every signed-in
 * member: the page lists only the member's own links, and any other link id reads as not found).
 */
@Controller
class EvidenceController {

    private final Actors actors;
    private final EvidenceLinks links;

    EvidenceController(Actors actors, EvidenceLinks links) {
        this.actors = actors;
        this.links = links;
    }

    /** The placement comes as "agreementId:personAccountId" from the form's choice. */
    @PostMapping("/procurement/contracts/{id}/evidence-links")
    String link(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String clauseId,
            @RequestParam(required = false) @Nullable String placement,
            RedirectAttributes redirect) {
        Actor actor = actors.of(me);
        links.placementsFor(actor, id); // 404 unless the actor's organisation won the contract
        String problem = null;
        try {
            long clause = Long.parseLong(clauseId == null ? "" : clauseId.strip());
            String[] parts = (placement == null ? "" : placement).split(":");
            if (parts.length != 2) {
                throw new ProcurementRefused("evidence.choosePlacement", "placement");
            }
            links.link(actor, id, clause, Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            redirect.addFlashAttribute("flash", "proc16.evidence.linked");
        } catch (NumberFormatException e) {
            problem = "procurement.refused.evidence.choosePlacement";
        } catch (ProcurementRefused refused) {
            problem = refused.messageKey();
        }
        if (problem != null) {
            redirect.addFlashAttribute("evidenceProblem", problem);
            redirect.addFlashAttribute("evidenceClauseId", clauseId);
            redirect.addFlashAttribute("evidencePlacement", placement);
        }
        return "redirect:/procurement/contracts/" + id + "#evidence-heading";
    }

    @GetMapping("/procurement/consents")
    String consents(@AuthenticationPrincipal SignedInMember me, Model model) {
        model.addAttribute("links", links.mine(me.accountId()));
        return "procurement/consents";
    }

    @PostMapping("/procurement/consents/{linkId}/give")
    String give(@AuthenticationPrincipal SignedInMember me, @PathVariable long linkId, RedirectAttributes redirect) {
        links.giveConsent(me.accountId(), linkId);
        redirect.addFlashAttribute("flash", "proc16.consent.given");
        return "redirect:/procurement/consents";
    }

    @PostMapping("/procurement/consents/{linkId}/withdraw")
    String withdraw(
            @AuthenticationPrincipal SignedInMember me, @PathVariable long linkId, RedirectAttributes redirect) {
        links.withdrawConsent(me.accountId(), linkId);
        redirect.addFlashAttribute("flash", "proc16.consent.withdrawn");
        return "redirect:/procurement/consents";
    }
}
