package dk.jobandel.matching.engine.pool;

import dk.jobandel.matching.engine.Slots;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The best portfolios for one worker, by exact search over the needs the worker may take.
 *
 * <p>Branch and bound: the worker's candidate needs (those that pass {@link PortfolioRules#eligibility} and fit on
 * their own) are ordered by half-hours, most first, and each is in turn taken or left. A branch is cut when even
 * taking every remaining need that overlaps none taken (capped at the desired maximum) cannot beat the k-th best portfolio found: the
 * half-hours bound that gives, then for equal half-hours the soft score, which can only fall as needs are added
 * except for the shortfall term, bounded with the most half-hours reachable. Portfolios rank as {@link
 * PortfolioScore#compareBetterFirst}; among equal scores the one found first (by the order above) comes first. The
 * search is exact unless it runs out of its node budget ({@link PoolSettings#exactNodes()}), which the result says.
 */
public final class Portfolios {

    private Portfolios() {}

    /**
     * The result of a ranking.
     *
     * @param portfolios at most k portfolios, best first, none empty
     * @param exact whether the search finished, which proves these the best k
     * @param nodes search nodes visited
     */
    public record Ranking(List<Portfolio> portfolios, boolean exact, long nodes) {

        public Ranking {
            portfolios = List.copyOf(portfolios);
        }
    }

    /** The best {@code k} portfolios for the worker from these needs, with the default settings. */
    public static List<Portfolio> forWorker(PoolWorker worker, List<PoolNeed> needs, int k) {
        return forWorker(worker, needs, k, PoolSettings.defaults()).portfolios();
    }

    /** The best {@code k} portfolios for the worker from these needs. */
    public static Ranking forWorker(PoolWorker worker, List<PoolNeed> needs, int k, PoolSettings settings) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, not " + k);
        }
        PoolModel model = new PoolModel(needs, List.of(worker), settings.speedKmh());
        Search search = new Search(model, k, settings.exactNodes());
        search.run();
        List<Portfolio> result = new ArrayList<>();
        for (int[] found : search.found) {
            result.add(model.portfolio(0, found, found.length));
        }
        return new Ranking(result, !search.exhausted, search.nodes);
    }

    private static final class Search {
        private final PoolModel model;
        private final int k;
        private final int[] order;
        private final int[] suffixHalfHours;
        private final int[] path;
        /** The half-hours taken by the needs on the path, per depth of the path. */
        private final long[][] occupied;

        private final int max;
        private final int min;
        private long budget;
        long nodes;
        boolean exhausted;
        final List<int[]> found = new ArrayList<>();
        private final List<int[]> foundScore = new ArrayList<>(); // {halfHours} and soft as a long below
        private final List<Long> foundSoft = new ArrayList<>();

        Search(PoolModel model, int k, long budget) {
            this.model = model;
            this.k = k;
            this.budget = budget;
            int[] mine = model.needsOf[0];
            order = Arrays.stream(mine)
                    .boxed()
                    .sorted((a, b) -> {
                        int c = Integer.compare(model.halfHours[b], model.halfHours[a]);
                        return c != 0 ? c : Integer.compare(a, b);
                    })
                    .mapToInt(Integer::intValue)
                    .toArray();
            suffixHalfHours = new int[order.length + 1];
            for (int i = order.length - 1; i >= 0; i--) {
                suffixHalfHours[i] = suffixHalfHours[i + 1] + model.halfHours[order[i]];
            }
            path = new int[order.length];
            occupied = new long[order.length + 1][Slots.WORDS];
            max = model.workers[0].desiredMaxHalfHours();
            min = model.workers[0].desiredMinHalfHours();
        }

        void run() {
            dfs(0, 0, 0, 0);
        }

        /** {@code monotone} is the soft score without the shortfall term: it can only fall as needs are added. */
        private void dfs(int depth, int count, int halfHours, long monotone) {
            if (exhausted) {
                return;
            }
            if (budget-- <= 0) {
                exhausted = true;
                return;
            }
            nodes++;
            if (found.size() == k) {
                int bound = Math.min(max, halfHours + freeHalfHours(depth, count));
                int shortfall = Math.max(0, min - bound);
                long softBound = monotone - (long) PortfolioScore.SHORTFALL_WEIGHT * shortfall * shortfall;
                if (compare(bound, softBound, k - 1) <= 0) {
                    return;
                }
            }
            if (depth == order.length) {
                if (count > 0) {
                    model.evaluate(0, path, count);
                    offer(Arrays.copyOf(path, count), model.lastHalfHours, model.lastSoft);
                }
                return;
            }
            int n = order[depth];
            path[count] = n;
            if (halfHours + model.halfHours[n] <= max && model.evaluate(0, path, count + 1)) {
                for (int w = 0; w < Slots.WORDS; w++) {
                    occupied[count + 1][w] = occupied[count][w] | model.schedule[n * Slots.WORDS + w];
                }
                int shortfall = Math.max(0, min - model.lastHalfHours);
                long withoutShortfall = model.lastSoft + (long) PortfolioScore.SHORTFALL_WEIGHT * shortfall * shortfall;
                dfs(depth + 1, count + 1, model.lastHalfHours, withoutShortfall);
            }
            dfs(depth + 1, count, halfHours, monotone);
        }

        /** The half-hours of the needs from {@code depth} on that overlap none on the path. */
        private int freeHalfHours(int depth, int count) {
            long[] taken = occupied[count];
            int free = 0;
            for (int i = depth; i < order.length; i++) {
                int at = order[i] * Slots.WORDS;
                boolean clash = false;
                for (int w = 0; w < Slots.WORDS && !clash; w++) {
                    clash = (taken[w] & model.schedule[at + w]) != 0;
                }
                if (!clash) {
                    free += model.halfHours[order[i]];
                }
            }
            return free;
        }

        /** Compares (halfHours, soft) with the i-th portfolio found: positive when better. */
        private int compare(int halfHours, long soft, int i) {
            int c = Integer.compare(halfHours, foundScore.get(i)[0]);
            return c != 0 ? c : Long.compare(soft, foundSoft.get(i));
        }

        private void offer(int[] portfolio, int halfHours, long soft) {
            if (found.size() == k && compare(halfHours, soft, k - 1) <= 0) {
                return;
            }
            int at = found.size();
            while (at > 0 && compare(halfHours, soft, at - 1) > 0) {
                at--;
            }
            found.add(at, portfolio);
            foundScore.add(at, new int[] {halfHours});
            foundSoft.add(at, soft);
            if (found.size() > k) {
                found.remove(k);
                foundScore.remove(k);
                foundSoft.remove(k);
            }
        }
    }
}
