package dk.jobandel.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public pages: the landing page for every audience and the privacy notice. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "platform/home";
    }

    @GetMapping("/privacy")
    String privacy() {
        return "platform/privacy";
    }
}
