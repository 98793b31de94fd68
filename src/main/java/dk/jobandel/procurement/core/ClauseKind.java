package dk.jobandel.procurement.core;

/** What a clause template is (texts {@code procurement.kind.<NAME>}). Stored by name. */
public enum ClauseKind {
    /** A condition on how the contract is performed (udbudsloven § 176). */
    PERFORMANCE_CLAUSE,
    /** Suppliers compete on it; the offer becomes a commitment. */
    AWARD_CRITERION,
    /** Only some organisations may bid. */
    RESERVATION,
    /** Trainees or apprentices in the contract's work. */
    TRAINEE_CLAUSE
}
