/**
 * Accounts: what a member manages about their own login on "Min konto" / "My account" (name, language,
 * e-mail address confirmed by a link, which notices come by e-mail, password, and their signed-in
 * sessions with the means to end them), and the forgotten-password link. Links sent by e-mail carry a
 * random token of which only a SHA-256 hash is stored, are single-use and expire. Requests that send
 * mail or check a password are rate-limited through {@link dk.jobandel.platform.RateLimits}. The account
 * itself belongs to the members module ({@link dk.jobandel.members.Accounts}); sessions are Spring
 * Session JDBC's, found by the account index that the platform sets at sign-in. Its public API is
 * {@link dk.jobandel.accounts.AccountSettings}, {@link dk.jobandel.accounts.MemberSessions} and
 * {@link dk.jobandel.accounts.PasswordResets}.
 */
@org.jspecify.annotations.NullMarked
package dk.jobandel.accounts;
