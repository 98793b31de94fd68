package dk.jobandel.partnerships;

/** How a guidance course ended. The first three close partnership courses, the last three secure-employment ones. */
public enum Outcome {
    PARTNERSHIP,
    /** Needs a reason. */
    NO_PARTNERSHIP,
    NO_HELP_NEEDED,
    /** Secure terms in place for the shared employment (secure-employment courses). */
    TERMS_SECURED,
    /** The cooperative decided not to share jobs or employees; needs a reason (secure-employment courses). */
    NO_SHARING
}
