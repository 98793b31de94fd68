package dk.jobandel.partnerships.core;

import dk.jobandel.partnerships.ServiceKind;
import dk.jobandel.partnerships.TargetGroup;
import java.util.Set;

/**
 * What the scorer knows of one firm's need.
 *
 * @param needId the need
 * @param service the service asked for
 * @param municipality where the work is done
 * @param region that municipality's region
 * @param latitude the municipality's centre
 * @param longitude the municipality's centre
 * @param hoursPerWeek the volume in hours a week, or 0 when the need gives a yearly amount instead
 * @param targetGroups who the inclusive jobs are for (empty: anybody)
 * @param people the inclusive jobs the need asks for (0: none, capacity in people is not checked)
 */
public record NeedFacts(
        long needId,
        ServiceKind service,
        short municipality,
        short region,
        double latitude,
        double longitude,
        int hoursPerWeek,
        Set<TargetGroup> targetGroups,
        int people) {

    /** A need that asks for no inclusive jobs. */
    public NeedFacts(
            long needId,
            ServiceKind service,
            short municipality,
            short region,
            double latitude,
            double longitude,
            int hoursPerWeek,
            Set<TargetGroup> targetGroups) {
        this(needId, service, municipality, region, latitude, longitude, hoursPerWeek, targetGroups, 0);
    }

    public NeedFacts {
        targetGroups = Set.copyOf(targetGroups);
    }
}
