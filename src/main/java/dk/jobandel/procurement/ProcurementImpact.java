package dk.jobandel.procurement;

import dk.jobandel.procurement.core.TargetUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The social clauses' figures for the impact pages (issue 17): every counting clause of an awarded contract with the
 * winner's commitment and each period's reported actual. No names of people: counts and hours only.
 */
public interface ProcurementImpact {

    /**
     * One clause of an awarded contract.
     *
     * @param municipalityOrganisationId the buying municipality's organisation
     * @param supplierOrganisationId the winner, who employs the people placed under the clause
     * @param municipalityCode where the contract is carried out
     * @param committed the winner's commitment, {@code null} before it has committed
     * @param actuals the reported periods, oldest first
     */
    record ClauseFigures(
            long clauseId,
            long contractId,
            long municipalityOrganisationId,
            long supplierOrganisationId,
            String supplierName,
            short municipalityCode,
            TargetUnit unit,
            LocalDate startsOn,
            LocalDate endsOn,
            @Nullable BigDecimal committed,
            List<Actual> actuals) {

        public ClauseFigures {
            actuals = List.copyOf(actuals);
        }
    }

    /** A period's reported actual: a level (people, trainees, a share) or the period's hours in all. */
    record Actual(LocalDate periodStart, LocalDate periodEnd, LocalDate reportedOn, BigDecimal value) {}

    /** The counting clauses of awarded contracts that start on or before {@code until}. */
    List<ClauseFigures> awardedClauses(LocalDate until);
}
