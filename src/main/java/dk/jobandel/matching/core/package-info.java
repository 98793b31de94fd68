/**
 * The matching module's rules outside the engine, in plain Java (no Spring, JDBC or JPA; {@code ModularityTests}
 * checks it): what "the same proposal again" means ({@link dk.jobandel.matching.core.Fingerprints}), which roles a
 * change of people or roles affects ({@link dk.jobandel.matching.core.AffectedRoles}), and what a pool need in a
 * portfolio is billed for ({@link dk.jobandel.matching.core.PortfolioParts}).
 */
@org.jspecify.annotations.NullMarked
package dk.jobandel.matching.core;
