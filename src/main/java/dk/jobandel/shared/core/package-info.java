/**
 * What every module's rules share, in plain Java (no Spring, JDBC or JPA; an ArchUnit rule in {@code ModularityTests}
 * checks it): the {@link dk.jobandel.shared.core.Decision} that a rule returns. A named interface, so that every
 * module's {@code core} may use it.
 */
@org.springframework.modulith.NamedInterface("core")
@org.jspecify.annotations.NullMarked
package dk.jobandel.shared.core;
