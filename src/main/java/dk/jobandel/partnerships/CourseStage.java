package dk.jobandel.partnerships;

/**
 * The stages of a guidance course, in order. Partnership courses use intake, clarifying, partner found, agreement,
 * follow-up, closed; secure-employment courses use intake, clarifying, plan, agreements in place, follow-up, closed.
 */
public enum CourseStage {
    INTAKE,
    CLARIFYING,
    PARTNER_FOUND,
    AGREEMENT,
    PLAN,
    AGREEMENTS_IN_PLACE,
    FOLLOW_UP,
    CLOSED
}
