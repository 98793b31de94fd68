package dk.jobandel.partnerships;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A partnership a consultant records: the two parties, the model, dates, the agreed volume and the inclusive jobs
 * agreed (count, hours a week in all, target groups).
 */
public record NewPartnership(
        @Nullable Long courseId,
        @Nullable Long needId,
        long firmOrganisationId,
        long sovOrganisationId,
        PartnershipModel model,
        short municipalityCode,
        LocalDate start,
        @Nullable LocalDate end,
        int volumeHours,
        int agreedJobs,
        int agreedJobHours,
        Set<TargetGroup> targetGroups) {

    public NewPartnership {
        targetGroups = Set.copyOf(targetGroups);
    }
}
