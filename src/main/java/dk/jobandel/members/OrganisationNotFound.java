package dk.jobandel.members;

import dk.jobandel.platform.ConcealedAsNotFound;
import dk.jobandel.platform.PageNotFound;

/** No such organisation, or none the acting member may see: both read the same to the caller. */
public final class OrganisationNotFound extends PageNotFound implements ConcealedAsNotFound {

    OrganisationNotFound(long organisationId) {
        super("No organisation " + organisationId + " for this member");
    }
}
