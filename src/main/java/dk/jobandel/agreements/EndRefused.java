package dk.jobandel.agreements;

/**
 * Ending refused by a rule about the last day; {@link #messageCode()} says which, for the field on the page. Nothing
 * was changed.
 */
public final class EndRefused extends RuntimeException {

    private final String messageCode;

    EndRefused(String messageCode) {
        super(messageCode);
        this.messageCode = messageCode;
    }

    public String messageCode() {
        return messageCode;
    }
}
