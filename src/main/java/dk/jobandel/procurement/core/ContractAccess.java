package dk.jobandel.procurement.core;

import org.jspecify.annotations.Nullable;

/**
 * Who sees what of a contract. The municipality's own staff and consultants see it in full. A supplier sees a
 * published contract (its clauses and its own interest), and the contract it won with its own commitments, reports
 * and the dialogue; never another supplier's interest or reports. Anybody else sees nothing (and is told "not
 * found").
 */
public enum ContractAccess {
    FULL,
    WINNER,
    READER,
    NONE;

    public static ContractAccess of(
            boolean consultant,
            @Nullable Long actorOrganisation,
            long ownerOrganisation,
            ContractStatus status,
            @Nullable Long supplierOrganisation) {
        if (consultant || (actorOrganisation != null && actorOrganisation == ownerOrganisation)) {
            return FULL;
        }
        if (actorOrganisation == null) {
            return NONE;
        }
        if (status == ContractStatus.AWARDED && actorOrganisation.equals(supplierOrganisation)) {
            return WINNER;
        }
        return status == ContractStatus.PUBLISHED ? READER : NONE;
    }

    public boolean full() {
        return this == FULL;
    }

    /** Sees commitments, reports and dialogue: the municipality, consultants and the winner. */
    public boolean followsUp() {
        return this == FULL || this == WINNER;
    }
}
