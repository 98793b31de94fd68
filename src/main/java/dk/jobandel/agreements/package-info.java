/**
 * Agreements: what a cooperative and the freelancers who share one of its roles have agreed (who works which
 * half-hours of the week, from when to when, on which terms), and the bookings that reserve each person's time.
 * PostgreSQL itself refuses a booking that overlaps the same person's time in overlapping dates (an exclusion
 * constraint), and {@link dk.jobandel.agreements.WorkingTimeRules} checks the Danish working-time rules across all
 * of a person's agreements before one is made. Its API is {@link dk.jobandel.agreements.Agreements} (make, end and
 * read agreements) and {@link dk.jobandel.agreements.Bookings} (booked time, for matching); every state change goes
 * into the {@link dk.jobandel.audit.AuditTrail}. Pool agreements employ one worker through a pool's host on the pool's
 * terms, with each member's part of the week recorded ({@link dk.jobandel.agreements.NewPoolAgreement}); the module
 * answers the pool overview's covered hours ({@link dk.jobandel.pools.NeedBookings}) and each pool month's usage for
 * the statements ({@link dk.jobandel.agreements.PoolMonth}). Its rules are plain Java in
 * {@code dk.jobandel.agreements.core}; the façade keeps the state in one store per aggregate
 * ({@code AgreementStore}, {@code BookingStore}) and reads the pages through {@code AgreementQueries}. What it needs of
 * pools comes from {@link dk.jobandel.pools.PoolsForAgreements}: no statement here names a pools table.
 */
@org.jspecify.annotations.NullMarked
package dk.jobandel.agreements;
