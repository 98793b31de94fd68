package dk.jobandel.review.web;

import dk.jobandel.review.OfferQueries;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * One row of a member's offer list as the page shows it, with its texts made once in Java (issue 12) instead of a
 * message with a parameter, a status message and a date format per row in the template.
 *
 * @param title the role's title, or for a pool portfolio the title as "Pulje: …"
 * @param statusClass the class of the status ("status-PENDING")
 * @param statusText the status as the page writes it
 * @param expiresAt the answer time in Copenhagen time ("07-12-2026 09:15")
 */
record ListedOffer(
        long id, String title, String organisationName, String statusClass, String statusText, String expiresAt) {

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(ZoneId.of("Europe/Copenhagen"));

    static List<ListedOffer> of(List<OfferQueries.Row> rows, MessageSource messages, Locale locale) {
        var listed = new ArrayList<ListedOffer>(rows.size());
        for (OfferQueries.Row row : rows) {
            String status = row.offer().status().name();
            listed.add(new ListedOffer(
                    row.offer().id(),
                    row.pool()
                            ? messages.getMessage("offer.list.pool", new Object[] {row.title()}, locale)
                            : row.title(),
                    row.organisationName(),
                    "status-" + status,
                    messages.getMessage("offer.status." + status, null, locale),
                    MINUTE.format(row.offer().expiresAt())));
        }
        return listed;
    }
}
