/**
 * The agreements module's rules in plain Java (no Spring, JDBC or JPA; an ArchUnit rule in {@code ModularityTests}
 * checks it). Each rule takes facts and returns a decision: who may see and end an agreement and read a pool's month
 * ({@link dk.jobandel.agreements.core.AgreementAccess}), ending one ({@link dk.jobandel.agreements.core.Ending}), the
 * checks before one is made ({@link dk.jobandel.agreements.core.CreationRules}, with the working-time rules of
 * {@link dk.jobandel.agreements.WorkingTimeRules}), how its time is booked
 * ({@link dk.jobandel.agreements.core.BookingRules}) and the days of a month an agreement ran
 * ({@link dk.jobandel.agreements.core.MonthUsage}).
 */
@org.jspecify.annotations.NullMarked
package dk.jobandel.agreements.core;
