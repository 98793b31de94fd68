package dk.jobandel.partnerships;

import dk.jobandel.platform.ConcealedAsNotFound;
import dk.jobandel.platform.PageNotFound;

/** No such profile, need, course, introduction or partnership, or none the acting member may see: all read the same. */
public final class PartnershipNotFound extends PageNotFound implements ConcealedAsNotFound {

    PartnershipNotFound(long id) {
        super("No partnership item " + id + " for this member");
    }
}
