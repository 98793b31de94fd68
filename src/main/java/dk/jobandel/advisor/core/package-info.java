/**
 * The advisor's rules in plain Java (no Spring, no JDBC): the {@link dk.jobandel.advisor.core.RuleBook} of thresholds
 * and rates with their sources, the {@link dk.jobandel.advisor.core.TermsCheck} that turns a role's, a pool's or an
 * offer's terms into findings (blocking, warning, good practice) and the {@link dk.jobandel.advisor.core.ScoreCard} of
 * five Fairwork-like principles. Its value types are part of the advisor module's API (named interface "core").
 */
@org.springframework.modulith.NamedInterface("core")
@org.jspecify.annotations.NullMarked
package dk.jobandel.advisor.core;
