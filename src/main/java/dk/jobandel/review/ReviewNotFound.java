package dk.jobandel.review;

import dk.jobandel.platform.ConcealedAsNotFound;
import dk.jobandel.platform.PageNotFound;

/** No such proposal or offer, or none the member may see: pages answer 404 either way. */
public final class ReviewNotFound extends PageNotFound implements ConcealedAsNotFound {

    public ReviewNotFound() {
        super();
    }
}
