/**
 * Privacy: the promises of the privacy notice kept in code. Every module that stores personal data contributes a
 * {@link dk.jobandel.platform.PersonalData}; this module orchestrates them: a member's export (a ZIP of JSON built
 * in the background, 7 days to download), erasure after the password (and second factor) or on a written request
 * to a consultant, the daily retention run, consent records, the log of who looked at a freelancer's profile,
 * the records of processing (GDPR art. 30) and the notice itself, both generated from the contributions.
 * Public API: {@link dk.jobandel.privacy.Exports}, {@link dk.jobandel.privacy.Erasures},
 * {@link dk.jobandel.privacy.Retention}, {@link dk.jobandel.privacy.Consents},
 * {@link dk.jobandel.privacy.ProfileViews}, {@link dk.jobandel.privacy.PersonalDataMap}.
 */
@org.jspecify.annotations.NullMarked
package dk.jobandel.privacy;
