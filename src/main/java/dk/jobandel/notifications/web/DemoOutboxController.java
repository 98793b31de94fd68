package dk.jobandel.notifications.web;

import dk.jobandel.notifications.MailOutbox;
import dk.jobandel.platform.SignedInMember;
import java.security.Principal;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The local outbox, for demonstrations without a mail server: only in the {@code demo} profile (elsewhere
 * the address does not exist). Consultants and admins read every mail, as they would a shared test
 * mailbox; every other signed-in member reads the mails sent to their own address (the login name is the
 * e-mail address).
 */
@Controller
@Profile("demo")
class DemoOutboxController {

    static final int SHOWN = 100;

    private final MailOutbox outbox;

    DemoOutboxController(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/demo/outbox")
    String outbox(@AuthenticationPrincipal SignedInMember me, Principal principal, Model model) {
        boolean everything = me.hasRole("CONSULTANT") || me.hasRole("ADMIN");
        model.addAttribute("everything", everything);
        model.addAttribute("mails", everything ? outbox.newest(SHOWN) : outbox.newestTo(principal.getName(), SHOWN));
        return "notifications/outbox";
    }
}
