/**
 * The password policy (NIST SP 800-63B: length, not composition; common passwords refused), exposed to
 * other modules' forms as the named interface {@code password} so that every place that sets a password
 * (sign-up, invitations, the account page, the password reset) applies the same rule.
 */
@org.springframework.modulith.NamedInterface("password")
@org.jspecify.annotations.NullMarked
package dk.jobandel.members.password;
