package dk.jobandel.procurement;

import dk.jobandel.partnerships.ServiceKind;
import java.time.LocalDate;

/** What a municipality states about a contract. */
public record ContractDetails(
        String title,
        String description,
        ServiceKind service,
        long estimatedValueDkk,
        LocalDate startsOn,
        LocalDate endsOn,
        short municipalityCode,
        boolean aboveEuThreshold) {}
