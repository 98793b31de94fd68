package dk.jobandel.pools;

/** An action the pool's rules do not allow; {@link #messageCode()} says why, for the page. */
public final class PoolRefused extends RuntimeException {

    private final String messageCode;

    PoolRefused(String messageCode) {
        super(messageCode);
        this.messageCode = messageCode;
    }

    public String messageCode() {
        return messageCode;
    }
}
