package dk.jobandel.notifications.web;

import dk.jobandel.notifications.Notifications;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * One notice of the notification centre as the page shows it, with its form targets, element id and time made once
 * in Java (issue 12) instead of two link expressions with parameters, two concatenations and a date format per row in
 * the template.
 *
 * @param elementId the id of the notice's button, which the mark-as-read button refers to ("notice-7")
 * @param openAction the form target that opens the notice (before the context path)
 * @param readAction the form target that marks it read and comes back to this page (before the context path)
 * @param createdAt when it was made, as the {@code datetime} attribute writes it (ISO-8601)
 * @param createdAtText the same in Copenhagen time ("07-12-2026 09:15")
 */
record ListedNotice(
        String elementId,
        String text,
        boolean unread,
        String openAction,
        String readAction,
        String createdAt,
        String createdAtText) {

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(ZoneId.of("Europe/Copenhagen"));

    /** @param page the number (from 0) of the page the notices are on, which marking one read comes back to */
    static List<ListedNotice> of(List<Notifications.Notice> notices, int page) {
        var listed = new ArrayList<ListedNotice>(notices.size());
        for (Notifications.Notice notice : notices) {
            listed.add(new ListedNotice(
                    "notice-" + notice.id(),
                    notice.text(),
                    notice.unread(),
                    "/notifications/" + notice.id() + "/open",
                    "/notifications/" + notice.id() + "/read?page=" + page,
                    notice.createdAt().toString(),
                    MINUTE.format(notice.createdAt())));
        }
        return listed;
    }
}
