package dk.jobandel.procurement.web;

import dk.jobandel.members.Actor;
import dk.jobandel.members.Actors;
import dk.jobandel.members.OrganisationKind;
import dk.jobandel.partnerships.ServiceKind;
import dk.jobandel.platform.SignedInMember;
import dk.jobandel.procurement.ProcurementNotFound;
import dk.jobandel.procurement.ProcurementRefused;
import dk.jobandel.procurement.SupplierProfiles;
import dk.jobandel.shared.ReferenceData;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A supplier's field and area for social procurement (issue 16). A firm or cooperative edits it here; a SØV sees its
 * partnerships profile and is sent there to change it. Only the signed-in member's own organisation is ever shown or
 * saved; municipalities and people without an organisation get 404.
 */
@Controller
@RequestMapping("/procurement/profile")
class SupplierProfileController {

    private final Actors actors;
    private final SupplierProfiles profiles;
    private final ReferenceData referenceData;

    SupplierProfileController(Actors actors, SupplierProfiles profiles, ReferenceData referenceData) {
        this.actors = actors;
        this.profiles = profiles;
        this.referenceData = referenceData;
    }

    @GetMapping
    String show(@AuthenticationPrincipal SignedInMember me, Model model) {
        Actor actor = actors.of(me);
        SupplierProfiles.Field field = profiles.own(actor);
        model.addAttribute("form", SupplierProfileForm.of(field));
        return view(actor, field, model);
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal SignedInMember me,
            @ModelAttribute("form") SupplierProfileForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Actor actor = actors.of(me);
        SupplierProfiles.Field field = profiles.own(actor);
        if (field.fromPartnerships()) {
            throw new ProcurementNotFound(0);
        }
        if (!result.hasErrors()) {
            try {
                if (profiles.save(
                        actor, form.getServices(), form.getMunicipalities(), form.getRegions(), form.getVersion())) {
                    redirect.addFlashAttribute("flash", "proc16.profile.saved");
                    return "redirect:/procurement/profile";
                }
                result.reject("proc16.profile.conflict");
            } catch (ProcurementRefused refused) {
                ProcurementController.reject(result, refused);
            }
        }
        return view(actor, field, model);
    }

    private String view(Actor actor, SupplierProfiles.Field field, Model model) {
        model.addAttribute("actor", actor);
        model.addAttribute("field", field);
        model.addAttribute("sov", actor.kind() == OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE);
        model.addAttribute("services", ServiceKind.values());
        model.addAttribute("referenceData", referenceData);
        return "procurement/supplier-profile";
    }
}
