/**
 * Security log: a record of what matters for the security of accounts (sign-in success and failure, password,
 * e-mail and second-factor changes, sessions ended, denied access, staff removal, verification decisions and admin
 * actions), written as one structured log line each and kept in PostgreSQL for a year, where admins read it with
 * filters ({@code /admin/security-events}). It listens to Spring Security's authentication and authorization events,
 * to {@link dk.jobandel.platform.SecurityEvent}s that other modules publish, and to the members module's events.
 * Its public API is {@link dk.jobandel.securitylog.SecurityLog}.
 */
@org.jspecify.annotations.NullMarked
package dk.jobandel.securitylog;
