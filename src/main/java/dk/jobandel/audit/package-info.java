/**
 * Audit: the trail of state changes of the things members act on (proposals, offers, agreements): who
 * changed what from which state to which, when, and why. Modules record a change with
 * {@link dk.jobandel.audit.AuditTrail#record} in the same transaction as the change itself, and pages show
 * a subject's history with {@link dk.jobandel.audit.AuditTrail#timeline} and the fragment
 * {@code templates/fragments/timeline.html}. It depends on no other module.
 */
@org.jspecify.annotations.NullMarked
package dk.jobandel.audit;
