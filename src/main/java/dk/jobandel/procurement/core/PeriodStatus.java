package dk.jobandel.procurement.core;

/** Where one reporting period stands on a given day (texts {@code procurement.period.<NAME>}). */
public enum PeriodStatus {
    /** Still running, or not started. */
    NOT_YET_DUE,
    /** Ended; the report may come until the due date. */
    DUE,
    /** Past its due date with no report. */
    OVERDUE,
    REPORTED
}
