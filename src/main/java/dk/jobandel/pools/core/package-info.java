/**
 * The pools module's rules in plain Java (no Spring, JDBC or JPA; an ArchUnit rule in {@code ModularityTests} checks
 * it). Each rule takes facts and returns a {@link dk.jobandel.shared.core.Decision}: who may see and change a pool
 * ({@link dk.jobandel.pools.core.PoolAccess}, {@link dk.jobandel.pools.core.Viewer}), creating a pool
 * ({@link dk.jobandel.pools.core.PoolRules}), an organisation's membership from application to leaving
 * ({@link dk.jobandel.pools.core.MembershipRules}), the rules of a need and its changes
 * ({@link dk.jobandel.pools.core.NeedRules}) and the arithmetic of covered hours
 * ({@link dk.jobandel.pools.core.Coverage}). The pages read {@code Viewer} and {@code Coverage}, so the package is a
 * named interface of the module.
 */
@org.springframework.modulith.NamedInterface("core")
@org.jspecify.annotations.NullMarked
package dk.jobandel.pools.core;
