package dk.jobandel.agreements;

/**
 * Where an agreement stands. An ended agreement may still run until its last day: ending sets the last day, and the
 * bookings stop after it.
 */
public enum AgreementStatus {
    ACTIVE,
    ENDED
}
