/**
 * The partnerships module's rules in plain Java: the service catalogue and target groups, the RSV badge and its yearly
 * reminder, the scorer that ranks SØVs for a need and needs for a SØV, the guidance course's stage machine, the
 * intake queue's working-day flag, introductions' accept-only-together and the quarterly follow-up dates. The scorer's
 * results ({@link dk.jobandel.partnerships.core.Match}, {@link dk.jobandel.partnerships.core.Criterion}) are part of the
 * module's API: procurement shows them when it suggests suppliers for a contract.
 */
@org.springframework.modulith.NamedInterface("core")
@org.jspecify.annotations.NullMarked
package dk.jobandel.partnerships.core;
