/**
 * The advisor ("Rådgiver"): checks shared roles, pools and offers for secure terms before they are published or
 * signed, scores them on five principles (pay, conditions, contracts, management, representation) and shows the
 * steps to improve. The modules that own roles, pools and offers call {@link dk.jobandel.advisor.SecureTerms} with
 * plain facts ({@link dk.jobandel.advisor.core.Terms}); the advisor never reads their tables, so the dependency runs
 * one way. Rules and figures are in {@code core}, the figures in {@code advisor/rules.properties}.
 */
@org.jspecify.annotations.NullMarked
package dk.jobandel.advisor;
