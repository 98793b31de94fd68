package dk.jobandel.platform.web;

import dk.jobandel.platform.SignedInMember;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public landing page for every audience (the privacy notice is the privacy module's). A signed-in member who
 * opens it goes to their dashboard, where their next step is (issue 20).
 */
@Controller
class HomeController {

    @GetMapping("/")
    String home(@AuthenticationPrincipal @Nullable SignedInMember me) {
        return me == null ? "platform/home" : "redirect:/dashboard";
    }
}
