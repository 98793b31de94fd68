package dk.jobandel.agreements.core;

import dk.jobandel.agreements.AgreementStatus;
import dk.jobandel.shared.core.Decision;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Ending an agreement after a last day. Checked in this order: the version the member saw must still be the current
 * one ({@link Decision#CHANGED}); the agreement must be active; the last day may not be before today, before the
 * start, or after an end already agreed. A refusal's code is the message key of the field on the page.
 */
public final class Ending {

    private Ending() {}

    public static Decision end(
            AgreementStatus status,
            long version,
            long basedOnVersion,
            LocalDate startDate,
            @Nullable LocalDate endDate,
            LocalDate lastDay,
            LocalDate today) {
        if (version != basedOnVersion) {
            return Decision.CHANGED;
        }
        if (status != AgreementStatus.ACTIVE) {
            return Decision.refused("agreement.end.alreadyEnded");
        }
        if (lastDay.isBefore(today)) {
            return Decision.refused("agreement.end.beforeToday");
        }
        if (lastDay.isBefore(startDate)) {
            return Decision.refused("agreement.end.beforeStart");
        }
        if (endDate != null && lastDay.isAfter(endDate)) {
            return Decision.refused("agreement.end.afterEnd");
        }
        return Decision.ALLOWED;
    }
}
