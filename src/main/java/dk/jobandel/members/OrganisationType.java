package dk.jobandel.members;

/** The legal and social forms of organisation that Jobandel serves. */
public enum OrganisationType {
    WORKER_COOPERATIVE,
    SOCIAL_ECONOMY_ENTERPRISE,
    ASSOCIATION,
    OTHER_COOPERATIVE
}
