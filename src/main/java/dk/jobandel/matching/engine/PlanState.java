package dk.jobandel.matching.engine;

import java.util.Arrays;

/**
 * A plan under construction: the chosen option per role, and per freelancer the slots taken, the half-hours used and
 * the roles they work in. Every change goes through {@link #assign} and {@link #unassign}, which keep these in step;
 * nothing is allocated per move once the per-freelancer role lists have grown to their size.
 */
final class PlanState {

    final PlanModel model;
    /** Per role, the chosen option or -1. */
    final int[] chosen;
    /** Six words per freelancer: the slots the chosen options give them. */
    final long[] occupied;

    final int[] used;
    /** Per freelancer, the roles whose chosen option has them ({@code userCount[f]} of them). */
    final int[][] users;

    final int[] userCount;
    long total;

    PlanState(PlanModel model) {
        this.model = model;
        chosen = new int[model.roles];
        Arrays.fill(chosen, -1);
        occupied = new long[model.freelancers * Slots.WORDS];
        used = new int[model.freelancers];
        users = new int[model.freelancers][2];
        userCount = new int[model.freelancers];
    }

    void assign(int o) {
        PlanModel m = model;
        int r = m.optionRole[o];
        if (chosen[r] >= 0) {
            throw new IllegalStateException("Role " + m.roleIds[r] + " already has an option");
        }
        chosen[r] = o;
        total += m.optionScore[o];
        for (int j = m.memberStart[o]; j < m.memberStart[o + 1]; j++) {
            int f = m.memberFreelancer[j];
            int at = f * Slots.WORDS;
            int from = j * Slots.WORDS;
            for (int w = 0; w < Slots.WORDS; w++) {
                occupied[at + w] |= m.memberSlots[from + w];
            }
            used[f] += m.memberHours[j];
            if (userCount[f] == users[f].length) {
                users[f] = Arrays.copyOf(users[f], users[f].length * 2);
            }
            users[f][userCount[f]++] = r;
        }
    }

    /** Leaves role r unfilled; returns the option it had, or -1. */
    int unassign(int r) {
        int o = chosen[r];
        if (o < 0) {
            return -1;
        }
        PlanModel m = model;
        chosen[r] = -1;
        total -= m.optionScore[o];
        for (int j = m.memberStart[o]; j < m.memberStart[o + 1]; j++) {
            int f = m.memberFreelancer[j];
            int at = f * Slots.WORDS;
            int from = j * Slots.WORDS;
            for (int w = 0; w < Slots.WORDS; w++) {
                occupied[at + w] &= ~m.memberSlots[from + w];
            }
            used[f] -= m.memberHours[j];
            int[] list = users[f];
            int count = userCount[f];
            for (int k = 0; k < count; k++) {
                if (list[k] == r) {
                    // keep the order, so that the search does not depend on the history of removals
                    System.arraycopy(list, k + 1, list, k, count - k - 1);
                    break;
                }
            }
            userCount[f] = count - 1;
        }
        return o;
    }

    /** Whether option o fits beside the chosen options, its own role being unfilled. */
    boolean fits(int o) {
        PlanModel m = model;
        for (int j = m.memberStart[o]; j < m.memberStart[o + 1]; j++) {
            int f = m.memberFreelancer[j];
            if (used[f] + m.memberHours[j] > m.capacity[f]) {
                return false;
            }
            int at = f * Slots.WORDS;
            int from = j * Slots.WORDS;
            for (int w = 0; w < Slots.WORDS; w++) {
                if ((occupied[at + w] & m.memberSlots[from + w]) != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether the slots of members a and b overlap. */
    boolean overlap(int a, int b) {
        long[] slots = model.memberSlots;
        int x = a * Slots.WORDS;
        int y = b * Slots.WORDS;
        for (int w = 0; w < Slots.WORDS; w++) {
            if ((slots[x + w] & slots[y + w]) != 0) {
                return true;
            }
        }
        return false;
    }
}
