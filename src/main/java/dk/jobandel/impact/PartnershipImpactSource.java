package dk.jobandel.impact;

import dk.jobandel.impact.core.CountedJobs;
import dk.jobandel.impact.core.Kind;
import dk.jobandel.impact.core.Placement;
import dk.jobandel.members.Organisations;
import dk.jobandel.partnerships.PartnershipImpact;
import dk.jobandel.partnerships.PartnershipModel;
import dk.jobandel.shared.Municipality;
import dk.jobandel.shared.ReferenceData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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

    /** Before Jobandel: every partnership recorded. */
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final PartnershipImpact partnerships;
    private final Organisations organisations;
    private final ReferenceData referenceData;

    PartnershipImpactSource(PartnershipImpact partnerships, Organisations organisations, ReferenceData referenceData) {
        this.partnerships = partnerships;
        this.organisations = organisations;
        this.referenceData = referenceData;
    }

    @Override
    public List<Placement> placements(LocalDate until) {
        Map<Long, List<PartnershipImpact.FollowUpFigures>> followUps = partnerships.followUps(until).stream()
                .collect(Collectors.groupingBy(PartnershipImpact.FollowUpFigures::partnershipId));
        if (followUps.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = new HashMap<>();
        List<Placement> placements = new ArrayList<>();
        for (PartnershipImpact.Figures p : partnerships.partnerships(EARLIEST, until)) {
            var counts = followUps.getOrDefault(p.partnershipId(), List.of()).stream()
                    .map(PartnershipImpactSource::count)
                    .toList();
            if (counts.isEmpty()) {
                continue;
            }
            long employer = p.model() == PartnershipModel.INCLUSIVE_HR ? p.firmOrganisationId() : p.sovOrganisationId();
            var instrument = new CountedJobs.Instrument(
                    "PS-" + p.partnershipId(),
                    p.partnershipId() * 2,
                    Kind.PARTNERSHIP,
                    employer,
                    names.computeIfAbsent(employer, id -> organisations.byId(id).getName()),
                    Set.of(p.firmOrganisationId(), p.sovOrganisationId()),
                    p.municipalityCode(),
                    referenceData
                            .municipality(p.municipalityCode())
                            .map(Municipality::regionCode)
                            .orElse((short) 0),
                    p.end(),
                    true);
            placements.addAll(CountedJobs.placements(instrument, counts));
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
