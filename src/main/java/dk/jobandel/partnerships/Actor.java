package dk.jobandel.partnerships;

import dk.jobandel.members.OrganisationKind;
import org.jspecify.annotations.Nullable;

/**
 * The acting member as this module sees them: a consultant (or admin), or staff of one organisation of a kind.
 *
 * @param organisationId the organisation whose staff they are, or {@code null}
 * @param kind that organisation's kind, or {@code null}
 */
public record Actor(
        long accountId,
        boolean consultant,
        @Nullable Long organisationId,
        @Nullable OrganisationKind kind) {

    public boolean isSov() {
        return kind == OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE && organisationId != null;
    }

    public boolean isFirm() {
        return kind == OrganisationKind.FIRM && organisationId != null;
    }

    public boolean isCooperative() {
        return kind == OrganisationKind.COOPERATIVE && organisationId != null;
    }

    /** Staff of this organisation, or a consultant. */
    public boolean mayRead(long organisation) {
        return consultant || (organisationId != null && organisationId == organisation);
    }

    public boolean isStaffOf(long organisation) {
        return organisationId != null && organisationId == organisation;
    }
}
