package dk.jobandel.impact.core;

/**
 * What a breakdown groups people by. The last three come only from what people stated with their consent; people
 * who did not consent are one group of their own ({@link #NOT_STATED}), so every breakdown adds up to the same total.
 */
public enum Dimension {
    REGION(false),
    MUNICIPALITY(false),
    ORGANISATION(false),
    KIND(false),
    MONTH(false),
    GENDER(true),
    AGE_BAND(true),
    SITUATION(true);

    /** The group key of people without consent in the consent-based breakdowns. */
    public static final String NOT_STATED = "NOT_STATED";

    private final boolean needsConsent;

    Dimension(boolean needsConsent) {
        this.needsConsent = needsConsent;
    }

    public boolean needsConsent() {
        return needsConsent;
    }
}
