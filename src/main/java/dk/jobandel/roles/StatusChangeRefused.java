package dk.jobandel.roles;

/** A status change the rules do not allow; {@link #messageCode()} says why, for the page. */
public final class StatusChangeRefused extends RuntimeException {

    private final String messageCode;

    StatusChangeRefused(String messageCode) {
        super(messageCode);
        this.messageCode = messageCode;
    }

    public String messageCode() {
        return messageCode;
    }
}
