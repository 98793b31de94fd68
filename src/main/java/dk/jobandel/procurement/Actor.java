package dk.jobandel.procurement;

import dk.jobandel.members.OrganisationKind;
import org.jspecify.annotations.Nullable;

/**
 * The acting member as procurement sees them: a consultant (or admin), or staff of one organisation.
 *
 * @param verified whether a consultant has verified the organisation
 */
public record Actor(
        long accountId,
        boolean consultant,
        @Nullable Long organisationId,
        @Nullable OrganisationKind kind,
        boolean verified) {

    /** Staff of a municipality, verified or not. */
    public boolean isMunicipality() {
        return organisationId != null && kind == OrganisationKind.MUNICIPALITY;
    }

    /** Staff of a SØV, cooperative or firm: somebody who may supply. */
    public boolean isSupplier() {
        return organisationId != null && kind != OrganisationKind.MUNICIPALITY;
    }

    public boolean isStaffOf(long organisation) {
        return organisationId != null && organisationId == organisation;
    }

    long organisation() {
        if (organisationId == null) {
            throw new IllegalStateException("not staff of an organisation");
        }
        return organisationId;
    }
}
