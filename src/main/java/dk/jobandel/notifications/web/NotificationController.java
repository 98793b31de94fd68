package dk.jobandel.notifications.web;

import dk.jobandel.notifications.Notifications;
import dk.jobandel.platform.ListPage;
import dk.jobandel.platform.SignedInMember;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A member's notification centre: their own notices only, marked read by plain POST forms. */
@Controller
@RequestMapping("/notifications")
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal SignedInMember me,
            @RequestParam(required = false) @Nullable String page,
            Locale locale,
            Model model) {
        ListPage<Notifications.Notice> notices =
                notifications.page(me.accountId(), ListPage.number(page), ListPage.SIZE, locale);
        model.addAttribute("page", notices);
        model.addAttribute("notices", ListedNotice.of(notices.rows(), notices.number()));
        model.addAttribute("previousPage", notices.previousLink("/notifications", java.util.Map.of()));
        model.addAttribute("nextPage", notices.nextLink("/notifications", java.util.Map.of()));
        return "notifications/list";
    }

    /**
     * Opening a notice marks it read, so reading it where it leads needs no second click. It changes state, so it
     * is a POST: a GET (a link preview, a prefetch) marks nothing.
     */
    @PostMapping("/{id}/open")
    String open(@AuthenticationPrincipal SignedInMember me, @PathVariable long id) {
        return "redirect:" + notifications.open(me.accountId(), id);
    }

    @PostMapping("/{id}/read")
    String markRead(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String page,
            RedirectAttributes redirect) {
        notifications.markRead(me.accountId(), id);
        redirect.addFlashAttribute("flash", "notifications.markedRead");
        // back to the page the notice was on; one that is not a page number is the first page
        int number;
        try {
            number = ListPage.number(page);
        } catch (ListPage.PageNumberUnreadable e) {
            number = 0;
        }
        return "redirect:" + ListPage.link("/notifications", java.util.Map.of(), number);
    }

    @PostMapping("/read")
    String markAllRead(@AuthenticationPrincipal SignedInMember me, RedirectAttributes redirect) {
        notifications.markAllRead(me.accountId());
        redirect.addFlashAttribute("flash", "notifications.allMarkedRead");
        return "redirect:/notifications";
    }
}
