/**
 * The review module's rules in plain Java (no Spring, no JDBC; an ArchUnit rule in {@code ModularityTests} checks
 * it). Each rule takes facts and returns a {@link dk.jobandel.shared.core.Decision} or the next state: who may see and
 * answer an offer and how offers end ({@link dk.jobandel.review.core.OfferRules}), where an offered proposal ends
 * ({@link dk.jobandel.review.core.RoundOutcome}), who sees the other parties' contacts
 * ({@link dk.jobandel.review.core.Contacts}), and where a freelancer stands on the way from profile to agreement
 * ({@link dk.jobandel.review.core.FreelancerProgress}). Internal to the module.
 */
@org.jspecify.annotations.NullMarked
package dk.jobandel.review.core;
