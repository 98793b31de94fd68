package dk.jobandel.matching.engine;

/** One soft criterion of a score; the weights live in {@link Weights}. */
public enum Criterion {
    /** The share of the role's half-hours the person is free for. */
    COVERAGE,
    /** Nice-to-have skills held at the level wanted (for a shared role, single candidates also count the skills at
     * least one sharer must have). For a team: held by at least one member. */
    SKILLS,
    /** How far above the minimum level the required skills are held. */
    LEVELS,
    /** How the person's share of hours sits in the hours they want. */
    HOURS,
    /** How close the person lives, relative to how far they will travel. */
    TRAVEL,
    /** How close a team's split of hours comes to the preferred split. */
    FAIRNESS,
    /** How alike the team members answered the work-style questionnaire. */
    WORK_STYLE
}
