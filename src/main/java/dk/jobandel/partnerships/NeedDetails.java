package dk.jobandel.partnerships;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A firm's partnership need as its staff write it.
 *
 * @param hoursPerWeek the volume in hours a week, or {@code null} when a yearly amount is given
 * @param yearlyAmount the volume as a yearly amount in kroner, or {@code null}
 * @param municipalityCode where the work is done
 * @param inclusiveJobs the social ambition: how many inclusive jobs
 * @param targetGroups for whom (empty: anybody)
 */
public record NeedDetails(
        String title,
        PartnershipModel model,
        ServiceKind service,
        @Nullable Integer hoursPerWeek,
        @Nullable Integer yearlyAmount,
        short municipalityCode,
        LocalDate startOn,
        int inclusiveJobs,
        Set<TargetGroup> targetGroups,
        String freeText) {

    public NeedDetails {
        targetGroups = Set.copyOf(targetGroups);
    }
}
