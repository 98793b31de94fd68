package dk.jobandel.platform;

import org.springframework.session.FindByIndexNameSessionRepository;

/**
 * What a member's session records about itself when they sign in, so that they can see their sessions
 * on their account page and end them: the account it belongs to (Spring Session's principal-name index,
 * by account id so that it survives an e-mail change), the browser and the client address.
 */
public final class SessionDetails {

    /** Spring Session indexes sessions by this attribute (the {@code principal_name} column). */
    public static final String ACCOUNT_INDEX = FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME;

    public static final String USER_AGENT = "dk.jobandel.session.userAgent";

    public static final String ADDRESS = "dk.jobandel.session.address";

    /** When the member signed in (epoch milliseconds): the absolute lifetime counts from here. */
    public static final String SIGNED_IN_AT = "dk.jobandel.session.signedInAt";

    /** How many seconds the session may live after the sign-in, however busy it is. */
    public static final String ABSOLUTE_SECONDS = "dk.jobandel.session.absoluteSeconds";

    private SessionDetails() {}

    /** The index value of one account's sessions. */
    public static String indexOf(long accountId) {
        return "account:" + accountId;
    }
}
