package dk.jobandel.review;

/**
 * A review or offer action that the state of things does not allow (a proposal already decided, an offer
 * already answered), or that somebody else's action got ahead of. Nothing was changed; the message key says
 * why in words for the page.
 */
public final class ReviewRefused extends RuntimeException {

    private final String messageKey;

    public ReviewRefused(String messageKey) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
