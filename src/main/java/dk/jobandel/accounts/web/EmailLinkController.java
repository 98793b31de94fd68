package dk.jobandel.accounts.web;

import dk.jobandel.accounts.AccountSettings;
import dk.jobandel.accounts.EmailVerifications;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The link in an e-mail change mail. Opening it (GET) only asks to confirm, so that a mail scanner that
 * follows links changes nothing; the button (POST) makes the change. Works signed in or not: the link
 * itself is the proof.
 */
@Controller
class EmailLinkController {

    private final AccountSettings settings;
    private final EmailVerifications verifications;

    EmailLinkController(AccountSettings settings, EmailVerifications verifications) {
        this.settings = settings;
        this.verifications = verifications;
    }

    /** The link in the sign-up mail: asks first, confirms on the button, like an e-mail change. */
    @GetMapping("/account/email/verify")
    String askToVerify(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("action", "/account/email/verify");
        return verifications.valid(token) ? "accounts/email-confirm" : "accounts/link-invalid";
    }

    @PostMapping("/account/email/verify")
    String verify(@RequestParam(defaultValue = "") String token, RedirectAttributes redirect) {
        if (!verifications.confirm(token)) {
            return "accounts/link-invalid";
        }
        redirect.addFlashAttribute("flash", "account.email.verifiedNow");
        return "redirect:/account/email/confirmed";
    }

    @GetMapping("/account/email/confirm")
    String ask(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("action", "/account/email/confirm");
        return settings.emailChangeLinkValid(token) ? "accounts/email-confirm" : "accounts/link-invalid";
    }

    @PostMapping("/account/email/confirm")
    String confirm(@RequestParam(defaultValue = "") String token, Model model, RedirectAttributes redirect) {
        return switch (settings.confirmEmailChange(token)) {
            case CHANGED -> {
                redirect.addFlashAttribute("flash", "account.email.changed");
                yield "redirect:/account/email/confirmed";
            }
            case ADDRESS_TAKEN, INVALID_LINK -> "accounts/link-invalid";
        };
    }

    @GetMapping("/account/email/confirmed")
    String confirmed() {
        return "accounts/email-confirmed";
    }
}
