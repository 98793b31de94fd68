package dk.jobandel.pools.core;

import dk.jobandel.pools.MemberStatus;
import org.jspecify.annotations.Nullable;

/** What the reader of a pool page is in the pool and may do there. Built by {@link PoolAccess#viewer}. */
public record Viewer(
        @Nullable Long organisationId,
        @Nullable Long memberId,
        @Nullable MemberStatus status,
        boolean host,
        boolean consultant,
        boolean organisationVerified) {

    /** Needs, workers, applications and coverage: the approved members' staff and consultants. */
    public boolean canSeeNeeds() {
        return consultant || status == MemberStatus.APPROVED;
    }

    public boolean canPostNeeds() {
        return status == MemberStatus.APPROVED;
    }

    public boolean canDecide() {
        return host;
    }

    public boolean canManageWorkers() {
        return host || consultant;
    }

    public boolean canApply() {
        return organisationId != null && MembershipRules.mayApplyFrom(status);
    }

    public boolean canLeave() {
        return !host && MembershipRules.isIn(status);
    }
}
