package dk.jobandel.impact;

import dk.jobandel.impact.core.CountedJobs;
import dk.jobandel.impact.core.Kind;
import dk.jobandel.impact.core.Placement;
import dk.jobandel.procurement.ProcurementImpact;
import dk.jobandel.procurement.core.TargetUnit;
import dk.jobandel.shared.Municipality;
import dk.jobandel.shared.ReferenceData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Jobs created through social clauses in public contracts, from the procurement module's period reports
 * ({@link ProcurementImpact}): each person a winner reports employed under a clause that counts people
 * ({@link TargetUnit#PEOPLE}: people from the target groups, inclusive jobs) or trainees and apprentices
 * ({@link TargetUnit#TRAINEES}: jobs of the clause kind, not counted as inclusive jobs) is an unnamed person's
 * placement ({@link CountedJobs}) of kind {@link Kind#PROCUREMENT_CLAUSE}, employed by the winner, with a share for the
 * buying municipality. A report describes its period's end (or the day it was made, if earlier). Hours a week are
 * known only where the same contract has an hours clause reported for the same period: its hours spread evenly over
 * the period's weeks and the people counted (rounded down); otherwise they are unknown and the jobs never count as
 * secure work. Hours and SØV-share clauses create no jobs of their own.
 */
@Component
class ProcurementImpactSource implements ImpactSource {

    private final ProcurementImpact procurement;
    private final ReferenceData referenceData;

    ProcurementImpactSource(ProcurementImpact procurement, ReferenceData referenceData) {
        this.procurement = procurement;
        this.referenceData = referenceData;
    }

    private record PeriodKey(long contractId, LocalDate start, LocalDate end) {}

    @Override
    public List<Placement> placements(LocalDate until) {
        List<ProcurementImpact.ClauseFigures> clauses = procurement.awardedClauses(until);
        Map<PeriodKey, BigDecimal> hours = new HashMap<>();
        for (var c : clauses) {
            if (c.unit() == TargetUnit.HOURS) {
                for (var a : c.actuals()) {
                    hours.merge(
                            new PeriodKey(c.contractId(), a.periodStart(), a.periodEnd()), a.value(), BigDecimal::add);
                }
            }
        }
        List<Placement> placements = new ArrayList<>();
        for (var c : clauses) {
            if (c.unit() != TargetUnit.PEOPLE && c.unit() != TargetUnit.TRAINEES) {
                continue;
            }
            List<CountedJobs.Count> counts = new ArrayList<>();
            for (var a : c.actuals()) {
                int people = a.value().setScale(0, RoundingMode.DOWN).intValue();
                @Nullable
                BigDecimal periodHours = c.unit() == TargetUnit.PEOPLE
                        ? hours.get(new PeriodKey(c.contractId(), a.periodStart(), a.periodEnd()))
                        : null;
                LocalDate on = a.reportedOn().isBefore(a.periodEnd()) ? a.reportedOn() : a.periodEnd();
                counts.add(new CountedJobs.Count(on, people, halfHoursPerPerson(periodHours, a, people)));
            }
            var instrument = new CountedJobs.Instrument(
                    "PC-" + c.clauseId(),
                    c.clauseId() * 2 + 1,
                    Kind.PROCUREMENT_CLAUSE,
                    c.supplierOrganisationId(),
                    c.supplierName(),
                    Set.of(c.supplierOrganisationId(), c.municipalityOrganisationId()),
                    c.municipalityCode(),
                    referenceData
                            .municipality(c.municipalityCode())
                            .map(Municipality::regionCode)
                            .orElse((short) 0),
                    c.endsOn(),
                    c.unit() == TargetUnit.PEOPLE);
            placements.addAll(CountedJobs.placements(instrument, counts));
        }
        return placements;
    }

    /** A period's hours in all, spread over its weeks and people, in whole half-hours a week (rounded down). */
    static int halfHoursPerPerson(@Nullable BigDecimal periodHours, ProcurementImpact.Actual period, int people) {
        if (periodHours == null || people <= 0) {
            return 0;
        }
        long days = ChronoUnit.DAYS.between(period.periodStart(), period.periodEnd()) + 1;
        return periodHours
                .multiply(BigDecimal.valueOf(14))
                .divide(BigDecimal.valueOf(days * people), 0, RoundingMode.DOWN)
                .intValue();
    }
}
