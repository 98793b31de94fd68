package dk.jobandel.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a shared role's schedule between the 2–3 members of a team: exactly the best split under
 * {@link SplitRules}, or none when no split keeps every rule.
 *
 * <p><b>The objective</b>, in order: (1) the highest fairness, {@code 1 − ½ Σ |share − preferred|} with shares of
 * all half-hours worked (overlaps included) and, for uneven preferred percents, the best assignment of the percents
 * to the members; the preferred shares are the objective, never a constraint, so a team whose wished hours force an
 * uneven split still gets one; (2) the fewest handovers; (3) among splits equal in both, whole runs to one person
 * before runs shared, and a deterministic choice (the first in the order the stints of each run are listed).
 *
 * <p><b>The method</b> is a dynamic programme over the runs of the schedule. The rules couple runs only through each
 * member's total (their wished hours) and the objective depends only on the totals and the number of handovers, so
 * it is enough to know, after each run, which totals are reachable. For every run the planner lists its distinct
 * contributions (half-hours per member and handovers) over every chain of one, two or three stints that the
 * members' free time allows; then, run by run, it adds them to the reachable states: per number of handovers, a
 * bitset over member 0's total whose words are bitsets over member 1's total (for three people; member 2's total
 * follows from the other two, as does member 1's for two people). States over anyone's most hours (or their free
 * half-hours) are cut as soon as they appear. The best final state is chosen by the objective and walked back run by
 * run to the stints. For 336 half-hours and three people that is a few thousand word operations per run; it
 * allocates only when its scratch arrays grow.
 *
 * <p>An instance keeps its scratch arrays between calls and is not thread-safe.
 */
final class SplitPlanner {

    private static final double EPSILON = 1e-12;

    /** Per member, the first half-hour at or after {@code p} (relative to the run's start) that they are not free. */
    private final int[][] until = new int[3][Slots.PER_DAY + 1];

    // the schedule's runs
    private int[] runStart = new int[16];
    private int[] runEnd = new int[16];
    private int runs;

    // per run, its distinct options: the contribution and the first chain of stints that gives it
    private int[] optionsFrom = new int[17];
    private int[] optHandovers = new int[64];
    private int[] optRow = new int[64];
    private int[] optBit = new int[64];
    /** Members of the stints, 2 bits each (3 = none), and the two change half-hours. */
    private int[] optMembers = new int[64];

    private int[] optCut1 = new int[64];
    private int[] optCut2 = new int[64];
    private int options;
    private final int[] seen = new int[3 * 65 * 65];
    private int stamp;

    // the reachable states after each run: [run + 1][handovers][row] words over the bit member's total
    private long[] layers = new long[0];
    private int rows;
    private int words;
    private int maxHandovers;

    // the preferred shares of the last call's percents, kept so that a team search does not rebuild them per team
    private int @org.jspecify.annotations.Nullable [] cachedPercents;
    private int cachedK;
    private @org.jspecify.annotations.Nullable List<double[]> cachedPreferences;
    private int[][] cachedNumerators = new int[0][];

    // the call's inputs
    private int k;
    private int handover;
    private final int[] cap = new int[3];
    private final int[] low = new int[3];

    /**
     * The best valid split, or null when none keeps every rule.
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
        return new SplitPlanner().plan(schedule, ids, available, handover, splitPercents, desiredMin, desiredMax);
    }

    /** As {@link #best}, reusing this planner's scratch arrays. */
    @org.jspecify.annotations.Nullable
    Split plan(
            long[] schedule,
            long[] ids,
            long[][] available,
            int handover,
            int[] splitPercents,
            int[] desiredMin,
            int[] desiredMax) {
        k = ids.length;
        if (k < 2 || k > 3) {
            throw new IllegalArgumentException("A team has 2 or 3 members, not " + k);
        }
        this.handover = handover;
        int scheduled = Slots.count(schedule);
        int capSum = 0;
        for (int m = 0; m < k; m++) {
            int free = 0;
            for (int w = 0; w < Slots.WORDS; w++) {
                free += Long.bitCount(schedule[w] & available[m][w]);
            }
            cap[m] = Math.min(free, desiredMax[m]);
            low[m] = Math.max(1, desiredMin[m]);
            if (low[m] > cap[m]) {
                return null;
            }
            capSum += cap[m];
        }
        if (capSum < scheduled) {
            return null;
        }
        findRuns(schedule);
        maxHandovers = (SplitRules.MAX_STINTS - 1) * runs;
        if (handover > 0) {
            maxHandovers = Math.min(maxHandovers, (capSum - scheduled) / handover);
        }
        rows = cap[0] + 1;
        words = k == 3 ? (cap[1] >>> 6) + 1 : 1;
        int layerSize = (maxHandovers + 1) * rows * words;
        int needed = (runs + 1) * layerSize;
        if (layers.length < needed) {
            layers = new long[Math.max(needed, layers.length * 2)];
        } else {
            Arrays.fill(layers, 0, needed, 0L);
        }
        layers[0] = 1L; // before the first run: no handovers, nobody has worked
        optionsFrom[0] = 0;
        options = 0;
        int processed = 0;
        for (int r = 0; r < runs; r++) {
            listOptions(r, available);
            optionsFrom[r + 1] = options;
            processed += runEnd[r] - runStart[r];
            advance(r, layerSize, processed);
        }
        return choose(schedule, ids, splitPercents, layerSize, scheduled);
    }

    private void findRuns(long[] schedule) {
        runs = 0;
        for (int start = Slots.nextSet(schedule, 0); start >= 0; ) {
            int end = Slots.runEnd(schedule, start);
            if (runs == runStart.length) {
                runStart = Arrays.copyOf(runStart, runs * 2);
                runEnd = Arrays.copyOf(runEnd, runs * 2);
            }
            runStart[runs] = start;
            runEnd[runs] = end;
            runs++;
            start = Slots.nextSet(schedule, end);
        }
        if (optionsFrom.length < runs + 1) {
            optionsFrom = new int[runs + 1];
        }
    }

    /** Whether member m is free for all of [from, to) within run r's window. */
    private boolean free(int m, int start, int from, int to) {
        return until[m][from - start] >= to;
    }

    /** Lists run r's distinct options: every chain of up to three stints the members' free time allows. */
    private void listOptions(int r, long[][] available) {
        int start = runStart[r];
        int end = runEnd[r];
        for (int m = 0; m < k; m++) {
            for (int p = end - 1; p >= start; p--) {
                boolean isFree = Slots.contains(available[m], p);
                until[m][p - start] = !isFree ? p : p + 1 == end ? end : until[m][p + 1 - start];
            }
        }
        stamp++;
        int h = handover;
        int step = Math.max(h, 1);
        for (int a = 0; a < k; a++) {
            if (free(a, start, start, end)) {
                add(0, a, 3, 3, -1, -1, end - start, 0, 0);
            }
        }
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                if (a == b) {
                    continue;
                }
                for (int t = start + 1; t + step <= end && free(a, start, start, t + h); t++) {
                    if (free(b, start, t, end)) {
                        add(1, a, b, 3, t, -1, t + h - start, end - t, 0);
                    }
                }
            }
        }
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                if (a == b) {
                    continue;
                }
                for (int c = 0; c < k; c++) {
                    if (c == b) {
                        continue;
                    }
                    for (int t1 = start + 1; t1 + h <= end && free(a, start, start, t1 + h); t1++) {
                        for (int t2 = t1 + step; t2 + step <= end && free(b, start, t1, t2 + h); t2++) {
                            // someone who comes back must have left: a stint of their own in between
                            if (free(c, start, t2, end) && (c != a || t2 > t1 + h || h == 0)) {
                                add(2, a, b, c, t1, t2, t1 + h - start, t2 + h - t1, end - t2);
                            }
                        }
                    }
                }
            }
        }
    }

    /** Records an option if its contribution is new for this run. */
    private void add(int changes, int a, int b, int c, int t1, int t2, int wa, int wb, int wc) {
        int w0 = (a == 0 ? wa : 0) + (b == 0 ? wb : 0) + (c == 0 ? wc : 0);
        int w1 = (a == 1 ? wa : 0) + (b == 1 ? wb : 0) + (c == 1 ? wc : 0);
        int w2 = (a == 2 ? wa : 0) + (b == 2 ? wb : 0) + (c == 2 ? wc : 0);
        if (w0 > cap[0] || w1 > cap[1] || (k == 3 && w2 > cap[2]) || (k == 2 && w1 > cap[1])) {
            return;
        }
        int bit = k == 3 ? w1 : 0;
        int key = (changes * 65 + w0) * 65 + bit;
        if (seen[key] == stamp) {
            return;
        }
        seen[key] = stamp;
        if (options == optRow.length) {
            int size = options * 2;
            optHandovers = Arrays.copyOf(optHandovers, size);
            optRow = Arrays.copyOf(optRow, size);
            optBit = Arrays.copyOf(optBit, size);
            optMembers = Arrays.copyOf(optMembers, size);
            optCut1 = Arrays.copyOf(optCut1, size);
            optCut2 = Arrays.copyOf(optCut2, size);
        }
        optHandovers[options] = changes;
        optRow[options] = w0;
        optBit[options] = bit;
        optMembers[options] = a | b << 2 | c << 4;
        optCut1[options] = t1;
        optCut2[options] = t2;
        options++;
    }

    private int index(int layer, int handovers, int row, int layerSize) {
        return layer * layerSize + (handovers * rows + row) * words;
    }

    /** Adds run r's options to the states after run r - 1, then cuts states over the implied member's most hours. */
    private void advance(int r, int layerSize, int processed) {
        for (int hOld = 0; hOld <= maxHandovers; hOld++) {
            for (int row = 0; row < rows; row++) {
                int from = index(r, hOld, row, layerSize);
                long any = 0;
                for (int w = 0; w < words; w++) {
                    any |= layers[from + w];
                }
                if (any == 0) {
                    continue;
                }
                for (int o = optionsFrom[r]; o < optionsFrom[r + 1]; o++) {
                    int hNew = hOld + optHandovers[o];
                    int rowNew = row + optRow[o];
                    if (hNew > maxHandovers || rowNew >= rows) {
                        continue;
                    }
                    orShifted(from, index(r + 1, hNew, rowNew, layerSize), optBit[o]);
                }
            }
        }
        // the implied member: its total is what is left of all half-hours worked so far
        int bitCap = k == 3 ? cap[1] : 0;
        for (int hNew = 0; hNew <= maxHandovers; hNew++) {
            int worked = processed + hNew * handover;
            for (int row = 0; row < rows; row++) {
                int at = index(r + 1, hNew, row, layerSize);
                // implied = worked − row − bit must lie in [0, cap of the implied member]
                int impliedCap = cap[k - 1];
                int lo = worked - row - impliedCap; // bit ≥ lo
                int hi = Math.min(worked - row, bitCap); // bit ≤ hi
                keepRange(at, lo, hi);
            }
        }
    }

    /** {@code layers[to ..] |= layers[from ..] << shift}, over {@link #words} words, bits beyond the cap dropped. */
    private void orShifted(int from, int to, int shift) {
        int wordShift = shift >>> 6;
        int bitShift = shift & 63;
        for (int w = words - 1; w >= wordShift; w--) {
            long v = layers[from + w - wordShift] << bitShift;
            if (bitShift != 0 && w - wordShift - 1 >= 0) {
                v |= layers[from + w - wordShift - 1] >>> (64 - bitShift);
            }
            layers[to + w] |= v;
        }
    }

    /** Clears the bits outside [lo, hi] of the word run at {@code at}. */
    private void keepRange(int at, int lo, int hi) {
        for (int w = 0; w < words; w++) {
            int first = w << 6;
            long mask = -1L;
            if (hi < first) {
                mask = 0;
            } else if (hi < first + 63) {
                mask &= (1L << (hi - first + 1)) - 1;
            }
            if (lo > first + 63) {
                mask = 0;
            } else if (lo > first) {
                mask &= -1L << (lo - first);
            }
            layers[at + w] &= mask;
        }
    }

    /** Picks the best final state by the objective and walks it back to the stints. */
    private @org.jspecify.annotations.Nullable Split choose(
            long[] schedule, long[] ids, int[] splitPercents, int layerSize, int scheduled) {
        if (cachedPreferences == null || cachedK != k || !Arrays.equals(cachedPercents, splitPercents)) {
            cachedK = k;
            cachedPercents = splitPercents.clone();
            cachedPreferences = preferences(splitPercents, k);
            cachedNumerators = numerators(splitPercents, k);
        }
        List<double[]> preferences = cachedPreferences;
        int[][] numerators = cachedNumerators;
        int denominator = splitPercents.length == 0 ? k : 100;
        int[] hours = new int[k];
        double bestFairness = -1;
        int bestHandovers = -1;
        int bestRow = -1;
        int bestBit = -1;
        double[] bestPreferred = null;
        for (int h = 0; h <= maxHandovers; h++) {
            int total = scheduled + h * handover;
            for (int row = low[0]; row < rows; row++) {
                int at = index(runs, h, row, layerSize);
                for (int w = 0; w < words; w++) {
                    for (long bits = layers[at + w]; bits != 0; bits &= bits - 1) {
                        int bit = (w << 6) + Long.numberOfTrailingZeros(bits);
                        hours[0] = row;
                        if (k == 3) {
                            hours[1] = bit;
                            hours[2] = total - row - bit;
                        } else {
                            hours[1] = total - row;
                        }
                        if (!withinWishes(hours)) {
                            continue;
                        }
                        for (int p = 0; p < numerators.length; p++) {
                            double[] preferred = preferences.get(p);
                            double fairness = fairness(hours, numerators[p], denominator);
                            if (fairness > bestFairness + EPSILON
                                    || (fairness > bestFairness - EPSILON && h < bestHandovers)) {
                                bestFairness = fairness;
                                bestHandovers = h;
                                bestRow = row;
                                bestBit = bit;
                                bestPreferred = preferred;
                            }
                        }
                    }
                }
            }
        }
        if (bestPreferred == null) {
            return null;
        }
        return walkBack(ids, layerSize, bestHandovers, bestRow, bestBit, bestPreferred, bestFairness);
    }

    private boolean withinWishes(int[] hours) {
        for (int m = 0; m < k; m++) {
            if (hours[m] < low[m] || hours[m] > cap[m]) {
                return false;
            }
        }
        return true;
    }

    private Split walkBack(
            long[] ids, int layerSize, int handovers, int row, int bit, double[] preferred, double fairness) {
        int[] chosen = new int[runs];
        int h = handovers;
        for (int r = runs - 1; r >= 0; r--) {
            int pick = -1;
            for (int o = optionsFrom[r]; o < optionsFrom[r + 1] && pick < 0; o++) {
                int hOld = h - optHandovers[o];
                int rowOld = row - optRow[o];
                int bitOld = bit - optBit[o];
                if (hOld >= 0 && rowOld >= 0 && bitOld >= 0) {
                    long word = layers[index(r, hOld, rowOld, layerSize) + (bitOld >>> 6)];
                    if ((word & (1L << bitOld)) != 0) {
                        pick = o;
                    }
                }
            }
            if (pick < 0) {
                throw new IllegalStateException("A reachable state has no predecessor");
            }
            chosen[r] = pick;
            h -= optHandovers[pick];
            row -= optRow[pick];
            bit -= optBit[pick];
        }
        long[][] assigned = new long[k][Slots.WORDS];
        List<Handover> list = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            int o = chosen[r];
            int stints = optHandovers[o] + 1;
            int[] cuts = {optCut1[o], optCut2[o]};
            int from = runStart[r];
            for (int s = 0; s < stints; s++) {
                int m = (optMembers[o] >>> (2 * s)) & 3;
                boolean last = s == stints - 1;
                int to = last ? runEnd[r] : cuts[s] + handover;
                Slots.setRange(assigned[m], from, to);
                if (!last) {
                    int next = (optMembers[o] >>> (2 * (s + 1))) & 3;
                    list.add(new Handover(ids[m], ids[next], cuts[s], cuts[s] + handover));
                    from = cuts[s];
                }
            }
        }
        int[] halfHours = new int[k];
        for (int m = 0; m < k; m++) {
            halfHours[m] = Slots.count(assigned[m]);
        }
        return new Split(assigned, halfHours, preferred.clone(), List.copyOf(list), fairness);
    }

    /** Each distinct assignment of the percents to members, in lexicographic order of permutations. */
    static List<double[]> preferences(int[] splitPercents, int k) {
        List<double[]> result = new ArrayList<>();
        if (splitPercents.length == 0) {
            double[] even = new double[k];
            Arrays.fill(even, 1.0 / k);
            result.add(even);
            return result;
        }
        List<String> seenKeys = new ArrayList<>();
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
            if (!seenKeys.contains(key.toString())) {
                seenKeys.add(key.toString());
                result.add(preferred);
            }
        }
        return result;
    }

    /** The preferred shares of {@link #preferences}, in the same order, as numerators over 100 (or over k, even). */
    static int[][] numerators(int[] splitPercents, int k) {
        List<double[]> preferences = preferences(splitPercents, k);
        int[][] result = new int[preferences.size()][k];
        for (int p = 0; p < result.length; p++) {
            for (int m = 0; m < k; m++) {
                result[p][m] = splitPercents.length == 0
                        ? 1
                        : (int) Math.round(preferences.get(p)[m] * 100);
            }
        }
        return result;
    }

    /**
     * {@code 1 − ½ Σ |share − preferred|} with preferred shares {@code numerator / denominator}, summed in whole
     * numbers so that the value does not depend on the order of the members.
     */
    static double fairness(int[] halfHours, int[] numerator, int denominator) {
        long total = 0;
        for (int h : halfHours) {
            total += h;
        }
        if (total == 0) {
            return 1.0;
        }
        long distance = 0;
        for (int m = 0; m < halfHours.length; m++) {
            distance += Math.abs(denominator * (long) halfHours[m] - numerator[m] * total);
        }
        return 1.0 - distance / (2.0 * denominator * total);
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

    /** The hard checks on a finished split, independent of how it was made: {@link SplitRules#valid}. */
    static boolean check(
            long[] schedule, int handover, long[][] available, Split split, int[] desiredMin, int[] desiredMax) {
        for (int m = 0; m < available.length; m++) {
            if (Slots.count(split.assigned()[m]) != split.halfHours()[m]) {
                return false;
            }
        }
        return SplitRules.valid(schedule, handover, available, desiredMin, desiredMax, split.assigned());
    }
}
