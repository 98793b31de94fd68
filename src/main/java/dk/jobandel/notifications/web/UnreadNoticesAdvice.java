package dk.jobandel.notifications.web;

import dk.jobandel.notifications.Notifications;
import dk.jobandel.platform.SignedInMember;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;

/**
 * Puts the signed-in member's unread count into every controller's model for the page header. The count
 * is lazy: it is read only when a page that shows it is rendered, and then once (one count on the partial
 * index of unread notices), so redirects after a POST, htmx fragments and downloads cost no query. The
 * signed-in member comes from the session's security context, with no query of its own. Pages rendered
 * without a controller (error pages) have no count, and the layout then shows none.
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
            long accountId = me.accountId();
            model.addAttribute("unreadNotices", new LazyContextVariable<Long>() {
                @Override
                protected Long loadValue() {
                    return notifications.unreadCount(accountId);
                }
            });
        }
    }
}
