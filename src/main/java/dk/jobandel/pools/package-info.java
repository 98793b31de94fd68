/**
 * Pools (employee sharing): several organisations jointly employ workers through one host organisation, the
 * employer of record. A consultant or verified cooperative creates a pool; other verified organisations apply and
 * the host's staff approve or reject; approved members post part-time needs (a week window, hours, place, skills),
 * visible only to the pool's members and consultants; the host or a consultant adds freelancers who want pool work
 * as workers. The portfolio planner reads {@link dk.jobandel.pools.Pools#openNeeds()} and
 * {@link dk.jobandel.pools.Pools#workers()}. Its API is {@link dk.jobandel.pools.Pools}.
 */
@org.jspecify.annotations.NullMarked
package dk.jobandel.pools;
