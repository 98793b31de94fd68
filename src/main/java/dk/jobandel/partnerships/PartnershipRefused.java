package dk.jobandel.partnerships;

/** A rule refused the action; the reason is the message {@code partnerships.refused.<reason>}. */
public final class PartnershipRefused extends RuntimeException {

    private final String reason;

    PartnershipRefused(String reason) {
        super(reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    public String messageKey() {
        return "partnerships.refused." + reason;
    }
}
