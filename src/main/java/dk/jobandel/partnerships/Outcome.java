package dk.jobandel.partnerships;

/** How a guidance course ended. */
public enum Outcome {
    PARTNERSHIP,
    /** Needs a reason. */
    NO_PARTNERSHIP,
    NO_HELP_NEEDED
}
