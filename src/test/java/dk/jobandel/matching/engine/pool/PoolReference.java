package dk.jobandel.matching.engine.pool;

import dk.jobandel.matching.engine.Slots;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

/**
 * Slow, obviously correct references: feasibility from {@link PortfolioRules#violations} only, scores walked slot
 * by slot, plans and best portfolios by trying everything.
 */
final class PoolReference {

    private PoolReference() {}

    /** Half-hours and soft score of a portfolio, computed slot by slot. */
    record Score(int halfHours, long soft) implements Comparable<Score> {

        @Override
        public int compareTo(Score other) {
            int c = Integer.compare(halfHours, other.halfHours);
            return c != 0 ? c : Long.compare(soft, other.soft);
        }
    }

    static Score score(PoolWorker worker, List<PoolNeed> needs, double speedKmh) {
        int[] owner = new int[Slots.SLOTS];
        java.util.Arrays.fill(owner, -1);
        int halfHours = 0;
        for (int i = 0; i < needs.size(); i++) {
            for (int slot = 0; slot < Slots.SLOTS; slot++) {
                if (Slots.contains(needs.get(i).schedule(), slot)) {
                    owner[slot] = i;
                    halfHours++;
                }
            }
        }
        int travel = 0;
        int previous = -1;
        int previousSlot = -1;
        for (int slot = 0; slot < Slots.SLOTS; slot++) {
            if (owner[slot] < 0) {
                continue;
            }
            if (previous >= 0 && owner[slot] != previous && previousSlot / Slots.PER_DAY == slot / Slots.PER_DAY) {
                travel += PortfolioRules.travelHalfHours(worker, needs.get(previous), needs.get(owner[slot]), speedKmh);
            }
            previous = owner[slot];
            previousSlot = slot;
        }
        var members = new HashSet<Long>();
        int over = 0;
        for (PoolNeed need : needs) {
            members.add(need.memberId());
            for (int skill = 0; skill < 64 * 2; skill++) {
                int required = need.requiredLevel(skill);
                if (required > 0) {
                    over += worker.level(skill) - required;
                }
            }
        }
        int shortfall = Math.max(0, worker.desiredMinHalfHours() - halfHours);
        long soft = -(10L * shortfall * shortfall + 20L * travel + 5L * Math.max(0, members.size() - 1) + 2L * over);
        return new Score(halfHours, soft);
    }

    static boolean allowed(PoolWorker worker, List<PoolNeed> needs, double speedKmh) {
        return PortfolioRules.violations(worker, needs, speedKmh).isEmpty();
    }

    /** The best plan's (covered half-hours, soft sum over all workers), by trying every assignment. */
    static Score optimum(List<PoolNeed> needs, List<PoolWorker> workers, double speedKmh) {
        int n = needs.size();
        int w = workers.size();
        // every subset of needs per worker: allowed, and its score
        Score[][] subset = new Score[w][1 << n];
        for (int i = 0; i < w; i++) {
            for (int mask = 0; mask < 1 << n; mask++) {
                List<PoolNeed> chosen = pick(needs, mask);
                if (allowed(workers.get(i), chosen, speedKmh)) {
                    subset[i][mask] = score(workers.get(i), chosen, speedKmh);
                }
            }
        }
        Score best = null;
        int[] choice = new int[n];
        long combinations = 1;
        for (int i = 0; i < n; i++) {
            combinations *= w + 1;
        }
        for (long c = 0; c < combinations; c++) {
            long rest = c;
            int[] masks = new int[w];
            for (int i = 0; i < n; i++) {
                choice[i] = (int) (rest % (w + 1)) - 1;
                rest /= w + 1;
                if (choice[i] >= 0) {
                    masks[choice[i]] |= 1 << i;
                }
            }
            int covered = 0;
            long soft = 0;
            boolean ok = true;
            for (int i = 0; i < w && ok; i++) {
                Score s = subset[i][masks[i]];
                if (s == null) {
                    ok = false;
                } else {
                    covered += s.halfHours();
                    soft += s.soft();
                }
            }
            if (ok) {
                Score total = new Score(covered, soft);
                if (best == null || total.compareTo(best) > 0) {
                    best = total;
                }
            }
        }
        return best;
    }

    /** The scores of the best k non-empty portfolios for one worker, best first. */
    static List<Score> bestPortfolios(PoolWorker worker, List<PoolNeed> needs, int k, double speedKmh) {
        List<Score> all = new ArrayList<>();
        for (int mask = 1; mask < 1 << needs.size(); mask++) {
            List<PoolNeed> chosen = pick(needs, mask);
            if (allowed(worker, chosen, speedKmh)) {
                all.add(score(worker, chosen, speedKmh));
            }
        }
        all.sort(Comparator.reverseOrder());
        return all.subList(0, Math.min(k, all.size()));
    }

    static List<PoolNeed> pick(List<PoolNeed> needs, int mask) {
        List<PoolNeed> chosen = new ArrayList<>();
        for (int i = 0; i < needs.size(); i++) {
            if ((mask & (1 << i)) != 0) {
                chosen.add(needs.get(i));
            }
        }
        return chosen;
    }
}
