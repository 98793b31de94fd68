package dk.jobandel.impact.core;

/** Gender as a person chose to state it for impact statistics. */
public enum Gender {
    WOMAN,
    MAN,
    OTHER
}
