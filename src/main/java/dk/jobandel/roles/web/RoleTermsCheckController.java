package dk.jobandel.roles.web;

import dk.jobandel.platform.DecimalEditor;
import dk.jobandel.roles.SharedRoles;
import dk.jobandel.shared.ReferenceData;
import dk.jobandel.shared.WeekGrid;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The role form's live secure-terms check (issue 21): htmx posts the form here as the cooperative types and swaps in
 * the findings. Nothing is saved and nothing is read but the posted form, so it needs only the roles area's access
 * rule (cooperative staff) and the form's CSRF token. Without JavaScript the form's own check button does the same.
 */
@Controller
class RoleTermsCheckController {

    private final SharedRoles roles;
    private final ReferenceData referenceData;

    RoleTermsCheckController(SharedRoles roles, ReferenceData referenceData) {
        this.roles = roles;
        this.referenceData = referenceData;
    }

    @InitBinder("form")
    void amounts(WebDataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, new DecimalEditor());
    }

    @PostMapping("/roles/check")
    String check(@Valid @ModelAttribute("form") RoleForm form, BindingResult result, Model model) {
        WeekGrid schedule = form.checkRules(result, referenceData);
        if (result.hasErrors()) {
            model.addAttribute("termsIncomplete", true);
        } else {
            model.addAttribute("findings", roles.findings(form.toDetails(schedule)));
        }
        return "advisor/_findings :: live";
    }
}
