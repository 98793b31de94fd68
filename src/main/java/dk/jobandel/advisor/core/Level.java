package dk.jobandel.advisor.core;

/** How much a finding matters. */
public enum Level {
    /** Breaks a rule or Jobandel's secure-terms requirement: the role or offer cannot be published until fixed. */
    BLOCKING,
    /** Probably wrong or risky: a person should look, and a consultant may ask. */
    WARNING,
    /** Information and good practice: what follows from the terms, and how to do better. */
    GOOD_PRACTICE
}
