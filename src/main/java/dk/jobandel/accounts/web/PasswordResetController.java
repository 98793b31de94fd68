package dk.jobandel.accounts.web;

import dk.jobandel.accounts.PasswordResets;
import dk.jobandel.accounts.web.AccountForms.ForgotForm;
import dk.jobandel.accounts.web.AccountForms.ResetForm;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Glemt adgangskode?": asking for a link, and the page the link opens. Anybody may use it. */
@Controller
@RequestMapping("/password")
class PasswordResetController {

    private static final String FORGOT_VIEW = "accounts/password-forgot";
    private static final String RESET_VIEW = "accounts/password-reset";

    private final PasswordResets resets;

    PasswordResetController(PasswordResets resets) {
        this.resets = resets;
    }

    @GetMapping("/forgot")
    String forgot(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ForgotForm());
        }
        return FORGOT_VIEW;
    }

    @PostMapping("/forgot")
    String requestLink(
            @Valid @ModelAttribute("form") ForgotForm form,
            BindingResult result,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return FORGOT_VIEW;
        }
        if (resets.request(form.getEmail(), request.getRemoteAddr()) == PasswordResets.Request.THROTTLED) {
            result.rejectValue("email", "account.throttled");
            return FORGOT_VIEW;
        }
        redirect.addFlashAttribute("flash", "password.forgot.sent");
        return "redirect:/password/forgot";
    }

    @GetMapping("/reset")
    String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
        if (!resets.valid(token)) {
            return "accounts/link-invalid";
        }
        model.addAttribute("token", token);
        model.addAttribute("form", new ResetForm());
        return RESET_VIEW;
    }

    @PostMapping("/reset")
    String reset(
            @RequestParam(defaultValue = "") String token,
            @Valid @ModelAttribute("form") ResetForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form.checkPasswordsMatch(result);
        if (!result.hasErrors()) {
            if (!resets.reset(token, form.getPassword())) {
                return "accounts/link-invalid";
            }
            redirect.addFlashAttribute("flash", "password.reset.done");
            return "redirect:/login";
        }
        form.forget();
        model.addAttribute("token", token);
        return RESET_VIEW;
    }
}
