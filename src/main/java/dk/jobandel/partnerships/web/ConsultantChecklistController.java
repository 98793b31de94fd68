package dk.jobandel.partnerships.web;

import dk.jobandel.members.Actor;
import dk.jobandel.members.Actors;
import dk.jobandel.partnerships.PartnershipChanged;
import dk.jobandel.partnerships.PartnershipChecklists;
import dk.jobandel.platform.SignedInMember;
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

/** Consultants' pages for the checklists per partnership model and the secure-employment course's checklist. */
@Controller
@RequestMapping("/consultant/partnerships")
class ConsultantChecklistController {

    private final Actors actors;
    private final PartnershipChecklists checklists;

    ConsultantChecklistController(Actors actors, PartnershipChecklists checklists) {
        this.actors = actors;
        this.checklists = checklists;
    }

    @GetMapping("/checklists/{model}")
    String checklist(@AuthenticationPrincipal SignedInMember me, @PathVariable String model, Model page) {
        return checklistPage(actors.of(me), model, page);
    }

    private String checklistPage(Actor actor, String model, Model page) {
        page.addAttribute("model", model);
        var history = checklists.history(model);
        page.addAttribute("history", history);
        if (!page.containsAttribute("checklistForm")) {
            ChecklistForm form = new ChecklistForm();
            form.setVersion(history.getFirst().version());
            form.setItems(String.join("\n", history.getFirst().items()));
            page.addAttribute("checklistForm", form);
        }
        return "partnerships/checklist";
    }

    @PostMapping("/checklists/{model}")
    String saveChecklist(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable String model,
            @Valid @ModelAttribute("checklistForm") ChecklistForm form,
            BindingResult result,
            Model page,
            RedirectAttributes redirect) {
        Actor actor = actors.of(me);
        form.checkItems(result);
        Integer version = form.getVersion();
        if (!result.hasErrors() && version != null) {
            try {
                checklists.save(actor, model, version, form.lines());
                redirect.addFlashAttribute("flash", "partnerships.checklist.saved");
                return "redirect:/consultant/partnerships/checklists/" + model;
            } catch (PartnershipChanged changed) {
                // refused, the user's text kept: they see the newest version below and may save again on it
                result.rejectValue("items", "partnerships.checklist.changed");
                form.setVersion(checklists.history(model).getFirst().version());
            }
        }
        return checklistPage(actor, model, page);
    }
}
