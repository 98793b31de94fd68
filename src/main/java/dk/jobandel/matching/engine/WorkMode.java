package dk.jobandel.matching.engine;

/** Where a role's work is done; the engine's own copy so that it depends on no other module. */
public enum WorkMode {
    /** At the workplace: the freelancer must work on site and live within their travel distance. */
    ON_SITE,
    /** Partly at the workplace: the freelancer works hybrid or on site, and lives within their travel distance. */
    HYBRID,
    /** From anywhere: the freelancer must work remotely; distance does not matter. */
    REMOTE
}
