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
 * the address does not exist). Who reads which mails is the outbox's rule ({@link MailOutbox#readableBy}); the
 * login name is the member's e-mail address.
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
        MailOutbox.Readable readable = outbox.readableBy(me, principal.getName(), SHOWN);
        model.addAttribute("everything", readable.everything());
        model.addAttribute("mails", readable.mails());
        return "notifications/outbox";
    }
}
