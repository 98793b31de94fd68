package dk.jobandel.partnerships;

/** No such profile, need, course, introduction or partnership, or none the acting member may see: all read the same. */
public final class PartnershipNotFound extends RuntimeException implements dk.jobandel.platform.ConcealedAsNotFound {

    PartnershipNotFound(long id) {
        super("No partnership item " + id + " for this member");
    }
}
