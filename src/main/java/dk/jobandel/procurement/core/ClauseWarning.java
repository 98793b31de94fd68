package dk.jobandel.procurement.core;

import java.util.List;

/**
 * A doubtful choice, as data a page turns into words ({@code procurement.warning.<code>} with the arguments). A
 * warning never stops the municipality: the law leaves these judgements to the buyer.
 *
 * @param templateId the clause it is about, or 0 for the contract as a whole
 */
public record ClauseWarning(Code code, long templateId, List<Object> arguments) {

    public ClauseWarning {
        arguments = List.copyOf(arguments);
    }

    public enum Code {
        /** A § 190 reservation for a service the light regime's list does not hold. */
        RESERVATION_OUTSIDE_190,
        /** A § 190 reservation may run at most three years. */
        RESERVATION_190_TOO_LONG,
        /** A trainee clause in a contract below the § 176(2) size limits (voluntary: check proportionality). */
        TRAINEE_BELOW_LIMITS,
        /** A contract above the § 176(2) limits with no trainee clause. */
        TRAINEES_REQUIRED,
        /** An award criterion with no measurable target: bids cannot be compared on it. */
        AWARD_WITHOUT_TARGET,
        /** A clause that counts something, with no target set. */
        TARGET_MISSING,
        /** The stated "above the EU threshold" differs from what the estimated value and the threshold say. */
        THRESHOLD_MISMATCH
    }

    public String messageKey() {
        return "procurement.warning." + code.name();
    }
}
