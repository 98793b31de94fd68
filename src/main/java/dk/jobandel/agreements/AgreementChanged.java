package dk.jobandel.agreements;

/** A change based on an old version of an agreement: somebody changed it in between. Nothing was changed. */
public final class AgreementChanged extends RuntimeException {

    AgreementChanged(long agreementId) {
        super("Agreement " + agreementId + " changed since it was read");
    }
}
