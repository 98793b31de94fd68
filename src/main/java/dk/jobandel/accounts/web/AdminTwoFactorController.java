package dk.jobandel.accounts.web;

import dk.jobandel.accounts.SecondFactors;
import dk.jobandel.members.Accounts;
import dk.jobandel.platform.SignedInMember;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An admin removes the second factor of a member who lost both their phone and their recovery codes (audited). */
@Controller
class AdminTwoFactorController {

    private static final String VIEW = "accounts/admin-two-factor";

    private final SecondFactors factors;
    private final Accounts accounts;

    AdminTwoFactorController(SecondFactors factors, Accounts accounts) {
        this.factors = factors;
        this.accounts = accounts;
    }

    @GetMapping("/admin/two-factor")
    String form() {
        return VIEW;
    }

    @PostMapping("/admin/two-factor/reset")
    String reset(
            @AuthenticationPrincipal SignedInMember me,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("email", email);
        model.addAttribute("reason", reason);
        if (reason.isBlank() || reason.length() > 500) {
            model.addAttribute("reasonError", "twoFactor.admin.reason.required");
            return VIEW;
        }
        var account = accounts.byEmail(email);
        if (account.isEmpty() || !factors.enrolled(account.get().accountId())) {
            model.addAttribute("emailError", "twoFactor.admin.none");
            return VIEW;
        }
        factors.adminReset(me.accountId(), account.get().accountId(), reason);
        redirect.addFlashAttribute("flash", "twoFactor.admin.done");
        return "redirect:/admin/two-factor";
    }
}
