package dk.jobandel.roles;

/** How much a role needs a skill. */
public enum Requirement {
    /** Every person sharing the role must have it. */
    MUST_EACH,
    /** At least one of the people sharing the role must have it. */
    MUST_ONE,
    /** A plus, not a condition. */
    NICE
}
