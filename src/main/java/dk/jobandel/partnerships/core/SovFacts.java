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
 * @param capacityPeople the people it can place in inclusive jobs in all
 * @param committedPeople the inclusive jobs its running partnerships already take
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
        int partnerships,
        int capacityPeople,
        int committedPeople) {

    /** A SØV whose capacity in people is not in question (for callers that only weigh hours). */
    public SovFacts(
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
        this(
                organisationId,
                services,
                municipalities,
                regions,
                latitude,
                longitude,
                capacityHours,
                committedHours,
                targetGroups,
                rsv,
                partnerships,
                1000,
                0);
    }

    public SovFacts {
        services = Set.copyOf(services);
        municipalities = Set.copyOf(municipalities);
        regions = Set.copyOf(regions);
        targetGroups = Set.copyOf(targetGroups);
    }

    public int freeHours() {
        return Math.max(0, capacityHours - committedHours);
    }

    public int freePeople() {
        return Math.max(0, capacityPeople - committedPeople);
    }

    public boolean serves(short municipality, short region) {
        return municipalities.contains(municipality) || regions.contains(region);
    }
}
