package dk.jobandel.pools;

import dk.jobandel.platform.ConcealedAsNotFound;
import dk.jobandel.platform.PageNotFound;

/** No such pool, need or member, or none the acting member may see or act on: all read the same. */
public final class PoolNotFound extends PageNotFound implements ConcealedAsNotFound {

    PoolNotFound(long id) {
        super("No pool item " + id + " for this member");
    }
}
