package dk.jobandel.agreements;

import dk.jobandel.shared.WeekGrid;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An agreement to make: the role (its organisation and terms are read from it), the proposal it came from if any,
 * the dates, and each freelancer with the half-hours of the week they work.
 *
 * @param endDate the last working day, or {@code null} for until further notice
 * @param actorId the member whose action makes the agreement (for the audit trail), or {@code null} for the system
 */
public record NewAgreement(
        long roleId,
        @Nullable Long proposalId,
        LocalDate startDate,
        @Nullable LocalDate endDate,
        List<Party> parties,
        @Nullable Long actorId) {

    /** One freelancer and their weekly half-hours, which must not be empty. */
    public record Party(long freelancerId, WeekGrid slots) {

        public Party {
            Objects.requireNonNull(slots, "slots");
            if (slots.isEmpty()) {
                throw new IllegalArgumentException("Freelancer " + freelancerId + " has no time in the agreement");
            }
        }
    }

    /**
     * Checks the shape.
     *
     * @throws IllegalArgumentException without parties, with a freelancer twice, or with the end before the start
     */
    public NewAgreement {
        Objects.requireNonNull(startDate, "startDate");
        parties = List.copyOf(parties);
        if (parties.isEmpty()) {
            throw new IllegalArgumentException("An agreement needs at least one freelancer");
        }
        if (parties.stream().map(Party::freelancerId).distinct().count() != parties.size()) {
            throw new IllegalArgumentException("A freelancer appears twice in one agreement");
        }
        if (endDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException(
                    "The agreement ends (" + endDate + ") before it starts (" + startDate + ")");
        }
    }
}
