package dk.jobandel.matching.engine;

/**
 * One person in a {@link PlanOption} and the half-hours of the week they would work if the option were chosen.
 *
 * @param freelancerId the person
 * @param slots the half-hours they would work (six words, the layout of {@link Slots})
 * @param halfHours how many half-hours that is: the number of slots set
 */
public record PlanMember(long freelancerId, long[] slots, int halfHours) {

    /** Checks and copies. */
    public PlanMember {
        slots = Slots.checked(slots, "Slots of freelancer " + freelancerId);
        if (halfHours != Slots.count(slots)) {
            throw new IllegalArgumentException("Freelancer " + freelancerId + " has " + Slots.count(slots)
                    + " slots but " + halfHours + " half-hours");
        }
    }

    /** A member working these slots, the half-hours counted. */
    public static PlanMember of(long freelancerId, long[] slots) {
        return new PlanMember(freelancerId, slots, Slots.count(slots));
    }

    @Override
    public long[] slots() {
        return slots.clone();
    }
}
