package dk.jobandel.members;

/** An action based on an old version of an organisation: somebody else acted on it in between. */
public final class OrganisationChanged extends RuntimeException {

    OrganisationChanged(long organisationId) {
        super("Organisation " + organisationId + " changed since it was read");
    }
}
