package dk.jobandel.pools;

/** No such pool, need or member, or none the acting member may see or act on: all read the same. */
public final class PoolNotFound extends RuntimeException implements dk.jobandel.platform.ConcealedAsNotFound {

    PoolNotFound(long id) {
        super("No pool item " + id + " for this member");
    }
}
