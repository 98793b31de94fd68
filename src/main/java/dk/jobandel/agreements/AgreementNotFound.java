package dk.jobandel.agreements;

import dk.jobandel.platform.ConcealedAsNotFound;
import dk.jobandel.platform.PageNotFound;

/** No such agreement, or none the member may see: both read the same (404). */
public final class AgreementNotFound extends PageNotFound implements ConcealedAsNotFound {

    AgreementNotFound(long agreementId) {
        super("No agreement " + agreementId + " for this member");
    }
}
