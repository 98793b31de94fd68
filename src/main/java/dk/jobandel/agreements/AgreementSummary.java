package dk.jobandel.agreements;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An agreement in a list.
 *
 * @param people the freelancers' names, in the agreement's order
 * @param hours the weekly hours of the person the list is for, or of everybody in an organisation's list
 */
public record AgreementSummary(
        long id,
        String roleTitle,
        String organisationName,
        LocalDate startDate,
        @Nullable LocalDate endDate,
        AgreementStatus status,
        List<String> people,
        double hours) {

    public AgreementSummary {
        people = List.copyOf(people);
    }

    /** Whether it still has working days on or after {@code today}. */
    public boolean isCurrent(LocalDate today) {
        return endDate == null || !endDate.isBefore(today);
    }
}
