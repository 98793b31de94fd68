/**
 * Pool billing: a pool's monthly statements ({@link dk.jobandel.pools.billing.PoolStatements}) and their CSV file
 * ({@link dk.jobandel.pools.billing.StatementCsv}). The month's costed work comes through the port
 * {@link dk.jobandel.pools.billing.MonthCosts}: the hours used are the agreements', the arithmetic is the matching
 * engine's cost split, and both of those modules depend on pools, so pools declares what it needs and another module
 * provides it (as {@code audit.ActorNames}, ADR 0015). A named interface of the module, for that provider.
 */
@org.springframework.modulith.NamedInterface("billing")
@org.jspecify.annotations.NullMarked
package dk.jobandel.pools.billing;
