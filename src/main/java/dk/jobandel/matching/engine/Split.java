package dk.jobandel.matching.engine;

import java.util.List;

/**
 * Who works which half-hours of a shared role, as {@link SplitPlanner} worked it out: per member (in the order the
 * members were given) the assigned slots and their count, and the handovers.
 *
 * @param assigned per member, the assigned slots (six words each); overlaps count for both members
 * @param halfHours per member, the number of assigned slots
 * @param preferred per member, the preferred share of hours (0–1)
 * @param handovers every change of person, with its overlap
 * @param fairness {@code 1 − ½ Σ |share − preferred|} over members, where share is the member's part of all
 *     assigned half-hours: 1 for exactly the preferred split, 0 at worst
 */
record Split(long[][] assigned, int[] halfHours, double[] preferred, List<Handover> handovers, double fairness) {}
