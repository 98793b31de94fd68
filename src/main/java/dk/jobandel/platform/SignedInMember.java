package dk.jobandel.platform;

import java.util.Locale;

/**
 * What the platform needs to know of a signed-in member: implemented by the principal that the
 * members module puts in the security context, so the platform never depends on that module.
 */
public interface SignedInMember {

    long accountId();

    String displayName();

    Locale preferredLocale();

    /** Whether the member has set up a second factor, which they must then give at every sign-in. */
    default boolean secondFactorEnabled() {
        return false;
    }

    /** Whether the member holds the role, named without the {@code ROLE_} prefix (e.g. {@code "FREELANCER"}). */
    boolean hasRole(String role);
}
