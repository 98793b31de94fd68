package dk.jobandel.partnerships;

/**
 * What a guidance course is about: a firm's social-economy partnership, or a cooperative's secure shared employment
 * (job sharing or employee sharing on secure terms, asked for from the advisor's secure-terms panel). Each kind has its
 * own stages, outcomes and checklist ({@link dk.jobandel.partnerships.core.CourseRules}).
 */
public enum CourseKind {
    PARTNERSHIP,
    SECURE_EMPLOYMENT;

    /** The checklist a course of this kind follows, when the kind has one of its own. */
    public static final String SECURE_EMPLOYMENT_CHECKLIST = "SECURE_SHARED_EMPLOYMENT";
}
