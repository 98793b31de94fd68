package dk.jobandel.procurement.core;

import dk.jobandel.partnerships.ServiceKind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What the clause check knows of a contract.
 *
 * @param aboveEuThreshold as the municipality states it
 */
public record ContractFacts(
        ServiceKind service, long estimatedValueDkk, LocalDate startsOn, LocalDate endsOn, boolean aboveEuThreshold) {

    /** Whole months from start to end. */
    public long months() {
        return ChronoUnit.MONTHS.between(startsOn, endsOn);
    }
}
