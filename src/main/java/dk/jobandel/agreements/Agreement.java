package dk.jobandel.agreements;

import dk.jobandel.shared.WeekGrid;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An agreement as its page shows it, with its version for optimistic locking: a role's agreement (with {@code roleId})
 * or a pool agreement (with {@code pool}), whose employer ({@code organisationId}) is the pool's host.
 *
 * @param roleId the shared role, {@code null} for a pool agreement
 * @param endDate the last working day, or {@code null} for until further notice
 * @param staff the cooperative's staff (the host's, for a pool agreement), who act for it
 * @param pool the pool and each member's part, {@code null} for a role's agreement
 */
public record Agreement(
        long id,
        @Nullable Long roleId,
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
        Instant createdAt,
        @Nullable PoolShares pool) {

    public Agreement {
        parties = List.copyOf(parties);
        staff = List.copyOf(staff);
    }

    /** A role's agreement. */
    public Agreement(
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
        this(
                id,
                (Long) roleId,
                organisationId,
                organisationName,
                proposalId,
                startDate,
                endDate,
                status,
                version,
                terms,
                parties,
                staff,
                createdAt,
                null);
    }

    /**
     * A pool agreement's pool and the members' parts of the worker's week.
     *
     * @param parts by member name, then need
     */
    public record PoolShares(long poolId, String poolName, List<Part> parts) {

        public PoolShares {
            parts = List.copyOf(parts);
        }

        /** The member organisations with a part, in the parts' order, each once. */
        public List<Long> organisationIds() {
            return parts.stream().map(Part::organisationId).distinct().toList();
        }

        /** Hours a week worked in all the parts. */
        public double hours() {
            return parts.stream().mapToInt(Part::halfHours).sum() / 2.0;
        }
    }

    /**
     * One member's part: its need, the window of the week reserved for the worker and the half-hours a week worked in
     * it, which the member pays for.
     */
    public record Part(
            long needId, long organisationId, String organisationName, String title, WeekGrid slots, int halfHours) {

        public double hours() {
            return halfHours / 2.0;
        }
    }

    /** Whether this is a pool agreement. */
    public boolean isPoolAgreement() {
        return pool != null;
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

    /**
     * All parties' weekly hours together; for a pool agreement the hours worked in the parts, which may be fewer than
     * the reserved windows.
     */
    public double hours() {
        return pool != null
                ? pool.hours()
                : parties.stream().mapToDouble(Party::hours).sum();
    }
}
