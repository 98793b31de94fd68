package dk.jobandel.review;

/** No such proposal or offer, or none the member may see: pages answer 404 either way. */
public final class ReviewNotFound extends RuntimeException implements dk.jobandel.platform.ConcealedAsNotFound {

    public ReviewNotFound() {
        super(null, null, false, false);
    }
}
