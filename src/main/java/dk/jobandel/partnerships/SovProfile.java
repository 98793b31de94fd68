package dk.jobandel.partnerships;

import java.util.Set;

/**
 * A SØV's capability profile as its staff edit it.
 *
 * @param services from the catalogue
 * @param municipalities municipalities served, by code
 * @param regions whole regions served, by code
 * @param capacityHours hours a week it can take on in all
 * @param capacityPeople people it can take on
 * @param rsvDeclared it says it is in the register of RSVs
 */
public record SovProfile(
        Set<ServiceKind> services,
        Set<Short> municipalities,
        Set<Short> regions,
        int capacityHours,
        int capacityPeople,
        Set<TargetGroup> targetGroups,
        String presentation,
        String references,
        boolean rsvDeclared) {

    public SovProfile {
        services = Set.copyOf(services);
        municipalities = Set.copyOf(municipalities);
        regions = Set.copyOf(regions);
        targetGroups = Set.copyOf(targetGroups);
    }
}
