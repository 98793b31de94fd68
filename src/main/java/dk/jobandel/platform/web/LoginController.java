package dk.jobandel.platform.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page; Spring Security handles the POST and comes back here with the outcome. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(
            Authentication authentication,
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String throttled,
            Model model) {
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/dashboard";
        }
        model.addAttribute("loginFailed", error != null);
        model.addAttribute("loginThrottled", throttled != null);
        return "platform/login";
    }
}
