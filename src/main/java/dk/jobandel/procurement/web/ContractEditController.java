package dk.jobandel.procurement.web;

import dk.jobandel.members.Actor;
import dk.jobandel.members.Actors;
import dk.jobandel.partnerships.ServiceKind;
import dk.jobandel.platform.SignedInMember;
import dk.jobandel.procurement.Contracts;
import dk.jobandel.procurement.ProcurementNotFound;
import dk.jobandel.procurement.ProcurementRefused;
import dk.jobandel.procurement.ProcurementSettings;
import dk.jobandel.procurement.core.ContractStatus;
import dk.jobandel.shared.ReferenceData;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changing a contract's details after it was created (issue 16): only the owning municipality's staff, while the
 * contract is a draft or out for tender. The form carries the version it showed; when somebody saved in between,
 * nothing is overwritten: the form comes back with what the person typed and a message, and the contract page shows
 * what is saved. The clause check runs again on the contract's page.
 */
@Controller
@RequestMapping("/procurement/contracts/{id}/edit")
class ContractEditController {

    private final Actors actors;
    private final Contracts contracts;
    private final ReferenceData referenceData;
    private final ProcurementSettings settings;

    ContractEditController(
            Actors actors, Contracts contracts, ReferenceData referenceData, ProcurementSettings settings) {
        this.actors = actors;
        this.contracts = contracts;
        this.referenceData = referenceData;
        this.settings = settings;
    }

    @GetMapping
    String form(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, Model model) {
        Actor actor = actors.of(me);
        Contracts.Contract c = ownUnawarded(actor, id);
        model.addAttribute("form", ContractForm.of(c));
        return view(actor, id, model);
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable long id,
            @Valid @ModelAttribute("form") ContractForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Actor actor = actors.of(me);
        ownUnawarded(actor, id);
        form.checkPeriod(result);
        if (form.getMunicipalityCode() != null
                && referenceData.municipality(form.getMunicipalityCode()).isEmpty()) {
            result.rejectValue("municipalityCode", "registration.municipality.unknown");
        }
        if (form.getVersion() == null) {
            result.reject("procurement.contract.editConflict");
        }
        if (!result.hasErrors()) {
            try {
                if (contracts.update(actor, id, form.toDetails(), form.getVersion())) {
                    redirect.addFlashAttribute("flash", "procurement.contract.updated");
                    return "redirect:/procurement/contracts/" + id;
                }
                result.reject("procurement.contract.editConflict");
            } catch (ProcurementRefused refused) {
                ProcurementController.reject(result, refused);
            }
        }
        return view(actor, id, model);
    }

    /** The contract, when the actor is on its municipality's staff and it is not awarded; otherwise 404. */
    private Contracts.Contract ownUnawarded(Actor actor, long id) {
        Contracts.Contract c = contracts.load(actor, id).contract();
        if (!actor.isStaffOf(c.organisationId()) || c.status() == ContractStatus.AWARDED) {
            throw new ProcurementNotFound(id);
        }
        return c;
    }

    private String view(Actor actor, long id, Model model) {
        model.addAttribute("actor", actor);
        model.addAttribute("services", ServiceKind.values());
        model.addAttribute("referenceData", referenceData);
        model.addAttribute("settings", settings);
        model.addAttribute("editing", true);
        model.addAttribute("contractId", id);
        return "procurement/contract-new";
    }
}
