package dk.jobandel.roles;

/**
 * An organisation made as many roles as it may (issue 13, review finding 6): {@link #messageCode()} says which limit,
 * for the page.
 */
public final class RoleLimitReached extends RuntimeException {

    private final String messageCode;

    RoleLimitReached(String messageCode) {
        super(messageCode);
        this.messageCode = messageCode;
    }

    public String messageCode() {
        return messageCode;
    }
}
