package dk.jobandel.procurement.web;

import dk.jobandel.members.Actors;
import dk.jobandel.platform.SignedInMember;
import dk.jobandel.procurement.ClauseLibrary;
import dk.jobandel.procurement.core.ClauseKind;
import dk.jobandel.procurement.core.LegalBasis;
import dk.jobandel.procurement.core.TargetUnit;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
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

/** Consultants keep the clause library: a revision adds a version. */
@Controller
@RequestMapping("/consultant/procurement/clauses")
class ConsultantClauseController {

    private static final String VIEW = "procurement/clause-edit";

    private final Actors actors;
    private final ClauseLibrary library;

    ConsultantClauseController(Actors actors, ClauseLibrary library) {
        this.actors = actors;
        this.library = library;
    }

    @GetMapping("/{id}/edit")
    String form(@PathVariable long id, Model model) {
        model.addAttribute("form", TemplateForm.of(library.template(id)));
        return view(id, model);
    }

    @PostMapping("/{id}/edit")
    String revise(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable long id,
            @Valid @ModelAttribute("form") TemplateForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form.checkFrequency(result);
        if (!result.hasErrors()) {
            try {
                library.revise(actors.of(me), id, form.getVersion(), form.toText());
                redirect.addFlashAttribute("flash", "procurement.template.revised");
                return "redirect:/procurement/clauses/" + id;
            } catch (OptimisticLockingFailureException e) {
                result.reject("procurement.conflict");
            }
        }
        return view(id, model);
    }

    private String view(long id, Model model) {
        model.addAttribute("templateId", id);
        model.addAttribute("kinds", ClauseKind.values());
        model.addAttribute("bases", LegalBasis.values());
        model.addAttribute("units", TargetUnit.values());
        model.addAttribute("frequencies", java.util.List.of(1, 3, 6, 12));
        return VIEW;
    }
}
