package dk.jobandel.matching.engine;

/**
 * How many half-hours a week a plan may give one freelancer: at most {@code maxHalfHours} in all, of which
 * {@code bookedHalfHours} are already taken by agreements outside the plan.
 *
 * @param freelancerId the person
 * @param maxHalfHours the most half-hours a week the person wants ({@link FreelancerSnapshot#desiredMaxHalfHours()})
 * @param bookedHalfHours half-hours already booked, which count against the maximum
 */
public record FreelancerLimit(long freelancerId, int maxHalfHours, int bookedHalfHours) {

    /** Checks. */
    public FreelancerLimit {
        if (maxHalfHours < 0 || bookedHalfHours < 0) {
            throw new IllegalArgumentException("Half-hours of freelancer " + freelancerId + " must not be negative");
        }
    }

    /** The half-hours the plan may still give the person; negative when already over the maximum. */
    public int remainingHalfHours() {
        return maxHalfHours - bookedHalfHours;
    }
}
