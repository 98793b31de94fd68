package dk.jobandel.matching.engine;

/**
 * One person in a job-share team and their part of the schedule.
 *
 * @param freelancerId the person
 * @param assignedSlots the half-hours they work (six words), handover overlaps included
 * @param halfHours how many half-hours that is
 * @param preferredShare the share of hours the role prefers for them (0–1)
 * @param distanceKm from home to the workplace (informative for a remote role)
 * @param desiredMinHalfHours the fewest half-hours a week the person wants
 * @param desiredMaxHalfHours the most half-hours a week the person wants
 */
public record TeamMember(
        long freelancerId,
        long[] assignedSlots,
        int halfHours,
        double preferredShare,
        double distanceKm,
        int desiredMinHalfHours,
        int desiredMaxHalfHours) {

    public TeamMember {
        assignedSlots = assignedSlots.clone();
    }

    @Override
    public long[] assignedSlots() {
        return assignedSlots.clone();
    }
}
