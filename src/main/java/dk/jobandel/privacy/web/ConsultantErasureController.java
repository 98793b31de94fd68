package dk.jobandel.privacy.web;

import dk.jobandel.platform.SignedInMember;
import dk.jobandel.privacy.Erasures;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Consultants erase a member's account on their written request, recording the request as the reason. */
@Controller
@RequestMapping("/consultant/privacy/erasures")
class ConsultantErasureController {

    private final Erasures erasures;

    ConsultantErasureController(Erasures erasures) {
        this.erasures = erasures;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new ConsultantErasureForm());
        return "privacy/consultant-erasure";
    }

    @PostMapping
    String erase(
            @AuthenticationPrincipal SignedInMember me,
            @Valid @ModelAttribute("form") ConsultantErasureForm form,
            BindingResult result,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            switch (erasures.eraseOnRequest(form.getEmail(), me, form.getReason())) {
                case ERASED -> {
                    redirect.addFlashAttribute("flash", "privacy.consultant.done");
                    return "redirect:/consultant/privacy/erasures";
                }
                case BLOCKED -> result.rejectValue("email", "privacy.consultant.blocked");
                default -> result.rejectValue("email", "privacy.consultant.notFound");
            }
        }
        return "privacy/consultant-erasure";
    }
}
