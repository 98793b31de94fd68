package dk.jobandel.pools;

/** Somebody changed the membership or need since the page was loaded: the action was not taken. */
public final class PoolChanged extends RuntimeException {

    PoolChanged(long id) {
        super("Changed meanwhile: " + id);
    }
}
