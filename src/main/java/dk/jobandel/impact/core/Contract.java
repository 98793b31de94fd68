package dk.jobandel.impact.core;

/** Whether a placement is employment (wage work with pension, holiday pay and a-kasse hours) or freelance work. */
public enum Contract {
    EMPLOYMENT,
    FREELANCE
}
