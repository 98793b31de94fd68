package dk.jobandel.review.web;

import dk.jobandel.matching.MatchingProposals;
import dk.jobandel.review.ReviewQueue;
import dk.jobandel.shared.ReferenceData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;

/**
 * One row of the consultants' review queue as the page shows it, with its link, names and texts made once in Java
 * (issue 12): the page writes up to fifty rows, and the link's concatenation, the people's names joined, the kind's
 * and the waiting time's messages (a message format each), the score's number format, the time's format and the
 * municipality's name through the template's expressions cost most of its rendering.
 *
 * @param link the proposal's page with the queue's filter and order kept, before the context path
 * @param people the people's names in member order, joined ("Victor, Maja")
 * @param planned whether to show the "in the plan" badge: the plan chose this proposal among several for its role
 * @param kind the proposal's kind as the page writes it
 * @param score the score with one decimal in the page's language ("78,4")
 * @param createdAt when matching made it, as the {@code datetime} attribute writes it (ISO-8601)
 * @param createdAtTitle the same in Copenhagen time ("07-12-2026 09:15")
 * @param waited how long it has waited as the page writes it ("3 dage")
 * @param municipality the role's municipality's name
 */
record QueuedProposal(
        String link,
        String people,
        boolean planned,
        String roleTitle,
        String kind,
        String organisationName,
        String score,
        String createdAt,
        String createdAtTitle,
        String waited,
        String municipality) {

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(ZoneId.of("Europe/Copenhagen"));

    /**
     * @param context the queue's filter and order as a query ("?sort=score"), or empty
     * @param planChose the roles for which the plan chose among several proposals
     */
    static List<QueuedProposal> of(
            List<ReviewQueue.QueueRow> rows,
            String context,
            Set<Long> planChose,
            ReferenceData reference,
            MessageSource messages,
            Locale locale) {
        NumberFormat oneDecimal = NumberFormat.getNumberInstance(locale);
        oneDecimal.setGroupingUsed(true);
        oneDecimal.setMinimumFractionDigits(1);
        oneDecimal.setMaximumFractionDigits(1);
        oneDecimal.setRoundingMode(RoundingMode.HALF_UP);
        var listed = new ArrayList<QueuedProposal>(rows.size());
        for (ReviewQueue.QueueRow row : rows) {
            MatchingProposals.Queued p = row.proposal();
            listed.add(new QueuedProposal(
                    "/consultant/review/" + p.id() + context,
                    String.join(", ", row.people()),
                    p.inPlan() && planChose.contains(p.roleId()),
                    row.role().title(),
                    messages.getMessage("review.kind." + p.kind().name(), null, locale),
                    row.role().organisationName(),
                    oneDecimal.format(BigDecimal.valueOf(p.score())),
                    p.createdAt().toString(),
                    MINUTE.format(p.createdAt()),
                    waited(row.waited(), messages, locale),
                    reference.municipalityName(row.role().municipalityCode())));
        }
        return listed;
    }

    /** In whole days from two days, in whole hours from one hour, else in minutes. */
    static String waited(Duration waited, MessageSource messages, Locale locale) {
        if (waited.toDays() >= 2) {
            return messages.getMessage("review.queue.waited.days", new Object[] {waited.toDays()}, locale);
        }
        if (waited.toHours() >= 1) {
            return messages.getMessage("review.queue.waited.hours", new Object[] {waited.toHours()}, locale);
        }
        return messages.getMessage("review.queue.waited.minutes", new Object[] {waited.toMinutes()}, locale);
    }
}
