package dk.jobandel.platform;

/**
 * The second factor as Spring Security's multi-factor support sees it: the authority of the
 * {@code FactorGrantedAuthority} that a signed-in member gains by giving a code from their authenticator app (or a
 * recovery code). The security configuration requires it of members who set one up and of the roles that must have
 * one; the accounts module grants it.
 */
public final class SecondFactor {

    public static final String AUTHORITY = "FACTOR_TOTP";

    /** Where a member who lacks the factor is sent. */
    public static final String PAGE = "/login/two-factor";

    private SecondFactor() {}
}
