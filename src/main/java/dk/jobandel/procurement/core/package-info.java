/**
 * The procurement module's rules in plain Java (no Spring, JDBC or JPA; an ArchUnit rule checks it): the kinds of
 * clause, their legal basis and target units, the check that warns about doubtful choices in a contract, and the
 * follow-up arithmetic (reporting periods, overdue flags against a given day, committed against actual). Its value
 * types (a clause's kind, a contract's status, the check's warnings) are part of the module's API.
 */
@org.springframework.modulith.NamedInterface("core")
@org.jspecify.annotations.NullMarked
package dk.jobandel.procurement.core;
