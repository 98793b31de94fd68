package dk.jobandel.agreements.core;

import dk.jobandel.shared.core.Decision;
import org.jspecify.annotations.Nullable;

/**
 * Who may see and end an agreement, and read the lists and pool months built from agreements. Consultants and admins
 * ("overseers") see everything; anybody else who may not see a thing reads "not found" ({@link Decision#HIDDEN}).
 */
public final class AgreementAccess {

    private AgreementAccess() {}

    /**
     * Seeing one agreement: its freelancers, its cooperative's staff, for a pool agreement the staff of each member
     * organisation with a part in it, and overseers.
     */
    public static Decision sees(boolean party, boolean staff, boolean memberStaff, boolean overseer) {
        return party || staff || memberStaff || overseer ? Decision.ALLOWED : Decision.HIDDEN;
    }

    /** Ending an agreement: either side, one of its freelancers or the cooperative's staff (not overseers). */
    public static Decision ends(boolean party, boolean staff) {
        return party || staff ? Decision.ALLOWED : Decision.HIDDEN;
    }

    /** A freelancer's list of agreements: the freelancer and overseers. */
    public static Decision seesFreelancer(long viewerId, long freelancerId, boolean overseer) {
        return viewerId == freelancerId || overseer ? Decision.ALLOWED : Decision.HIDDEN;
    }

    /** An organisation's list of agreements: its staff and overseers. */
    public static Decision seesOrganisation(boolean staff, boolean overseer) {
        return staff || overseer ? Decision.ALLOWED : Decision.HIDDEN;
    }

    /**
     * Who reads a pool's month, and whose shares they see. Overseers and the host's staff see all of it ({@code null}
     * organisation); the staff of a member (approved, or with a part in one of the pool's agreements) see it marked
     * with their organisation, so that only its shares are shown; anybody else reads "not found".
     *
     * @param staffOf the organisation the reader is staff of, {@code null} when none
     * @param member whether that organisation is an approved member or has a part in one of the pool's agreements
     */
    public static MonthReader readsPoolMonth(
            boolean overseer, @Nullable Long staffOf, long hostOrganisationId, boolean member) {
        if (overseer) {
            return new MonthReader(Decision.ALLOWED, null);
        }
        if (staffOf == null) {
            return new MonthReader(Decision.HIDDEN, null);
        }
        if (staffOf == hostOrganisationId) {
            return new MonthReader(Decision.ALLOWED, null);
        }
        return member ? new MonthReader(Decision.ALLOWED, staffOf) : new MonthReader(Decision.HIDDEN, null);
    }

    /**
     * The answer of {@link #readsPoolMonth}.
     *
     * @param organisationId the organisation whose shares alone the reader sees; {@code null}: all of them
     */
    public record MonthReader(Decision decision, @Nullable Long organisationId) {}
}
