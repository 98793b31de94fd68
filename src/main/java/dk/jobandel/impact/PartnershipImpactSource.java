package dk.jobandel.impact;

import dk.jobandel.impact.core.CountedJobs;
import dk.jobandel.impact.core.Kind;
import dk.jobandel.impact.core.Placement;
import dk.jobandel.partnerships.PartnershipImpact;
import dk.jobandel.partnerships.PartnershipModel;
import dk.jobandel.shared.Municipality;
import dk.jobandel.shared.ReferenceData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Inclusive jobs created through social-economy partnerships, from the partnerships module's records and their
 * quarterly follow-ups ({@link PartnershipImpact}): each job filled at a follow-up is an unnamed person's placement
 * ({@link CountedJobs}), of kind {@link Kind#PARTNERSHIP}, always inclusive, with the follow-up's hours a week shared
 * evenly by its jobs. The employer is the firm when the SØV runs the HR side of jobs in the firm's own production
 * ({@link PartnershipModel#INCLUSIVE_HR}), otherwise the SØV; both parties have a share in the figures.
 */
@Component
class PartnershipImpactSource implements ImpactSource {

    private final PartnershipImpact partnerships;
    private final ReferenceData referenceData;

    PartnershipImpactSource(PartnershipImpact partnerships, ReferenceData referenceData) {
        this.partnerships = partnerships;
        this.referenceData = referenceData;
    }

    @Override
    public List<Placement> placements(LocalDate until) {
        List<Placement> placements = new ArrayList<>();
        for (PartnershipImpact.FollowedUp p : partnerships.followedUp(until)) {
            boolean firmEmploys = p.model() == PartnershipModel.INCLUSIVE_HR;
            var instrument = new CountedJobs.Instrument(
                    "PS-" + p.partnershipId(),
                    p.partnershipId() * 2,
                    Kind.PARTNERSHIP,
                    firmEmploys ? p.firmOrganisationId() : p.sovOrganisationId(),
                    firmEmploys ? p.firmName() : p.sovName(),
                    Set.of(p.firmOrganisationId(), p.sovOrganisationId()),
                    p.municipalityCode(),
                    referenceData
                            .municipality(p.municipalityCode())
                            .map(Municipality::regionCode)
                            .orElse((short) 0),
                    p.end(),
                    true);
            placements.addAll(CountedJobs.placements(
                    instrument,
                    p.followUps().stream().map(PartnershipImpactSource::count).toList()));
        }
        return placements;
    }

    /** A follow-up describes its quarter's end, or the day it was recorded if that came first. */
    static CountedJobs.Count count(PartnershipImpact.FollowUpFigures f) {
        LocalDate on = f.recordedOn().isBefore(f.dueOn()) ? f.recordedOn() : f.dueOn();
        int halfHours = f.filledJobs() == 0 ? 0 : f.filledHoursPerWeek() * 2 / f.filledJobs();
        return new CountedJobs.Count(on, f.filledJobs(), halfHours);
    }
}
