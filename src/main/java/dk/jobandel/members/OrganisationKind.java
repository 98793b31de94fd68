package dk.jobandel.members;

/**
 * What an organisation is to the movement, asked at registration: a cooperative, a social-economy enterprise (SØV)
 * or an ordinary firm (virksomhed) that wants a social-economy partnership. The legal form stays in
 * {@link OrganisationType}.
 */
public enum OrganisationKind {
    COOPERATIVE,
    SOCIAL_ECONOMY_ENTERPRISE,
    FIRM;

    /** The kind an organisation registered before kinds existed is given, from its type. */
    public static OrganisationKind from(OrganisationType type) {
        return type == OrganisationType.SOCIAL_ECONOMY_ENTERPRISE ? SOCIAL_ECONOMY_ENTERPRISE : COOPERATIVE;
    }
}
