package dk.jobandel.members;

/**
 * What an organisation is to the movement, asked at registration: a cooperative, a social-economy enterprise (SØV),
 * an ordinary firm (virksomhed) that wants a social-economy partnership, or a municipality (kommune) whose purchasing
 * staff put social clauses into contracts. The legal form stays in {@link OrganisationType}.
 */
public enum OrganisationKind {
    COOPERATIVE,
    SOCIAL_ECONOMY_ENTERPRISE,
    FIRM,
    MUNICIPALITY;

    /** The kind an organisation registered before kinds existed is given, from its type. */
    public static OrganisationKind from(OrganisationType type) {
        return switch (type) {
            case SOCIAL_ECONOMY_ENTERPRISE -> SOCIAL_ECONOMY_ENTERPRISE;
            case MUNICIPALITY -> MUNICIPALITY;
            default -> COOPERATIVE;
        };
    }
}
