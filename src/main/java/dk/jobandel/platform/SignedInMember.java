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

    // What pages and dashboard panels ask of the roles, in one place (issue 18): the modules' rules ask the members
    // module's Actor instead, which also knows the member's organisation.

    /** A consultant or an admin: sees the consultants' areas and every organisation's data. */
    default boolean consultant() {
        return hasRole("CONSULTANT") || hasRole("ADMIN");
    }

    /** A freelancer, with a profile of their own. */
    default boolean freelancer() {
        return hasRole("FREELANCER");
    }

    /** Staff of an organisation (a cooperative, SØV, firm or municipality; the role is called COOPERATIVE). */
    default boolean staff() {
        return hasRole("COOPERATIVE");
    }
}
