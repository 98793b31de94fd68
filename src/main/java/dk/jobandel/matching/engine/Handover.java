package dk.jobandel.matching.engine;

/**
 * A change of person within a run of the schedule: the incoming person starts at {@code fromSlot}, the outgoing
 * one stays until {@code toSlotExclusive}, so both work the overlap in between (empty when the role asks for no
 * overlap).
 *
 * @param fromFreelancerId the outgoing person
 * @param toFreelancerId the incoming person
 * @param fromSlot the first half-hour of the overlap, where the incoming person starts
 * @param toSlotExclusive the half-hour at which the outgoing person stops
 */
public record Handover(long fromFreelancerId, long toFreelancerId, int fromSlot, int toSlotExclusive) {}
