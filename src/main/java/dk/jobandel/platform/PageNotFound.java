package dk.jobandel.platform;

import org.jspecify.annotations.Nullable;

/**
 * What a page answers as not found (404, the page {@code error/404}): no such thing, or one the member may not see.
 * Every module's not-found exception extends this one, and one advice in {@code platform.web} maps them all (issue
 * 18), so that no controller copies a handler. Those that may stand for a denial also implement
 * {@link ConcealedAsNotFound}, which the security log records.
 */
public abstract class PageNotFound extends RuntimeException {

    protected PageNotFound(@Nullable String message) {
        super(message);
    }

    /** Without a message or a stack trace: cheap to throw, for what is not found often and needs no trace. */
    protected PageNotFound() {
        super(null, null, false, false);
    }
}
