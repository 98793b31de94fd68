package dk.jobandel.matching.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The split rules written the slow, obvious way, and the best split found by trying every assignment of people to
 * half-hours: for each scheduled half-hour every non-empty group of the members free then. Only for tiny schedules
 * (a dozen half-hours); it shares no code with {@link SplitPlanner} or {@link SplitRules}.
 */
final class SplitReference {

    static final double EPSILON = 1e-12;

    private SplitReference() {}

    /** The objective of a split: how close to the preferred shares (higher is better), then the handovers. */
    record Best(double fairness, int handovers) {}

    /** The best over all valid splits, or empty when no split keeps every rule. */
    static Optional<Best> best(
            boolean[] schedule, int handover, List<boolean[]> free, int[] min, int[] max, int[] percents) {
        int k = free.size();
        List<Integer> slots = new ArrayList<>();
        for (int s = 0; s < schedule.length; s++) {
            if (schedule[s]) {
                slots.add(s);
            }
        }
        int[] choice = new int[slots.size()];
        Best[] best = {null};
        search(0, slots, choice, schedule, handover, free, min, max, percents, k, best);
        return Optional.ofNullable(best[0]);
    }

    private static void search(
            int at,
            List<Integer> slots,
            int[] choice,
            boolean[] schedule,
            int handover,
            List<boolean[]> free,
            int[] min,
            int[] max,
            int[] percents,
            int k,
            Best[] best) {
        if (at == slots.size()) {
            boolean[][] works = new boolean[k][schedule.length];
            for (int j = 0; j < slots.size(); j++) {
                for (int m = 0; m < k; m++) {
                    works[m][slots.get(j)] = (choice[j] & (1 << m)) != 0;
                }
            }
            int handovers = handovers(schedule, handover, works, min, max);
            if (handovers >= 0) {
                double fairness = fairness(works, percents);
                if (best[0] == null
                        || fairness > best[0].fairness() + EPSILON
                        || (fairness > best[0].fairness() - EPSILON && handovers < best[0].handovers())) {
                    best[0] = new Best(fairness, handovers);
                }
            }
            return;
        }
        int slot = slots.get(at);
        for (int group = 1; group < (1 << k); group++) {
            boolean allFree = true;
            for (int m = 0; m < k; m++) {
                if ((group & (1 << m)) != 0 && !free.get(m)[slot]) {
                    allFree = false;
                }
            }
            if (allFree && Integer.bitCount(group) <= 2) { // three at once breaks a rule anyway
                choice[at] = group;
                search(at + 1, slots, choice, schedule, handover, free, min, max, percents, k, best);
            }
        }
    }

    /** The number of handovers when every rule holds (free time is already respected), else -1. */
    static int handovers(boolean[] schedule, int handover, boolean[][] works, int[] min, int[] max) {
        int k = works.length;
        for (int m = 0; m < k; m++) {
            int count = 0;
            for (boolean w : works[m]) {
                count += w ? 1 : 0;
            }
            if (count == 0 || count < min[m] || count > max[m]) {
                return -1;
            }
        }
        int handovers = 0;
        int slot = 0;
        while (slot < schedule.length) {
            if (!schedule[slot]) {
                slot++;
                continue;
            }
            int end = slot;
            while (end < schedule.length && schedule[end] && (end == slot || end % 48 != 0)) {
                end++;
            }
            int changes = runChanges(slot, end, handover, works);
            if (changes < 0) {
                return -1;
            }
            handovers += changes;
            slot = end;
        }
        return handovers;
    }

    /**
     * One run [from, to): the stints (maximal stretches one person works) in order of their start; the first starts
     * the run, each next one starts while the one before is at work, which stops exactly {@code handover} half-hours
     * later; the last ends the run; never three at once; at most three stints.
     */
    private static int runChanges(int from, int to, int handover, boolean[][] works) {
        List<int[]> stints = new ArrayList<>(); // {start, end, member}
        for (int m = 0; m < works.length; m++) {
            int s = from;
            while (s < to) {
                if (!works[m][s]) {
                    s++;
                    continue;
                }
                int e = s;
                while (e < to && works[m][e]) {
                    e++;
                }
                stints.add(new int[] {s, e, m});
                s = e;
            }
        }
        stints.sort((a, b) -> Integer.compare(a[0], b[0]));
        if (stints.isEmpty() || stints.size() > 3 || stints.get(0)[0] != from) {
            return -1;
        }
        for (int j = 1; j < stints.size(); j++) {
            int[] before = stints.get(j - 1);
            int[] next = stints.get(j);
            if (next[0] <= before[0] || before[1] != next[0] + handover) {
                return -1;
            }
        }
        int last = 0;
        for (int[] stint : stints) {
            last = Math.max(last, stint[1]);
        }
        if (stints.get(stints.size() - 1)[1] != to || last != to) {
            return -1;
        }
        for (int s = from; s < to; s++) {
            int at = 0;
            for (boolean[] w : works) {
                at += w[s] ? 1 : 0;
            }
            if (at == 0 || at > 2) {
                return -1;
            }
        }
        return stints.size() - 1;
    }

    /** The best over every assignment of the percents to members of {@code 1 − ½ Σ |share − preferred|}. */
    static double fairness(boolean[][] works, int[] percents) {
        int k = works.length;
        int[] hours = new int[k];
        int total = 0;
        for (int m = 0; m < k; m++) {
            for (boolean w : works[m]) {
                hours[m] += w ? 1 : 0;
            }
            total += hours[m];
        }
        double best = -1;
        for (int[] order : permutations(k)) {
            double distance = 0;
            for (int m = 0; m < k; m++) {
                double preferred = percents.length == 0 ? 1.0 / k : percents[order[m]] / 100.0;
                distance += Math.abs(hours[m] / (double) total - preferred);
            }
            best = Math.max(best, 1 - distance / 2);
        }
        return best;
    }

    private static int[][] permutations(int k) {
        return k == 2
                ? new int[][] {{0, 1}, {1, 0}}
                : new int[][] {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
    }
}
