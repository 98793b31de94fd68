package dk.jobandel.members.web;

import dk.jobandel.members.MemberDashboards;
import dk.jobandel.members.MemberDirectory;
import dk.jobandel.members.Organisation;
import dk.jobandel.members.OrganisationChanged;
import dk.jobandel.members.OrganisationUnconfirmed;
import dk.jobandel.members.Organisations;
import dk.jobandel.members.VerificationStatus;
import dk.jobandel.platform.ListPage;
import dk.jobandel.platform.SignedInMember;
import dk.jobandel.shared.ReferenceData;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Consultants check organisations and verify or reject them; a rejection always has a reason. */
@Controller
@RequestMapping("/consultant/organisations")
class VerificationController {

    private final Organisations organisations;
    private final MemberDashboards dashboards;
    private final MemberDirectory directory;
    private final ReferenceData referenceData;

    VerificationController(
            Organisations organisations,
            MemberDashboards dashboards,
            MemberDirectory directory,
            ReferenceData referenceData) {
        this.organisations = organisations;
        this.dashboards = dashboards;
        this.directory = directory;
        this.referenceData = referenceData;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "AWAITING_VERIFICATION") VerificationStatus status,
            @RequestParam(required = false) @Nullable String page,
            Model model) {
        ListPage<MemberDashboards.AwaitingVerification> listed =
                dashboards.withStatus(status, ListPage.number(page), ListPage.SIZE);
        model.addAttribute("status", status);
        model.addAttribute("statuses", VerificationStatus.values());
        model.addAttribute("list", listed);
        model.addAttribute("organisations", ListedOrganisation.of(listed.rows(), referenceData));
        // the default status is left out of the links, as the filter's own form would send it
        var kept = new java.util.LinkedHashMap<String, @Nullable Object>();
        kept.put("status", status == VerificationStatus.AWAITING_VERIFICATION ? null : status.name());
        model.addAttribute("previousPage", listed.previousLink("/consultant/organisations", kept));
        model.addAttribute("nextPage", listed.nextLink("/consultant/organisations", kept));
        return "members/organisations";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Organisation organisation = organisations.byId(id);
        model.addAttribute("organisation", organisation);
        model.addAttribute("staff", directory.staffOf(organisation.getStaffAccountIds()));
        model.addAttribute("decisions", organisations.decisions(id));
        model.addAttribute("referenceData", referenceData);
        return "members/organisation";
    }

    @PostMapping("/{id}/verify")
    String verify(
            @PathVariable long id,
            @RequestParam long version,
            @AuthenticationPrincipal SignedInMember me,
            RedirectAttributes redirect) {
        try {
            organisations.verify(id, me.accountId(), version);
            redirect.addFlashAttribute("flash", "verification.verified");
            return "redirect:/consultant/organisations";
        } catch (OrganisationChanged changed) {
            redirect.addFlashAttribute("flash", "verification.changed");
            return "redirect:/consultant/organisations/" + id;
        } catch (OrganisationUnconfirmed unconfirmed) {
            redirect.addFlashAttribute("flash", "verification.unconfirmed");
            return "redirect:/consultant/organisations/" + id;
        }
    }

    @PostMapping("/{id}/reject")
    String reject(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal SignedInMember me,
            Model model,
            RedirectAttributes redirect) {
        if (reason.isBlank()) {
            model.addAttribute("reasonMissing", true);
            return show(id, model);
        }
        if (reason.length() > 2000) {
            model.addAttribute("reasonTooLong", true);
            model.addAttribute("reason", reason);
            return show(id, model);
        }
        try {
            organisations.reject(id, me.accountId(), version, reason);
            redirect.addFlashAttribute("flash", "verification.rejected");
            return "redirect:/consultant/organisations";
        } catch (OrganisationChanged changed) {
            redirect.addFlashAttribute("flash", "verification.changed");
            return "redirect:/consultant/organisations/" + id;
        }
    }
}
