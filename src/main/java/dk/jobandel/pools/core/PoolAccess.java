package dk.jobandel.pools.core;

import dk.jobandel.members.Actor;
import dk.jobandel.pools.MemberStatus;
import dk.jobandel.shared.core.Decision;
import org.jspecify.annotations.Nullable;

/**
 * Who may see and change what of a pool. Consultants and any organisation's staff may see a pool; anybody else reads
 * not found. Only the host's staff change its terms and decide applications (consultants guide; the host decides).
 * The host's staff and consultants manage its workers. Only approved members' staff post and change needs.
 */
public final class PoolAccess {

    private PoolAccess() {}

    public static Decision seesPool(Actor actor) {
        return actor.consultant() || actor.organisationId() != null ? Decision.ALLOWED : Decision.HIDDEN;
    }

    /** The reader's place in the pool, when {@link #seesPool} allows it. */
    public static Viewer viewer(
            Actor actor, long hostOrganisationId, @Nullable Long memberId, @Nullable MemberStatus status) {
        return new Viewer(
                actor.organisationId(),
                memberId,
                status,
                actor.isStaffOf(hostOrganisationId),
                actor.consultant(),
                actor.organisationId() != null && actor.verified());
    }

    /** Changing the terms and deciding applications: the host's staff only. */
    public static Decision hosts(Actor actor, long hostOrganisationId) {
        return actor.isStaffOf(hostOrganisationId) ? Decision.ALLOWED : Decision.HIDDEN;
    }

    /** Adding, listing and removing workers: the host's staff and consultants. */
    public static Decision managesWorkers(Actor actor, long hostOrganisationId) {
        return actor.isStaffOf(hostOrganisationId) || actor.consultant() ? Decision.ALLOWED : Decision.HIDDEN;
    }

    /** Posting, changing and withdrawing needs: the staff of an approved member. */
    public static Decision postsNeeds(Actor actor, @Nullable MemberStatus status) {
        return actor.organisationId() != null && status == MemberStatus.APPROVED ? Decision.ALLOWED : Decision.HIDDEN;
    }
}
