package dk.jobandel.agreements;

import dk.jobandel.shared.WeekGrid;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An agreement as its page shows it, with its version for optimistic locking.
 *
 * @param endDate the last working day, or {@code null} for until further notice
 * @param staff the cooperative's staff, who act for it
 */
public record Agreement(
        long id,
        long roleId,
        long organisationId,
        String organisationName,
        @Nullable Long proposalId,
        LocalDate startDate,
        @Nullable LocalDate endDate,
        AgreementStatus status,
        long version,
        Terms terms,
        List<Party> parties,
        List<Person> staff,
        Instant createdAt) {

    public Agreement {
        parties = List.copyOf(parties);
        staff = List.copyOf(staff);
    }

    /** A freelancer in the agreement with their weekly half-hours. */
    public record Party(long freelancerId, String name, String email, WeekGrid slots) {

        public double hours() {
            return slots.hours();
        }
    }

    /** Someone who acts for the cooperative. */
    public record Person(long accountId, String name, String email) {}

    public boolean isParty(long accountId) {
        return parties.stream().anyMatch(p -> p.freelancerId() == accountId);
    }

    public boolean isStaff(long accountId) {
        return staff.stream().anyMatch(p -> p.accountId() == accountId);
    }

    /** Whether the member may end it: one of its freelancers or the cooperative's staff, while it is active. */
    public boolean canBeEndedBy(long accountId) {
        return status == AgreementStatus.ACTIVE && (isParty(accountId) || isStaff(accountId));
    }

    /** All parties' weekly hours together. */
    public double hours() {
        return parties.stream().mapToDouble(Party::hours).sum();
    }
}
