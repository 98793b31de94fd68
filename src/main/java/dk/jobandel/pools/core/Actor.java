package dk.jobandel.pools.core;

import org.jspecify.annotations.Nullable;

/**
 * Who acts on pools: an account, the organisation it is staff of (or none), whether that organisation is verified,
 * and whether the account is a consultant (or an admin).
 */
public record Actor(long accountId, @Nullable Long organisationId, boolean organisationVerified, boolean consultant) {

    /** A system reader that sees what consultants see and owns nothing (other modules' reads after their checks). */
    public static final Actor SYSTEM = new Actor(0, null, false, true);

    public boolean isStaffOf(long organisation) {
        return organisationId != null && organisationId == organisation;
    }

    /** Consultants without an organisation of their own see every pool in the lists. */
    public boolean seesEveryPool() {
        return consultant && organisationId == null;
    }
}
