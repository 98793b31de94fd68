package dk.jobandel.roles;

/** Where the work is done. */
public enum WorkMode {
    ON_SITE,
    HYBRID,
    REMOTE
}
