package dk.jobandel.members;

/** A consultant tried to verify an organisation none of whose staff has confirmed their e-mail address yet. */
public final class OrganisationUnconfirmed extends RuntimeException {

    public OrganisationUnconfirmed(long organisationId) {
        super("No staff of organisation " + organisationId + " has confirmed an e-mail address");
    }
}
