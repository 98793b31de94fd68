/**
 * The impact figures and their disclosure control in plain Java: no Spring, JDBC or JPA (an ArchUnit rule checks it).
 * Its value types (what a person states, say) are part of the impact module's API.
 */
@org.springframework.modulith.NamedInterface("core")
@org.jspecify.annotations.NullMarked
package dk.jobandel.impact.core;
