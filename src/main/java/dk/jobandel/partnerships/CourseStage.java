package dk.jobandel.partnerships;

/** The stages of a guidance course, in order. */
public enum CourseStage {
    INTAKE,
    CLARIFYING,
    PARTNER_FOUND,
    AGREEMENT,
    FOLLOW_UP,
    CLOSED
}
