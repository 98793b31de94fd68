package dk.jobandel.platform;

import org.jspecify.annotations.Nullable;

/**
 * Something that matters for the security of an account or of the platform, published by the module where it
 * happened (inside its transaction) and recorded by the security log: password and e-mail changes, second-factor
 * changes, sessions ended, staff removed, admin actions.
 *
 * @param kind what happened, in capitals (e.g. {@code PASSWORD_CHANGED}); the security log names it in words
 * @param accountId the account it happened to, if any
 * @param actorId who did it, when somebody else than the account's owner (an admin, a colleague)
 * @param detail a short plain-text detail (a reason, an organisation's id), never a secret
 */
public record SecurityEvent(
        String kind,
        @Nullable Long accountId,
        @Nullable Long actorId,
        @Nullable String detail) {

    public static SecurityEvent of(String kind, long accountId) {
        return new SecurityEvent(kind, accountId, null, null);
    }
}
