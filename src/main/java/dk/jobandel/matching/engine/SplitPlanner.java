package dk.jobandel.matching.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a shared role's schedule between the members of a team, deterministically.
 *
 * <p>The schedule is cut into <em>runs</em>: maximal stretches of consecutive half-hours within one day. Runs are
 * planned one after another, Monday first. For each run the planner considers every <em>plan</em> of at most three
 * segments: the whole run to one member; member A then member B with the change at any half-hour; and, only when
 * neither exists, A then B then C (C may be A again). At a change at half-hour {@code t} the incoming member starts
 * at {@code t} and the outgoing one stays until {@code t + handover}, so both work the overlap; a plan is possible
 * only if every member is free for all of their segment, overlap included, and the overlap fits in the run.
 *
 * <p>Among the possible plans it takes the one that, after this run, (1) overshoots the members' targets (preferred
 * share × scheduled half-hours) the least in total, then (2) has the fewest changes of person, then (3) gives the
 * most work to the members furthest below target ({@code Σ work × (target − so far)}), then (4) comes first in the
 * order plans are listed. This hands whole days out in turn and splits a run only where that keeps the split fair
 * (two people on five 8-hour days get Monday, Tuesday, … in turn and share Friday), or where availability forces it
 * (a morning person and an afternoon person).
 *
 * <p>The planner is greedy, so it is checked afterwards rather than trusted: {@link #check} verifies that the
 * assigned half-hours are exactly the schedule, each member is free for all they are given and works at least one
 * half-hour within the hours they want. With uneven preferred percents every assignment of percents to members is
 * tried, and the fairest split that passes is kept.
 */
final class SplitPlanner {

    private static final double EPSILON = 1e-9;

    private SplitPlanner() {}

    /**
     * The fairest valid split, or null when no assignment of the preferred percents gives one.
     *
     * @param ids the members' freelancer ids, for the handovers
     * @param available per member, the free half-hours
     * @param splitPercents the preferred percents, or empty for an even split
     */
    static @org.jspecify.annotations.Nullable Split best(
            long[] schedule,
            long[] ids,
            long[][] available,
            int handover,
            int[] splitPercents,
            int[] desiredMin,
            int[] desiredMax) {
        int k = ids.length;
        Split best = null;
        for (double[] preferred : preferences(splitPercents, k)) {
            Split split = plan(schedule, ids, available, handover, preferred);
            if (split != null
                    && check(schedule, available, split, desiredMin, desiredMax)
                    && (best == null || split.fairness() > best.fairness() + EPSILON)) {
                best = split;
            }
        }
        return best;
    }

    /** Each distinct assignment of the percents to members, in lexicographic order of permutations. */
    static List<double[]> preferences(int[] splitPercents, int k) {
        List<double[]> result = new ArrayList<>();
        if (splitPercents.length == 0) {
            double[] even = new double[k];
            java.util.Arrays.fill(even, 1.0 / k);
            result.add(even);
            return result;
        }
        List<String> seen = new ArrayList<>();
        int[][] permutations = k == 2
                ? new int[][] {{0, 1}, {1, 0}}
                : new int[][] {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
        for (int[] permutation : permutations) {
            double[] preferred = new double[k];
            StringBuilder key = new StringBuilder();
            for (int m = 0; m < k; m++) {
                preferred[m] = splitPercents[permutation[m]] / 100.0;
                key.append(splitPercents[permutation[m]]).append(',');
            }
            if (!seen.contains(key.toString())) {
                seen.add(key.toString());
                result.add(preferred);
            }
        }
        return result;
    }

    /** The greedy plan for one assignment of preferred shares, or null when some run cannot be covered. */
    static @org.jspecify.annotations.Nullable Split plan(
            long[] schedule, long[] ids, long[][] available, int handover, double[] preferred) {
        int k = ids.length;
        int total = Slots.count(schedule);
        double[] target = new double[k];
        for (int m = 0; m < k; m++) {
            target[m] = preferred[m] * total;
        }
        long[][] assigned = new long[k][Slots.WORDS];
        int[] done = new int[k];
        List<Handover> handovers = new ArrayList<>();
        var run = new Run(k);
        for (int start = Slots.nextSet(schedule, 0); start >= 0; ) {
            int end = Slots.runEnd(schedule, start);
            run.reset(start, end, available);
            if (!run.choose(handover, target, done)) {
                return null;
            }
            run.apply(handover, assigned, done, ids, handovers);
            start = Slots.nextSet(schedule, end);
        }
        return new Split(assigned, done, preferred.clone(), List.copyOf(handovers), fairness(done, preferred));
    }

    /** {@code 1 − ½ Σ |share − preferred|}; 1 when no half-hour is assigned at all. */
    static double fairness(int[] halfHours, double[] preferred) {
        int sum = 0;
        for (int h : halfHours) {
            sum += h;
        }
        if (sum == 0) {
            return 1.0;
        }
        double distance = 0;
        for (int m = 0; m < halfHours.length; m++) {
            distance += Math.abs(halfHours[m] / (double) sum - preferred[m]);
        }
        return 1.0 - distance / 2;
    }

    /** The hard checks on a finished split, independent of how it was made. */
    static boolean check(long[] schedule, long[][] available, Split split, int[] desiredMin, int[] desiredMax) {
        long[] union = new long[Slots.WORDS];
        for (int m = 0; m < available.length; m++) {
            long[] slots = split.assigned()[m];
            for (int w = 0; w < Slots.WORDS; w++) {
                if ((slots[w] & ~available[m][w]) != 0 || (slots[w] & ~schedule[w]) != 0) {
                    return false; // given a half-hour the member is not free for, or that is not in the schedule
                }
                union[w] |= slots[w];
            }
            int halfHours = Slots.count(slots);
            if (halfHours != split.halfHours()[m]
                    || halfHours == 0
                    || halfHours < desiredMin[m]
                    || halfHours > desiredMax[m]) {
                return false;
            }
        }
        return java.util.Arrays.equals(union, schedule);
    }

    /** One run of the schedule and the best plan found for it so far. */
    private static final class Run {

        private final int k;
        /** {@code until[m][p - start]}: the first half-hour at or after {@code p} that member m is not free. */
        private final int[][] until;

        private int start;
        private int end;

        private boolean found;
        private int segments;
        private final int[] members = new int[3];
        private final int[] cuts = new int[2];
        private double bestOvershoot;
        private double bestGain;
        private final int[] work;

        Run(int k) {
            this.k = k;
            until = new int[k][Slots.PER_DAY + 1];
            work = new int[k];
        }

        void reset(int start, int end, long[][] available) {
            this.start = start;
            this.end = end;
            for (int m = 0; m < k; m++) {
                for (int p = end - 1; p >= start; p--) {
                    boolean free = Slots.contains(available[m], p);
                    until[m][p - start] = !free ? p : p + 1 == end ? end : until[m][p + 1 - start];
                }
            }
            found = false;
        }

        /** Whether member m is free for all of [from, to). */
        private boolean free(int m, int from, int to) {
            return until[m][from - start] >= to;
        }

        /** Finds the best plan; false when no plan of up to three segments covers the run. */
        boolean choose(int handover, double[] target, int[] done) {
            for (int a = 0; a < k; a++) {
                if (free(a, start, end)) {
                    consider(1, a, -1, -1, -1, -1, handover, target, done);
                }
            }
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    if (a == b) {
                        continue;
                    }
                    for (int t = start + 1; t + Math.max(handover, 1) <= end; t++) {
                        if (free(a, start, t + handover) && free(b, t, end)) {
                            consider(2, a, b, -1, t, -1, handover, target, done);
                        }
                    }
                }
            }
            if (found) {
                return true;
            }
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    for (int c = 0; c < k; c++) {
                        if (a == b || b == c) {
                            continue;
                        }
                        for (int t1 = start + 1; t1 < end; t1++) {
                            if (!free(a, start, t1 + handover) || t1 + handover > end) {
                                continue;
                            }
                            for (int t2 = t1 + Math.max(handover, 1); t2 + Math.max(handover, 1) <= end; t2++) {
                                if (free(b, t1, t2 + handover) && free(c, t2, end)) {
                                    consider(3, a, b, c, t1, t2, handover, target, done);
                                }
                            }
                        }
                    }
                }
            }
            return found;
        }

        private void consider(
                int segments, int a, int b, int c, int t1, int t2, int handover, double[] target, int[] done) {
            java.util.Arrays.fill(work, 0);
            switch (segments) {
                case 1 -> work[a] += end - start;
                case 2 -> {
                    work[a] += t1 + handover - start;
                    work[b] += end - t1;
                }
                default -> {
                    work[a] += t1 + handover - start;
                    work[b] += t2 + handover - t1;
                    work[c] += end - t2;
                }
            }
            double overshoot = 0;
            double gain = 0;
            for (int m = 0; m < k; m++) {
                overshoot += Math.max(0, done[m] + work[m] - target[m]);
                gain += work[m] * (target[m] - done[m]);
            }
            boolean better = !found
                    || overshoot < bestOvershoot - EPSILON
                    || (overshoot <= bestOvershoot + EPSILON
                            && (segments < this.segments || (segments == this.segments && gain > bestGain + EPSILON)));
            if (better) {
                found = true;
                this.segments = segments;
                members[0] = a;
                members[1] = b;
                members[2] = c;
                cuts[0] = t1;
                cuts[1] = t2;
                bestOvershoot = overshoot;
                bestGain = gain;
            }
        }

        void apply(int handover, long[][] assigned, int[] done, long[] ids, List<Handover> handovers) {
            int from = start;
            for (int s = 0; s < segments; s++) {
                int m = members[s];
                boolean last = s == segments - 1;
                int to = last ? end : cuts[s] + handover;
                Slots.setRange(assigned[m], from, to);
                done[m] += to - from;
                if (!last) {
                    handovers.add(new Handover(ids[m], ids[members[s + 1]], cuts[s], cuts[s] + handover));
                    from = cuts[s];
                }
            }
        }
    }
}
