package dk.jobandel.members;

import java.util.Locale;

/**
 * Published, inside the sign-up transaction, when somebody signed up through the sign-up form: their
 * address is not confirmed yet, and the accounts module sends the link that confirms it.
 */
public record MemberSignedUp(long accountId, String email, String displayName, Locale language) {}
