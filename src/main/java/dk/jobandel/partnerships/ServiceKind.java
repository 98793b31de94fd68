package dk.jobandel.partnerships;

/**
 * The curated catalogue of services a SØV can take on (texts {@code partnerships.service.<NAME>} in both languages).
 * Stored by name: add new services at the end; never rename one.
 */
public enum ServiceKind {
    CLEANING,
    CANTEEN_CATERING,
    IT_SUPPORT,
    GARDENING,
    LAUNDRY,
    PACKAGING_ASSEMBLY,
    RECEPTION,
    BICYCLE_REPAIR,
    HR_INCLUSIVE_JOBS,
    CAFE,
    MOVING_TRANSPORT,
    PRINTING,
    CARPENTRY,
    DATA_ENTRY
}
