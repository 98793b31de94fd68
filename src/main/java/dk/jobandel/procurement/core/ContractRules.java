package dk.jobandel.procurement.core;

import dk.jobandel.shared.core.Decision;
import java.time.LocalDate;

/**
 * A contract's changes from draft to award, as facts in and a {@link Decision} out; the codes are the message keys'
 * last part ({@code procurement.refused.<code>}). Who may see a contract at all is {@link ContractAccess}.
 *
 * <ul>
 *   <li>Only a verified municipality records a contract, and a contract ends after it starts.
 *   <li>Its details change until it is awarded.
 *   <li>It goes out for tender with at least one clause.
 *   <li>A verified supplier shows interest in a contract it may read (a published one).
 *   <li>A supplier is invited directly only under the EU threshold.
 *   <li>The winner is chosen while the contract is published, among those that showed interest or were invited.
 * </ul>
 */
public final class ContractRules {

    private ContractRules() {}

    /** A new contract. */
    public static Decision create(boolean municipality, boolean verified, LocalDate startsOn, LocalDate endsOn) {
        if (!municipality) {
            return Decision.refused("notMunicipality");
        }
        if (!verified) {
            return Decision.refused("notVerified");
        }
        return period(startsOn, endsOn);
    }

    /** Changed details. */
    public static Decision update(ContractStatus status, LocalDate startsOn, LocalDate endsOn) {
        if (status == ContractStatus.AWARDED) {
            return Decision.refused("awardedUnchanged");
        }
        return period(startsOn, endsOn);
    }

    private static Decision period(LocalDate startsOn, LocalDate endsOn) {
        return endsOn.isAfter(startsOn) ? Decision.ALLOWED : Decision.refused("endsBeforeStart");
    }

    /** Out for tender (the contract is the municipality's own draft). */
    public static Decision publish(int clauses) {
        return clauses == 0 ? Decision.refused("noClauses") : Decision.ALLOWED;
    }

    /** A supplier's interest. */
    public static Decision interest(boolean supplier, ContractAccess access, boolean verified) {
        if (!supplier || access != ContractAccess.READER) {
            return Decision.refused("notOpen");
        }
        return verified ? Decision.ALLOWED : Decision.refused("notVerified");
    }

    /** A direct invitation (the contract is the municipality's own and not awarded). */
    public static Decision invite(boolean aboveEuThreshold) {
        return aboveEuThreshold ? Decision.refused("aboveThreshold") : Decision.ALLOWED;
    }

    /** Choosing the winner (the contract is the municipality's own). */
    public static Decision award(ContractStatus status, boolean supplierInterested) {
        if (status != ContractStatus.PUBLISHED) {
            return Decision.refused("notPublished");
        }
        return supplierInterested ? Decision.ALLOWED : Decision.refused("notInterested");
    }
}
