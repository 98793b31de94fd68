package dk.jobandel.agreements;

/** No such agreement, or none the member may see: both read the same (404). */
public final class AgreementNotFound extends RuntimeException implements dk.jobandel.platform.ConcealedAsNotFound {

    AgreementNotFound(long agreementId) {
        super("No agreement " + agreementId + " for this member");
    }
}
