/**
 * Demo: a realistic Danish data set for the {@code demo} profile, which {@code ./mvnw spring-boot:run}
 * switches on and production never does. It only uses other modules' public APIs, and it is
 * idempotent: running it again adds nothing that is already there.
 */
@org.jspecify.annotations.NullMarked
package dk.jobandel.demo;
