package dk.jobandel.matching.engine;

/**
 * Cheap upper bounds on the fairness of the best split ({@link SplitPlanner}), from each member's interval of possible
 * hours alone, for the team search to skip the exact split where even the bound cannot reach the top k.
 *
 * <p>Fairness is {@code 1 − ½ Σ |share − preferred|}; since shares and preferred shares both sum to 1, that is
 * {@code 1 − D / T} with {@code T} all half-hours worked (overlaps included) and {@code D} the total shortfall
 * {@code Σ max(0, preferred·T − hours)}, which equals the total excess {@code Σ max(0, hours − preferred·T)}. Member
 * m works between {@code low[m]} (their fewest wished, at least 1) and {@code high[m]} (their most wished, at most
 * their free half-hours of the schedule). So for any split with total T, {@code D ≥ Σ max(0, preferred·T − high)} and
 * {@code D ≥ Σ max(0, low − preferred·T)}, and T is the scheduled half-hours plus a whole number of handovers of the
 * role's overlap. Leaving out the free-time structure only widens the set of splits, so the bound is never below the
 * exact best (a property test checks it against the planner).
 */
final class SplitBounds {

    private SplitBounds() {}

    /**
     * An upper bound on the best split's fairness for members whose hours lie in {@code [low[m], high[m]]}, or NaN
     * when no total of half-hours fits their wished hours (then no split is valid).
     *
     * @param scheduled the schedule's half-hours
     * @param handover the overlap per handover in half-hours
     * @param maxHandovers the most handovers a split may have (two per run of the schedule)
     * @param numerators per assignment of the preferred shares to members, each member's numerator
     * @param denominator the preferred shares' common denominator
     */
    static double fairness(
            int scheduled,
            int handover,
            int maxHandovers,
            int[] low,
            int[] high,
            int n,
            int[][] numerators,
            int denominator) {
        int lowSum = 0;
        int highSum = 0;
        for (int m = 0; m < n; m++) {
            if (low[m] > high[m]) {
                return Double.NaN;
            }
            lowSum += low[m];
            highSum += high[m];
        }
        double best = Double.NaN;
        int steps = handover == 0 ? 0 : maxHandovers;
        for (int h = 0; h <= steps; h++) {
            long total = scheduled + (long) h * handover;
            if (total > highSum) {
                break;
            }
            if (total < lowSum) {
                continue;
            }
            for (int[] numerator : numerators) {
                long shortfall = 0;
                long excess = 0;
                for (int m = 0; m < n; m++) {
                    long target = numerator[m] * total; // preferred·T, times the denominator
                    shortfall += Math.max(0, target - (long) denominator * high[m]);
                    excess += Math.max(0, (long) denominator * low[m] - target);
                }
                // the same expression as SplitPlanner.fairness, with Σ|…| = 2·D, so that equal D gives equal bits
                double fairness = 1.0 - (2 * Math.max(shortfall, excess)) / (2.0 * denominator * total);
                if (!(fairness <= best)) {
                    best = fairness;
                }
            }
        }
        return best;
    }

    /**
     * A per-member part of the bound above: whatever the team, fairness is at most {@code 1 − Σ deficit(m)}, since a
     * member who can work at most {@code high} half-hours has a share of at most {@code high / scheduled} and so falls
     * short of the smallest preferred share by at least the difference.
     */
    static double deficit(int high, int scheduled, double smallestShare) {
        return Math.max(0.0, smallestShare - high / (double) scheduled);
    }

    /**
     * The other per-member part: a member who must work at least {@code low} half-hours has a share of at least
     * {@code low / mostWorked} ({@code mostWorked}: the scheduled half-hours plus the most handovers' overlap), so
     * exceeds the largest preferred share by at least the difference, and fairness is at most {@code 1 − Σ excess}.
     * A member is never both short and over, so any mix {@code λ·deficit + (1 − λ)·excess} with one λ in [0, 1] for
     * every member is a per-member part too: its sum is at most λ·D/T + (1 − λ)·D/T.
     */
    static double excess(int low, int mostWorked, double largestShare) {
        return Math.max(0.0, low / (double) mostWorked - largestShare);
    }
}
