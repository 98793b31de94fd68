package dk.jobandel.impact.core;

/**
 * A person's labour-market situation before Jobandel, in the categories the European Social Fund counts participants
 * by, plus precarious work, which is who Jobandel is for.
 */
public enum Situation {
    PRECARIOUS_WORK,
    UNEMPLOYED,
    LONG_TERM_UNEMPLOYED,
    INACTIVE,
    DISABLED,
    OTHER_DISADVANTAGED,
    EMPLOYED
}
