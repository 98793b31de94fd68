package dk.jobandel.procurement.core;

/** The rule a template rests on (texts {@code procurement.basis.<NAME>}). Stored by name. */
public enum LegalBasis {
    /** A contract-performance condition: proportionate, linked to the subject, announced in the tender documents. */
    PERFORMANCE_CONDITION,
    /** Udbudsloven § 176(2): trainee clauses, required in larger contracts performed in Denmark. */
    TRAINEES_176,
    /** A quality criterion under the best price–quality ratio. */
    AWARD_CRITERIA,
    /** Udbudsloven § 190: reservation for certain health, social and cultural services of the light regime. */
    RESERVATION_190,
    /** Reservation for sheltered workplaces where at least 30 % of the staff are disabled or disadvantaged. */
    SHELTERED_WORKPLACE
}
