/**
 * The review module's rules in plain Java (no Spring, no JDBC): where a freelancer stands on the way from profile to
 * agreement ({@link dk.jobandel.review.core.FreelancerProgress}). Internal to the module.
 */
@org.jspecify.annotations.NullMarked
package dk.jobandel.review.core;
