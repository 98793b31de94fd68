package dk.jobandel.partnerships.core;

import dk.jobandel.partnerships.RsvStatus;
import dk.jobandel.partnerships.ServiceKind;
import dk.jobandel.partnerships.TargetGroup;
import java.util.Set;

/**
 * What the scorer knows of one SØV.
 *
 * @param organisationId the SØV
 * @param services the services it offers
 * @param municipalities municipalities it serves (by code)
 * @param regions whole regions it serves (by code)
 * @param latitude where it is based
 * @param longitude where it is based
 * @param capacityHours the hours a week it can take on in all
 * @param committedHours the hours a week its running partnerships already take
 * @param targetGroups the people it employs
 * @param rsv its RSV status
 * @param partnerships partnerships it has made before (its experience)
 */
public record SovFacts(
        long organisationId,
        Set<ServiceKind> services,
        Set<Short> municipalities,
        Set<Short> regions,
        double latitude,
        double longitude,
        int capacityHours,
        int committedHours,
        Set<TargetGroup> targetGroups,
        RsvStatus rsv,
        int partnerships) {

    public SovFacts {
        services = Set.copyOf(services);
        municipalities = Set.copyOf(municipalities);
        regions = Set.copyOf(regions);
        targetGroups = Set.copyOf(targetGroups);
    }

    public int freeHours() {
        return Math.max(0, capacityHours - committedHours);
    }

    public boolean serves(short municipality, short region) {
        return municipalities.contains(municipality) || regions.contains(region);
    }
}
