package dk.jobandel.pools.core;

import dk.jobandel.members.Actor;
import dk.jobandel.pools.MemberStatus;
import dk.jobandel.shared.core.Decision;
import org.jspecify.annotations.Nullable;

/**
 * An organisation's membership of a pool: it applies (again after a rejection or leaving), the host's staff approve
 * or reject the application, and a member leaves or withdraws its application (the host never leaves its own pool).
 * {@code null} stands for "never applied".
 *
 * <pre>
 *   (none), REJECTED, LEFT --apply--> APPLIED --approve--> APPROVED
 *                                     APPLIED --reject---> REJECTED
 *                           APPLIED, APPROVED --leave----> LEFT
 * </pre>
 */
public final class MembershipRules {

    private MembershipRules() {}

    /** Applied or approved: the organisation is in the pool or on its way in. */
    public static boolean isIn(@Nullable MemberStatus status) {
        return status == MemberStatus.APPLIED || status == MemberStatus.APPROVED;
    }

    /** Never applied, rejected or left: the organisation may apply. */
    public static boolean mayApplyFrom(@Nullable MemberStatus status) {
        return status == null || status == MemberStatus.REJECTED || status == MemberStatus.LEFT;
    }

    /** Who may apply: the staff of a verified organisation. */
    public static Decision applicant(Actor actor) {
        if (actor.organisationId() == null) {
            return Decision.HIDDEN;
        }
        return actor.verified() ? Decision.ALLOWED : Decision.refused("pool.apply.notVerified");
    }

    /** Applying from the organisation's current status. */
    public static Decision apply(@Nullable MemberStatus current) {
        return mayApplyFrom(current) ? Decision.ALLOWED : Decision.refused("pool.apply.already");
    }

    /**
     * Approving or rejecting an application the page showed at {@code basedOnVersion}: only a pending application,
     * and only when nobody decided or withdrew it since.
     */
    public static Decision decide(MemberStatus current, long version, long basedOnVersion) {
        return current == MemberStatus.APPLIED && version == basedOnVersion ? Decision.ALLOWED : Decision.CHANGED;
    }

    /** What a decision makes of the application. */
    public static MemberStatus decision(boolean approve) {
        return approve ? MemberStatus.APPROVED : MemberStatus.REJECTED;
    }

    /** Leaving (or withdrawing the application): members and applicants other than the host. */
    public static Decision leave(Actor actor, @Nullable MemberStatus current, long hostOrganisationId) {
        if (actor.organisationId() == null || !isIn(current)) {
            return Decision.HIDDEN;
        }
        return actor.isStaffOf(hostOrganisationId) ? Decision.refused("pool.leave.host") : Decision.ALLOWED;
    }
}
