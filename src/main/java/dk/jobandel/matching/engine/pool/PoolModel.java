package dk.jobandel.matching.engine.pool;

import dk.jobandel.matching.engine.Slots;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * Needs and workers laid out as arrays for the search, sorted by id so that results do not depend on input order:
 * schedules, runs, travel times between needs and from each worker's home, and which workers may take which needs.
 * {@link #evaluate} is the fast check of a whole portfolio (the same rules as {@link PortfolioRules}, written for
 * speed) and its score.
 */
final class PoolModel {

    final PoolNeed[] needs;
    final PoolWorker[] workers;
    final int needCount;
    final int workerCount;
    final double speedKmh;
    final long[] schedule;
    final int[] halfHours;
    final int[][] runs;
    final long[] member;
    final boolean[] remote;
    /** Travel half-hours between the workplaces of two on-site needs, {@code [a * needCount + b]}. */
    final int[] needTravel;
    /** Travel half-hours between a worker's home and a need's workplace, {@code [w][n]}. */
    final int[][] homeTravel;
    /** Per need, the workers who may take it on its own, ascending. */
    final int[][] candidates;
    /** Per worker, the needs they may take on their own, ascending. */
    final int[][] needsOf;
    /** Per worker and need, skill levels held above those required ({@code -1} when not a candidate). */
    final int[][] overqualification;

    // scratch of evaluate()
    private final long[] union = new long[Slots.WORDS];
    private int[] blockStart = new int[32];
    private int[] blockEnd = new int[32];
    private int[] blockNeed = new int[32];
    private final long[] members = new long[Slots.SLOTS];
    int lastHalfHours;
    int lastTravel;
    long lastSoft;

