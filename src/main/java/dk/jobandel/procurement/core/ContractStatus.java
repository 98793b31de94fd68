package dk.jobandel.procurement.core;

/** A contract's life (texts {@code procurement.status.<NAME>}). Stored by name. */
public enum ContractStatus {
    /** Being prepared: clauses may be added and removed. */
    DRAFT,
    /** Out for tender: suppliers see it and register interest; the clauses are fixed. */
    PUBLISHED,
    /** A supplier was chosen: it commits and reports. */
    AWARDED
}
