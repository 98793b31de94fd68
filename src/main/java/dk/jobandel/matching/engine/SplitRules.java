package dk.jobandel.matching.engine;

/**
 * The hard rules of a job-share split, on raw week grids: the one definition that {@link SplitPlanner} searches
 * under and that a consultant's adjusted split is checked against (through the matching module's API).
 *
 * <ol>
 *   <li>Each member works at least one half-hour, only within the schedule and only when free.
 *   <li>Together they work every half-hour of the schedule.
 *   <li>Each member's half-hours (handover overlaps included) lie within the hours they want.
 *   <li>Within each <em>run</em> of the schedule (consecutive half-hours of one day), the work is a chain of at
 *       most {@value #MAX_STINTS} <em>stints</em>: one person works alone from the start of the run; at a change
 *       of person at half-hour {@code t} (after the run's first half-hour) the incoming person starts at
 *       {@code t}, and the outgoing one works with them for exactly the handover overlap {@code [t, t + h)},
 *       which lies within the run, and then stops. Two people work at once only in such an overlap, never three.
 * </ol>
 *
 * Rule 4 is the shape the old greedy planner produced (whole runs, or a run split into two or three stints with
 * the overlap at each change); it is written here as a check on any grids, so that a split made by hand is held to
 * exactly the same rule.
 */
public final class SplitRules {

    /** The most stints (people in turn) within one run of the schedule: at most two handovers a run. */
    public static final int MAX_STINTS = 3;

    private SplitRules() {}

    /**
     * The first half-hour where rule 4 fails (the stints of a run), or -1 when every run is a valid chain.
     *
     * @param schedule the role's half-hours (six words)
     * @param handover the overlap at each change of person, in half-hours
     * @param assigned per member, the half-hours they work (six words each)
     */
    public static int firstShapeViolation(long[] schedule, int handover, long[][] assigned) {
        int k = assigned.length;
        for (int start = Slots.nextSet(schedule, 0); start >= 0; ) {
            int end = Slots.runEnd(schedule, start);
            int bad = runViolation(start, end, handover, assigned, k);
            if (bad >= 0) {
                return bad;
            }
            start = Slots.nextSet(schedule, end);
        }
        return -1;
    }

    /** The members working half-hour {@code p}, as a bit mask over member positions. */
    private static int working(long[][] assigned, int k, int p) {
        int mask = 0;
        for (int m = 0; m < k; m++) {
            if (Slots.contains(assigned[m], p)) {
                mask |= 1 << m;
            }
        }
        return mask;
    }

    private static int runViolation(int start, int end, int handover, long[][] assigned, int k) {
        int current = working(assigned, k, start);
        if (Integer.bitCount(current) != 1) {
            return start; // nobody, or more than one person, at the start of the run
        }
        int stints = 1;
        int p = start + 1;
        while (p < end) {
            int now = working(assigned, k, p);
            if (now == current) {
                p++;
                continue;
            }
            int incoming = now & ~current;
            if (Integer.bitCount(incoming) != 1) {
                return p; // nobody new, or two at once, or someone leaving without a successor
            }
            if (++stints > MAX_STINTS) {
                return p;
            }
            if (handover == 0) {
                if (now != incoming) {
                    return p; // with no overlap wanted, the outgoing person stops as the next starts
                }
                current = incoming;
                p++;
                continue;
            }
            int pair = current | incoming;
            if (p + handover > end) {
                return p; // the overlap does not fit in the run
            }
            for (int q = p; q < p + handover; q++) {
                if (working(assigned, k, q) != pair) {
                    return q; // the outgoing person does not stay for the whole overlap, or a third joins
                }
            }
            current = incoming;
            p += handover;
            if (p < end && (working(assigned, k, p) & pair & ~incoming) != 0) {
                return p; // the outgoing person stays beyond the overlap
            }
        }
        return -1;
    }

    /**
     * Whether the split keeps every rule: rules 1–3 for each member and rule 4 for each run.
     *
     * @param desiredMin per member, the fewest half-hours they want
     * @param desiredMax per member, the most half-hours they want
     */
    public static boolean valid(
            long[] schedule, int handover, long[][] available, int[] desiredMin, int[] desiredMax, long[][] assigned) {
        long[] union = new long[Slots.WORDS];
        for (int m = 0; m < assigned.length; m++) {
            long[] slots = assigned[m];
            for (int w = 0; w < Slots.WORDS; w++) {
                if ((slots[w] & ~available[m][w]) != 0 || (slots[w] & ~schedule[w]) != 0) {
                    return false;
                }
                union[w] |= slots[w];
            }
            int halfHours = Slots.count(slots);
            if (halfHours == 0 || halfHours < desiredMin[m] || halfHours > desiredMax[m]) {
                return false;
            }
        }
        return java.util.Arrays.equals(union, schedule) && firstShapeViolation(schedule, handover, assigned) < 0;
    }
}
