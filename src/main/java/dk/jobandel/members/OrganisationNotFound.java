package dk.jobandel.members;

/** No such organisation, or none the acting member may see: both read the same to the caller. */
public final class OrganisationNotFound extends RuntimeException implements dk.jobandel.platform.ConcealedAsNotFound {

    OrganisationNotFound(long organisationId) {
        super("No organisation " + organisationId + " for this member");
    }
}