    PoolModel(List<PoolNeed> needList, List<PoolWorker> workerList, double speedKmh) {
        this.needs =
                needList.stream().sorted(Comparator.comparingLong(PoolNeed::id)).toArray(PoolNeed[]::new);
        this.workers = workerList.stream()
                .sorted(Comparator.comparingLong(PoolWorker::id))
                .toArray(PoolWorker[]::new);
        for (int i = 1; i < needs.length; i++) {
            if (needs[i].id() == needs[i - 1].id()) {
                throw new IllegalArgumentException("Need " + needs[i].id() + " is given twice");
            }
        }
        for (int i = 1; i < workers.length; i++) {
            if (workers[i].id() == workers[i - 1].id()) {
                throw new IllegalArgumentException("Worker " + workers[i].id() + " is given twice");
            }
        }
        this.speedKmh = speedKmh;
        needCount = needs.length;
        workerCount = workers.length;
        schedule = new long[needCount * Slots.WORDS];
        halfHours = new int[needCount];
        runs = new int[needCount][];
        member = new long[needCount];
        remote = new boolean[needCount];
        for (int n = 0; n < needCount; n++) {
            long[] words = needs[n].scheduleWords();
            System.arraycopy(words, 0, schedule, n * Slots.WORDS, Slots.WORDS);
            halfHours[n] = Slots.count(words);
            runs[n] = Week.runs(words);
            member[n] = needs[n].memberId();
            remote[n] = needs[n].remote();
        }
        needTravel = new int[needCount * needCount];
        for (int a = 0; a < needCount; a++) {
            for (int b = a + 1; b < needCount; b++) {
                if (!remote[a] && !remote[b]) {
                    int t = Place.travelHalfHours(
                            Place.km(needs[a].lat(), needs[a].lon(), needs[b].lat(), needs[b].lon()), speedKmh);
                    needTravel[a * needCount + b] = t;
                    needTravel[b * needCount + a] = t;
                }
            }
        }
        homeTravel = new int[workerCount][needCount];
        overqualification = new int[workerCount][needCount];
        List<List<Integer>> candidateLists = new ArrayList<>();
        for (int n = 0; n < needCount; n++) {
            candidateLists.add(new ArrayList<>());
        }
        needsOf = new int[workerCount][];
        for (int w = 0; w < workerCount; w++) {
            PoolWorker worker = workers[w];
            Arrays.fill(overqualification[w], -1);
            List<Integer> mine = new ArrayList<>();
            for (int n = 0; n < needCount; n++) {
                PoolNeed need = needs[n];
                if (!remote[n]) {
                    homeTravel[w][n] = Place.travelHalfHours(
                            Place.km(worker.lat(), worker.lon(), need.lat(), need.lon()), speedKmh);
                }
                if (PortfolioRules.eligibility(worker, need).isEmpty()
                        && halfHours[n] <= worker.desiredMaxHalfHours()
                        && WorkingTime.firstBreach(need.scheduleWords()).isEmpty()) {
                    overqualification[w][n] = overqualification(worker, need);
                    mine.add(n);
                    candidateLists.get(n).add(w);
                }
            }
            needsOf[w] = mine.stream().mapToInt(Integer::intValue).toArray();
        }
        candidates = new int[needCount][];
        for (int n = 0; n < needCount; n++) {
            candidates[n] =
                    candidateLists.get(n).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Levels held above those required, summed over the need's required skills (each at its highest level). */
    static int overqualification(PoolWorker worker, PoolNeed need) {
        long[] s1 = need.skills1();
        long[] s2 = need.skills2();
        long[] s3 = need.skills3();
        long[] w1 = worker.atLeast1();
        long[] w2 = worker.atLeast2();
        long[] w3 = worker.atLeast3();
        int words = Math.max(s1.length, Math.max(s2.length, s3.length));
        int held = 0;
        int required = 0;
        for (int i = 0; i < words; i++) {
            long r3 = word(s3, i);
            long r2 = word(s2, i) | r3;
            long any = word(s1, i) | r2;
            held += Long.bitCount(any & word(w1, i))
                    + Long.bitCount(any & word(w2, i))
                    + Long.bitCount(any & word(w3, i));
            required += Long.bitCount(any) + Long.bitCount(r2) + Long.bitCount(r3);
        }
        return held - required;
    }

    private static long word(long[] bits, int i) {
        return i < bits.length ? bits[i] : 0;
    }

    /** Travel half-hours from need a's place to need b's place for worker w (remote needs are worked at home). */
    int travel(int w, int a, int b) {
        if (remote[a]) {
            return remote[b] ? 0 : homeTravel[w][b];
        }
        return remote[b] ? homeTravel[w][a] : needTravel[a * needCount + b];
    }

    /**
     * Whether worker w may take the needs {@code list[0..count)} (each a candidate of w) together: no overlap,
     * within the desired maximum, travel between places, working time. When it may, {@link #lastHalfHours},
     * {@link #lastTravel} and {@link #lastSoft} hold the portfolio's figures.
     */
    boolean evaluate(int w, int[] list, int count) {
        PoolWorker worker = workers[w];
        Arrays.fill(union, 0);
        int total = 0;
        int blocks = 0;
        int over = 0;
        for (int i = 0; i < count; i++) {
            int n = list[i];
            int at = n * Slots.WORDS;
            for (int k = 0; k < Slots.WORDS; k++) {
                long bits = schedule[at + k];
                if ((union[k] & bits) != 0) {
                    return false;
                }
                union[k] |= bits;
            }
            total += halfHours[n];
            over += overqualification[w][n];
            blocks += runs[n].length / 2;
        }
        if (total > worker.desiredMaxHalfHours()) {
            return false;
        }
        if (blocks > blockStart.length) {
            blockStart = new int[blocks * 2];
            blockEnd = new int[blocks * 2];
            blockNeed = new int[blocks * 2];
        }
        int b = 0;
        for (int i = 0; i < count; i++) {
            int n = list[i];
            int[] r = runs[n];
            for (int k = 0; k < r.length; k += 2) {
                // insertion by start: blocks never overlap, so starts are distinct
                int j = b++;
                while (j > 0 && blockStart[j - 1] > r[k]) {
                    blockStart[j] = blockStart[j - 1];
                    blockEnd[j] = blockEnd[j - 1];
                    blockNeed[j] = blockNeed[j - 1];
                    j--;
                }
                blockStart[j] = r[k];
                blockEnd[j] = r[k + 1];
                blockNeed[j] = n;
            }
        }
        int sameDayTravel = 0;
        for (int i = 0; i < b; i++) {
            int j = i + 1 < b ? i + 1 : 0;
            if (blockNeed[i] == blockNeed[j]) {
                continue;
            }
            int gap = j > i ? blockStart[j] - blockEnd[i] : blockStart[j] + Slots.SLOTS - blockEnd[i];
            int t = travel(w, blockNeed[i], blockNeed[j]);
            if (gap < t) {
                return false;
            }
            if (j > i && blockStart[j] / Slots.PER_DAY == (blockEnd[i] - 1) / Slots.PER_DAY) {
                sameDayTravel += t;
            }
        }
        if (!WorkingTime.withinWeeklyHours(union)
                || WorkingTime.dailyRestBreach(union) >= 0
                || !WorkingTime.hasWeeklyRest(union)) {
            return false;
        }
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            long m = member[list[i]];
            boolean seen = false;
            for (int k = 0; k < distinct && !seen; k++) {
                seen = members[k] == m;
            }
            if (!seen && distinct < members.length) {
                members[distinct++] = m;
            }
        }
        lastHalfHours = total;
        lastTravel = sameDayTravel;
        int shortfall = Math.max(0, worker.desiredMinHalfHours() - total);
        lastSoft = PortfolioScore.soft(shortfall, sameDayTravel, distinct, over);
        return true;
    }

    /** The soft score of an empty portfolio for worker w. */
    long emptySoft(int w) {
        return PortfolioScore.soft(workers[w].desiredMinHalfHours(), 0, 0, 0);
    }

    /** The portfolio of worker w with the needs {@code list[0..count)}, explained; the needs must fit. */
    Portfolio portfolio(int w, int[] list, int count) {
        int[] sorted = Arrays.copyOf(list, count);
        Arrays.sort(sorted);
        if (!evaluate(w, sorted, count)) {
            throw new IllegalStateException("Portfolio of worker " + workers[w].id() + " breaks a rule");
        }
        PoolWorker worker = workers[w];
        int total = 0;
        int over = 0;
        List<Long> ids = new ArrayList<>();
        TreeMap<Long, Integer> byMember = new TreeMap<>();
        for (int n : sorted) {
            ids.add(needs[n].id());
            byMember.merge(member[n], halfHours[n], Integer::sum);
            total += halfHours[n];
            over += overqualification[w][n];
        }
        List<Portfolio.Move> moves = new ArrayList<>();
        // blockStart etc. still hold the sorted blocks of the evaluate() call above
        int b = 0;
        for (int n : sorted) {
            b += runs[n].length / 2;
        }
        int travel = 0;
        for (int i = 0; i + 1 < b; i++) {
            int a = blockNeed[i];
            int c = blockNeed[i + 1];
            if (a != c && blockStart[i + 1] / Slots.PER_DAY == (blockEnd[i] - 1) / Slots.PER_DAY) {
                double[] from = PortfolioRules.place(worker, needs[a]);
                double[] to = PortfolioRules.place(worker, needs[c]);
                int t = travel(w, a, c);
                travel += t;
                moves.add(new Portfolio.Move(
                        needs[a].id(),
                        needs[c].id(),
                        blockEnd[i],
                        blockStart[i + 1],
                        Place.km(from[0], from[1], to[0], to[1]),
                        t));
            }
        }
        var score = PortfolioScore.of(total, worker.desiredMinHalfHours(), travel, byMember.size(), over);
        return new Portfolio(worker.id(), ids, total, byMember, moves, score);
    }
}
