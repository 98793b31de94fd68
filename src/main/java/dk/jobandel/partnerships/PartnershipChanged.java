package dk.jobandel.partnerships;

/** Somebody changed the item since the page was loaded: nothing was saved. */
public final class PartnershipChanged extends RuntimeException {

    PartnershipChanged(long id) {
        super("Changed meanwhile: " + id);
    }
}
