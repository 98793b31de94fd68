package dk.jobandel.notifications.web;

import dk.jobandel.notifications.Notifications;
import dk.jobandel.platform.SignedInMember;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in member's unread count into every controller's model for the page header. It costs
 * one count on the partial index of unread notices. Pages rendered without a controller (error pages)
 * have no count, and the layout then shows none.
 */
@ControllerAdvice
class UnreadNoticesAdvice {

    private final Notifications notifications;

    UnreadNoticesAdvice(Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute
    void unreadNotices(@AuthenticationPrincipal @Nullable SignedInMember me, Model model) {
        if (me != null) {
            model.addAttribute("unreadNotices", notifications.unreadCount(me.accountId()));
        }
    }
}
