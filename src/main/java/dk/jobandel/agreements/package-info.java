/**
 * Agreements: what a cooperative and the freelancers who share one of its roles have agreed (who works which
 * half-hours of the week, from when to when, on which terms), and the bookings that reserve each person's time.
 * PostgreSQL itself refuses a booking that overlaps the same person's time in overlapping dates (an exclusion
 * constraint), and {@link dk.jobandel.agreements.WorkingTimeRules} checks the Danish working-time rules across all
 * of a person's agreements before one is made. Its API is {@link dk.jobandel.agreements.Agreements} (make, end and
 * read agreements) and {@link dk.jobandel.agreements.Bookings} (booked time, for matching); every state change goes
 * into the {@link dk.jobandel.audit.AuditTrail}.
 */
@org.jspecify.annotations.NullMarked
package dk.jobandel.agreements;
