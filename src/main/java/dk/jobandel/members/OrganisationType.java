package dk.jobandel.members;

/** The legal and social forms of organisation that Jobandel serves. */
public enum OrganisationType {
    WORKER_COOPERATIVE,
    SOCIAL_ECONOMY_ENTERPRISE,
    ASSOCIATION,
    OTHER_COOPERATIVE,
    /** One of the 98 municipalities, as a public buyer. */
    MUNICIPALITY
}
