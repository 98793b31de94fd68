package dk.jobandel.members;

/** A consultant checks every organisation before it may publish work. */
public enum VerificationStatus {
    AWAITING_VERIFICATION,
    VERIFIED,
    REJECTED
}
