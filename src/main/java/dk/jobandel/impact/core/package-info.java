/**
 * The impact figures and their disclosure control in plain Java: no Spring, JDBC or JPA (an ArchUnit rule checks it).
 */
@org.jspecify.annotations.NullMarked
package dk.jobandel.impact.core;
