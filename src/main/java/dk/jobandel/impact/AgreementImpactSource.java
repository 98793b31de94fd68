package dk.jobandel.impact;

import dk.jobandel.agreements.AgreementFacts;
import dk.jobandel.impact.core.Contract;
import dk.jobandel.impact.core.Kind;
import dk.jobandel.impact.core.Match;
import dk.jobandel.impact.core.PayTerms;
import dk.jobandel.impact.core.Placement;
import dk.jobandel.review.OfferedPeople;
import dk.jobandel.shared.Municipality;
import dk.jobandel.shared.ReferenceData;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Job shares and pool agreements, from the agreements module, and people matched, from review's offers. Every
 * agreement made through Jobandel is employment (by the cooperative, or by a pool's host), never freelance.
 */
@Component
class AgreementImpactSource implements ImpactSource {

    private final AgreementFacts agreements;
    private final OfferedPeople offers;
    private final ReferenceData referenceData;

    AgreementImpactSource(AgreementFacts agreements, OfferedPeople offers, ReferenceData referenceData) {
        this.agreements = agreements;
        this.offers = offers;
        this.referenceData = referenceData;
    }

    @Override
    public List<Placement> placements(LocalDate until) {
        return agreements.startedBy(until).stream()
                .map(f -> {
                    Set<Long> organisations = new HashSet<>(f.memberOrganisationIds());
                    organisations.add(f.organisationId());
                    short region = referenceData
                            .municipality(f.municipalityCode())
                            .map(Municipality::regionCode)
                            .orElse((short) 0);
                    return new Placement(
                            (f.poolId() == null ? "A-" : "P-") + f.agreementId(),
                            f.freelancerId(),
                            f.poolId() == null ? Kind.JOB_SHARE : Kind.POOL,
                            Contract.EMPLOYMENT,
                            f.organisationId(),
                            f.organisationName(),
                            organisations,
                            f.municipalityCode(),
                            region,
                            f.startDate(),
                            f.lastDay(),
                            f.halfHoursPerWeek(),
                            new PayTerms(f.payKind(), f.payFrom(), f.pensionPercent()),
                            false);
                })
                .toList();
    }

    @Override
    public List<Match> matches(LocalDate from, LocalDate to) {
        return offers.between(from, to).stream()
                .map(o -> new Match(
                        o.freelancerId(),
                        o.offeredOn(),
                        o.poolId() == null ? Kind.JOB_SHARE : Kind.POOL,
                        Set.copyOf(o.organisationIds()),
                        null))
                .toList();
    }
}
