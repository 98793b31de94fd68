package dk.jobandel.matching.engine.pool;

import dk.jobandel.matching.engine.Slots;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The search behind {@link PoolPlanner} on one plan under construction: the greedy start, the split into independent
 * parts, and per part simulated annealing over ejection moves and, for small parts, branch and bound. Every change of
 * the plan goes through {@link #set}, which keeps each worker's needs, occupied half-hours, half-hours and soft
 * score in step and journals the change so that a rejected move is undone exactly.
 */
final class PoolSearch {

    /** What one covered half-hour is worth against soft points in the annealing's acceptance test. */
    static final double HOUR_VALUE = 100_000;
    /** Annealing temperature at the start and end of a part's moves, in soft points. */
    static final double START_TEMPERATURE = 50_000;

    static final double END_TEMPERATURE = 50;

    final PoolModel m;
    private final long deadline;
    final int[] assigned;
    private final int[][] list;
    private final int[] count;
    private final long[] occupied;
    private final int[] used;
    final long[] soft;
    long covered;
    long softTotal;
    /** Per need, the days it touches and the days next to them, as a 7-bit mask. */
    private final int[] nearDays;
    /** Per worker, its candidate needs by half-hours, most first. */
    private final int[][] needsByHours;

    private int[] scratch = new int[16];
    private long fitSoft;
    private int[] journalNeed = new int[64];
    private int[] journalWorker = new int[64];
    private int journalSize;
    private boolean journaling;
    private int[] ejected = new int[16];

    long steps;
    long nodes;
    boolean stoppedByTimeLimit;

    PoolSearch(PoolModel model, long deadlineNanos) {
        this.m = model;
        this.deadline = deadlineNanos;
        assigned = new int[m.needCount];
        Arrays.fill(assigned, -1);
        list = new int[m.workerCount][4];
        count = new int[m.workerCount];
        occupied = new long[m.workerCount * Slots.WORDS];
        used = new int[m.workerCount];
        soft = new long[m.workerCount];
        for (int w = 0; w < m.workerCount; w++) {
            soft[w] = m.emptySoft(w);
            softTotal += soft[w];
        }
        nearDays = new int[m.needCount];
        for (int n = 0; n < m.needCount; n++) {
            int days = 0;
            for (int k = 0; k < m.runs[n].length; k += 2) {
                days |= 1 << (m.runs[n][k] / Slots.PER_DAY);
            }
            nearDays[n] = (days | (days << 1) | (days >>> 1) | ((days & 1) << 6) | ((days >>> 6) & 1)) & 0x7F;
        }
        needsByHours = new int[m.workerCount][];
        for (int w = 0; w < m.workerCount; w++) {
            needsByHours[w] = byHours(m.needsOf[w]);
        }
    }

    private int[] byHours(int[] needs) {
        return Arrays.stream(needs)
                .boxed()
                .sorted((a, b) -> {
                    int c = Integer.compare(m.halfHours[b], m.halfHours[a]);
                    return c != 0 ? c : Integer.compare(a, b);
                })
                .mapToInt(Integer::intValue)
                .toArray();
    }

    // ------------------------------------------------------------------ state

    /** Whether need n (unassigned) fits worker w now; when it does, {@link #fitSoft} is w's soft score with it. */
    boolean fits(int n, int w) {
        if (used[w] + m.halfHours[n] > m.workers[w].desiredMaxHalfHours()) {
            return false;
        }
        int at = w * Slots.WORDS;
        int from = n * Slots.WORDS;
        for (int k = 0; k < Slots.WORDS; k++) {
            if ((occupied[at + k] & m.schedule[from + k]) != 0) {
                return false;
            }
        }
        int c = count[w];
        if (scratch.length < c + 1) {
            scratch = new int[(c + 1) * 2];
        }
        System.arraycopy(list[w], 0, scratch, 0, c);
        scratch[c] = n;
        if (!m.evaluate(w, scratch, c + 1)) {
            return false;
        }
        fitSoft = m.lastSoft;
        return true;
    }

    /** Puts need n on worker w (-1: on none); w must fit. */
    void set(int n, int w) {
        int from = assigned[n];
        if (from == w) {
            return;
        }
        if (journaling) {
            if (journalSize == journalNeed.length) {
                journalNeed = Arrays.copyOf(journalNeed, journalSize * 2);
                journalWorker = Arrays.copyOf(journalWorker, journalSize * 2);
            }
            journalNeed[journalSize] = n;
            journalWorker[journalSize] = from;
            journalSize++;
        }
        if (from >= 0) {
            int[] l = list[from];
            int c = count[from];
            for (int k = 0; k < c; k++) {
                if (l[k] == n) {
                    System.arraycopy(l, k + 1, l, k, c - k - 1);
                    break;
                }
            }
            count[from] = --c;
            int at = from * Slots.WORDS;
            for (int k = 0; k < Slots.WORDS; k++) {
                occupied[at + k] &= ~m.schedule[n * Slots.WORDS + k];
            }
            used[from] -= m.halfHours[n];
            covered -= m.halfHours[n];
            long before = soft[from];
            if (c == 0) {
                soft[from] = m.emptySoft(from);
            } else if (m.evaluate(from, l, c)) {
                soft[from] = m.lastSoft;
            } else {
                throw new IllegalStateException("A portfolio without one of its needs broke a rule");
            }
            softTotal += soft[from] - before;
            assigned[n] = -1;
        }
        if (w >= 0) {
            if (!fits(n, w)) {
                throw new IllegalStateException(
                        "Need " + m.needs[n].id() + " does not fit worker " + m.workers[w].id());
            }
            if (count[w] == list[w].length) {
                list[w] = Arrays.copyOf(list[w], count[w] * 2);
            }
            list[w][count[w]++] = n;
            int at = w * Slots.WORDS;
            for (int k = 0; k < Slots.WORDS; k++) {
                occupied[at + k] |= m.schedule[n * Slots.WORDS + k];
            }
            used[w] += m.halfHours[n];
            covered += m.halfHours[n];
            softTotal += fitSoft - soft[w];
            soft[w] = fitSoft;
            assigned[n] = w;
        }
    }

    int[] needsOfWorker(int w) {
        return Arrays.copyOf(list[w], count[w]);
    }

    // ------------------------------------------------------------------ greedy

    /**
     * Needs by half-hours, most first (ties: lower id); each goes to the worker it fits with the best soft score
     * change (ties: lower worker id), or stays open.
     */
    void greedy() {
        int[] all = new int[m.needCount];
        for (int n = 0; n < m.needCount; n++) {
            all[n] = n;
        }
        for (int n : byHours(all)) {
            placeBest(n);
        }
    }

    /** Puts unassigned need n on the worker where it fits with the best soft change; returns whether it found one. */
    private boolean placeBest(int n) {
        int best = -1;
        long bestDelta = Long.MIN_VALUE;
        for (int w : m.candidates[n]) {
            if (fits(n, w) && fitSoft - soft[w] > bestDelta) {
                bestDelta = fitSoft - soft[w];
                best = w;
            }
        }
        if (best >= 0) {
            set(n, best);
            return true;
        }
        return false;
    }

    // ------------------------------------------------------------------ parts

    /** Needs linked when one worker may take both; each part ascending, parts by their first need. */
    List<int[]> parts() {
        int[] parent = new int[m.needCount];
        for (int n = 0; n < m.needCount; n++) {
            parent[n] = n;
        }
        for (int w = 0; w < m.workerCount; w++) {
            int[] mine = m.needsOf[w];
            for (int k = 1; k < mine.length; k++) {
                int a = find(parent, mine[0]);
                int b = find(parent, mine[k]);
                if (a != b) {
                    parent[Math.max(a, b)] = Math.min(a, b);
                }
            }
        }
        List<List<Integer>> groups = new ArrayList<>();
        int[] groupOf = new int[m.needCount];
        Arrays.fill(groupOf, -1);
        for (int n = 0; n < m.needCount; n++) {
            int root = find(parent, n);
            if (groupOf[root] < 0) {
                groupOf[root] = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(groupOf[root]).add(n);
        }
        return groups.stream()
                .map(g -> g.stream().mapToInt(Integer::intValue).toArray())
                .toList();
    }

    private static int find(int[] parent, int n) {
        while (parent[n] != n) {
            parent[n] = parent[parent[n]];
            n = parent[n];
        }
        return n;
    }

    /** The workers who may take a need of the part, ascending. */
    int[] workersOf(int[] part) {
        return Arrays.stream(part)
                .flatMap(n -> Arrays.stream(m.candidates[n]))
                .distinct()
                .sorted()
                .toArray();
    }

    // ------------------------------------------------------------------ local search

    /**
     * Simulated annealing over one part for {@code budget} moves from the current plan; leaves the best plan seen
     * (more covered half-hours, then a higher soft sum). A move puts one need on one of its workers (or on none),
     * ejects what stands in the way, and refills: the ejected needs go to the best worker they fit, and the worker
     * the need left takes open needs that now fit.
     */
    void localSearch(int[] part, long budget, long seed) {
        int size = part.length;
        SplittableRandom random = new SplittableRandom(seed);
        int[] best = new int[size];
        for (int i = 0; i < size; i++) {
            best[i] = assigned[part[i]];
        }
        long bestCovered = covered;
        long bestSoft = softTotal;
        double cooling = Math.log(END_TEMPERATURE / START_TEMPERATURE);
        for (long step = 0; step < budget; step++) {
            if ((step & 63) == 0 && System.nanoTime() - deadline > 0) {
                stoppedByTimeLimit = true;
                break;
            }
            steps++;
            int n = part[random.nextInt(size)];
            int[] cands = m.candidates[n];
            if (cands.length == 0) {
                continue;
            }
            int pick = random.nextInt(cands.length + 1);
            int target = pick == cands.length ? -1 : cands[pick];
            if (target == assigned[n]) {
                continue;
            }
            long coveredBefore = covered;
            long softBefore = softTotal;
            journalSize = 0;
            journaling = true;
            boolean made = move(n, target);
            journaling = false;
            if (!made) {
                rollback();
                continue;
            }
            double delta = HOUR_VALUE * (covered - coveredBefore) + (softTotal - softBefore);
            double temperature = START_TEMPERATURE * Math.exp(cooling * step / budget);
            if (delta >= 0 || random.nextDouble() < Math.exp(delta / temperature)) {
                if (covered > bestCovered || (covered == bestCovered && softTotal > bestSoft)) {
                    bestCovered = covered;
                    bestSoft = softTotal;
                    for (int i = 0; i < size; i++) {
                        best[i] = assigned[part[i]];
                    }
                }
            } else {
                rollback();
            }
        }
        journalSize = 0;
        restore(part, best);
    }

    /** Undoes the journaled changes of the current move, last first. */
    private void rollback() {
        for (int k = journalSize - 1; k >= 0; k--) {
            int n = journalNeed[k];
            int before = journalWorker[k];
            set(n, -1);
            if (before >= 0) {
                set(n, before);
            }
        }
        journalSize = 0;
    }

    private boolean move(int n, int target) {
        int from = assigned[n];
        if (from >= 0) {
            set(n, -1);
        }
        int ejectedCount = 0;
        if (target >= 0) {
            int max = m.workers[target].desiredMaxHalfHours();
            int[] theirs = needsOfWorker(target);
            for (int other : theirs) {
                if (overlap(other, n)) {
                    ejectedCount = eject(other, ejectedCount);
                }
            }
            while (used[target] + m.halfHours[n] > max) {
                int smallest = -1;
                for (int k = 0; k < count[target]; k++) {
                    int other = list[target][k];
                    if (smallest < 0
                            || m.halfHours[other] < m.halfHours[smallest]
                            || (m.halfHours[other] == m.halfHours[smallest] && other > smallest)) {
                        smallest = other;
                    }
                }
                ejectedCount = eject(smallest, ejectedCount);
            }
            if (!fits(n, target)) {
                for (int other : needsOfWorker(target)) {
                    if ((nearDays[other] & nearDays[n]) != 0) {
                        ejectedCount = eject(other, ejectedCount);
                    }
                }
                if (!fits(n, target)) {
                    return false;
                }
            }
            set(n, target);
        }
        for (int k = 0; k < ejectedCount; k++) {
            placeBest(ejected[k]);
        }
        if (from >= 0) {
            for (int other : needsByHours[from]) {
                if (assigned[other] < 0 && other != n && fits(other, from)) {
                    set(other, from);
                }
            }
        }
        return true;
    }

    private int eject(int n, int ejectedCount) {
        set(n, -1);
        if (ejectedCount == ejected.length) {
            ejected = Arrays.copyOf(ejected, ejectedCount * 2);
        }
        ejected[ejectedCount] = n;
        return ejectedCount + 1;
    }

    private boolean overlap(int a, int b) {
        for (int k = 0; k < Slots.WORDS; k++) {
            if ((m.schedule[a * Slots.WORDS + k] & m.schedule[b * Slots.WORDS + k]) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Puts the part's needs on the given workers: all off first, then on. */
    private void restore(int[] part, int[] workers) {
        for (int n : part) {
            set(n, -1);
        }
        for (int i = 0; i < part.length; i++) {
            if (workers[i] >= 0) {
                set(part[i], workers[i]);
            }
        }
    }

    // ------------------------------------------------------------------ branch and bound

    private int[] order;
    private int[] partWorkers;
    private int[] exactBest;
    private long exactBestCovered;
    private long exactBestSoft;
    private long nodeBudget;
    private boolean exhausted;
    private int[] reachable;

    /**
     * Searches the part exactly, from the current plan as the one to beat, visiting at most {@code budget} nodes;
     * keeps the better plan if one is found. Returns whether the search finished, which proves the kept plan optimal.
     *
     * <p>Needs by half-hours, most first; each goes to each worker it fits, then to none. The bound: every remaining
     * need that some worker could still hold (no overlap, within the maximum) is covered; and each worker's soft score
     * rises at most by the shortfall those needs could fill (travel, members and overqualification only get worse as
     * needs are added).
     */
    boolean branchAndBound(int[] part, long budget) {
        order = byHours(part);
        partWorkers = workersOf(part);
        reachable = new int[m.workerCount];
        exactBest = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            exactBest[i] = assigned[order[i]];
        }
        exactBestCovered = covered;
        exactBestSoft = softTotal;
        for (int n : order) {
            set(n, -1);
        }
        nodeBudget = budget;
        exhausted = false;
        dfs(0);
        restore(order, exactBest);
        return !exhausted;
    }

    private void dfs(int depth) {
        if (exhausted) {
            return;
        }
        if (nodeBudget-- <= 0) {
            exhausted = true;
            return;
        }
        if ((nodes & 1023) == 0 && System.nanoTime() - deadline > 0) {
            exhausted = true;
            stoppedByTimeLimit = true;
            return;
        }
        nodes++;
        long coveredBound = covered;
        for (int w : partWorkers) {
            reachable[w] = 0;
        }
        for (int i = depth; i < order.length; i++) {
            int n = order[i];
            boolean any = false;
            for (int w : m.candidates[n]) {
                if (roughlyFits(n, w)) {
                    any = true;
                    reachable[w] += m.halfHours[n];
                }
            }
            if (any) {
                coveredBound += m.halfHours[n];
            }
        }
        long softBound = softTotal;
        for (int w : partWorkers) {
            long shortfall = Math.max(0, m.workers[w].desiredMinHalfHours() - used[w]);
            long left = Math.max(0, shortfall - reachable[w]);
            softBound += PortfolioScore.SHORTFALL_WEIGHT * (shortfall * shortfall - left * left);
        }
        if (coveredBound < exactBestCovered || (coveredBound == exactBestCovered && softBound <= exactBestSoft)) {
            return;
        }
        if (depth == order.length) {
            exactBestCovered = covered;
            exactBestSoft = softTotal;
            for (int i = 0; i < order.length; i++) {
                exactBest[i] = assigned[order[i]];
            }
            return;
        }
        int n = order[depth];
        for (int w : m.candidates[n]) {
            if (fits(n, w)) {
                set(n, w);
                dfs(depth + 1);
                set(n, -1);
            }
        }
        dfs(depth + 1);
    }

    /** No overlap and within the maximum: necessary for {@link #fits}, and cheap. */
    private boolean roughlyFits(int n, int w) {
        if (used[w] + m.halfHours[n] > m.workers[w].desiredMaxHalfHours()) {
            return false;
        }
        for (int k = 0; k < Slots.WORDS; k++) {
            if ((occupied[w * Slots.WORDS + k] & m.schedule[n * Slots.WORDS + k]) != 0) {
                return false;
            }
        }
        return true;
    }
}
