package dk.jobandel.agreements;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * What {@link Agreements#create} did: made the agreement, or refused it and changed nothing. A refusal names the rule
 * and the person, with a message key and its arguments for the page.
 */
public sealed interface Creation {

    /** The agreement exists and books every party's time. */
    record Created(long agreementId) implements Creation {}

    /** Why an agreement was refused. */
    enum Reason {
        /** The person already has an agreement for some of the same half-hours in overlapping dates. */
        DOUBLE_BOOKED,
        /** More than 48 hours a week across the person's agreements. */
        WEEKLY_HOURS,
        /** Less than 11 hours' rest within 24 hours. */
        DAILY_REST,
        /** No 35 hours off in one piece in the week. */
        WEEKLY_REST
    }

    /**
     * Nothing was made, for the person named.
     *
     * @param from for a working-time rule, when the problem begins; {@code null} for a double booking
     * @param weeklyHours the person's combined weekly hours where the rule is broken (0 for a double booking)
     */
    record Refused(
            Reason reason,
            long freelancerId,
            String freelancerName,
            @Nullable LocalDateTime from,
            double weeklyHours) implements Creation {

        private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

        /** {@code agreement.refused.<REASON>}, in Danish and English. */
        public String messageKey() {
            return "agreement.refused." + reason.name();
        }

        /** The key's arguments: the person's name, when (dd-MM-yyyy HH:mm, or ""), the weekly hours. */
        public Object[] messageArguments() {
            return new Object[] {freelancerName, from == null ? "" : WHEN.format(from), weeklyHours};
        }
    }
}
