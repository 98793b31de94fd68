package dk.jobandel.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The bounds the team search prunes with never fall below what they bound, on generated instances: the hours bound
 * on fairness ({@link SplitBounds#fairness}) and the per-member deficits and excesses ({@link SplitBounds#deficit},
 * {@link SplitBounds#excess}, and mixes of the two) against the
 * exact split ({@link SplitPlanner}), on the tiny instances of {@link SplitPlannerPropertiesTest} and on week-sized
 * ones; and the best work-style fit per person ({@link TeamSearch#bestFits}) against every pair. Seeded; a failure
 * names the try (docs/adr/0007-property-tests-without-jqwik.md).
 */
class SplitBoundsPropertiesTest {

    private static final long SEED = 0x5EED_0B0DL;

    @Test
    void theHoursBoundIsNeverBelowTheBestSplitOnTinyInstances() {
        var random = new SplittableRandom(SEED);
        int bounded = 0;
        for (int tryNumber = 1; tryNumber <= 2_000; tryNumber++) {
            bounded += Math.min(1, checkBounds(SplitPlannerPropertiesTest.instance(random), tryNumber));
        }
        assertThat(bounded).as("instances with a valid split").isGreaterThan(200);
    }

    @Test
    void theHoursBoundIsNeverBelowTheBestSplitOnWeekSizedInstances() {
        var random = new SplittableRandom(SEED + 1);
        int bounded = 0;
        int over = 0;
        for (int tryNumber = 1; tryNumber <= 400; tryNumber++) {
            int checked = checkBounds(weekInstance(random), tryNumber);
            bounded += checked > 0 ? 1 : 0;
            over += checked > 1 ? 1 : 0;
        }
        assertThat(bounded).as("instances with a valid split").isGreaterThan(40);
        assertThat(over)
                .as("instances with a valid split and someone over the largest share")
                .isGreaterThan(10);
    }

    /**
     * Checks the bounds on one instance: 0 when it has no valid split, 2 when it has one and someone must work more
     * than the largest preferred share ({@link SplitBounds#excess} positive), else 1.
     */
    private static int checkBounds(SplitPlannerPropertiesTest.Instance instance, int tryNumber) {
        int k = instance.available().length;
        int scheduled = Slots.count(instance.schedule());
        int[] low = new int[k];
        int[] high = new int[k];
        for (int m = 0; m < k; m++) {
            int free = 0;
            for (int w = 0; w < Slots.WORDS; w++) {
                free += Long.bitCount(instance.schedule()[w] & instance.available()[m][w]);
            }
            low[m] = Math.max(1, instance.min()[m]);
            high[m] = Math.min(free, instance.max()[m]);
        }
        int runs = 0;
        for (int start = Slots.nextSet(instance.schedule(), 0); start >= 0; ) {
            int end = Slots.runEnd(instance.schedule(), start);
            runs++;
            start = Slots.nextSet(instance.schedule(), end);
        }
        int[][] numerators = SplitPlanner.numerators(instance.percents(), k);
        int denominator = instance.percents().length == 0 ? k : 100;
        double bound = SplitBounds.fairness(
                scheduled,
                instance.handover(),
                (SplitRules.MAX_STINTS - 1) * runs,
                low,
                high,
                k,
                numerators,
                denominator);
        Split split = SplitPlannerPropertiesTest.plan(instance);
        if (split == null) {
            return 0;
        }
        assertThat(bound)
                .as("try %d: hours bound against the best split's fairness, %s", tryNumber, instance)
                .isGreaterThanOrEqualTo(split.fairness());
        double smallest = 1.0;
        for (int[] numerator : numerators) {
            for (int value : numerator) {
                smallest = Math.min(smallest, value / (double) denominator);
            }
        }
        double deficits = 0;
        for (int m = 0; m < k; m++) {
            deficits += SplitBounds.deficit(high[m], scheduled, smallest);
        }
        assertThat(1.0 - deficits)
                .as("try %d: per-member deficits against the best split's fairness, %s", tryNumber, instance)
                .isGreaterThanOrEqualTo(split.fairness() - 1e-12);
        double largest = 0.0;
        for (int[] numerator : numerators) {
            for (int value : numerator) {
                largest = Math.max(largest, value / (double) denominator);
            }
        }
        int mostWorked = scheduled + (SplitRules.MAX_STINTS - 1) * runs * instance.handover();
        double excesses = 0;
        for (int m = 0; m < k; m++) {
            excesses += SplitBounds.excess(low[m], mostWorked, largest);
        }
        assertThat(1.0 - excesses)
                .as("try %d: per-member excesses against the best split's fairness, %s", tryNumber, instance)
                .isGreaterThanOrEqualTo(split.fairness() - 1e-12);
        // any one mix of the two for every member (TeamSearch weighs them per role)
        for (double weight : new double[] {0.25, 0.5, 0.75}) {
            assertThat(1.0 - weight * deficits - (1.0 - weight) * excesses)
                    .as(
                            "try %d: deficits weighed %.2f and excesses against the fairness, %s",
                            tryNumber, weight, instance)
                    .isGreaterThanOrEqualTo(split.fairness() - 1e-12);
        }
        return excesses > 0 ? 2 : 1;
    }

    /** A role of one to five days of 6–9 hours, and people free for parts of it with wide-ranging wished hours. */
    private static SplitPlannerPropertiesTest.Instance weekInstance(SplittableRandom random) {
        int k = random.nextBoolean() ? 2 : 3;
        long[] schedule = new long[Slots.WORDS];
        int days = 1 + random.nextInt(5);
        int from = 14 + random.nextInt(6);
        int to = from + 12 + random.nextInt(7);
        for (int day = 0; day < days; day++) {
            Slots.setRange(schedule, day * 48 + from, day * 48 + to);
        }
        int total = Slots.count(schedule);
        long[][] available = new long[k][Slots.WORDS];
        int[] min = new int[k];
        int[] max = new int[k];
        for (int m = 0; m < k; m++) {
            for (int day = 0; day < days; day++) {
                switch (random.nextInt(4)) {
                    case 0 -> Slots.setRange(available[m], day * 48 + from, day * 48 + to);
                    case 1 ->
                        Slots.setRange(available[m], day * 48 + from, day * 48 + from + random.nextInt(to - from));
                    case 2 -> Slots.setRange(available[m], day * 48 + from + random.nextInt(to - from), day * 48 + to);
                    default -> {} // not that day
                }
            }
            min[m] = random.nextInt(3) == 0 ? 0 : random.nextInt(total / 2 + 2);
            max[m] = min[m] + random.nextInt(total + 2);
        }
        int[] percents = new int[0];
        if (random.nextInt(3) == 0) {
            percents = k == 2 ? new int[] {60, 40} : new int[] {40, 30, 30};
        }
        return new SplitPlannerPropertiesTest.Instance(schedule, random.nextInt(3), available, min, max, percents);
    }

    @Test
    void theBestFitIsNeverBelowAnyPairsFit() {
        var random = new SplittableRandom(SEED + 2);
        for (int tryNumber = 1; tryNumber <= 300; tryNumber++) {
            int n = 1 + random.nextInt(40);
            int spread = 1 + random.nextInt(5); // answers 1..spread: small spreads give repeated answer sets
            byte[][] answers = new byte[n][];
            long[] codes = new long[n];
            for (int j = 0; j < n; j++) {
                if (random.nextInt(4) == 0) {
                    answers[j] = null;
                    codes[j] = -1;
                    continue;
                }
                answers[j] = new byte[FreelancerSnapshot.WORK_STYLE_QUESTIONS];
                for (int q = 0; q < answers[j].length; q++) {
                    answers[j][q] = (byte) (1 + random.nextInt(spread));
                    codes[j] |= ((1L << (answers[j][q] - 1)) - 1) << (4 * q);
                }
            }
            double[] best = TeamSearch.bestFits(codes, n);
            for (int a = 0; a < n; a++) {
                double most = Double.NEGATIVE_INFINITY;
                for (int b = 0; b < n; b++) {
                    if (a != b) {
                        most = Math.max(most, fit(answers[a], answers[b]));
                    }
                }
                if (n > 1) {
                    assertThat(best[a])
                            .as("try %d, person %d: best fit against the best of every pair", tryNumber, a)
                            .isEqualTo(most);
                }
            }
        }
    }

    /** The questionnaire fit as the engine's reference states it: 1 − Σ|a − b| / 40, 0.5 without answers. */
    private static double fit(byte[] a, byte[] b) {
        if (a == null || b == null) {
            return 0.5;
        }
        int sum = 0;
        for (int q = 0; q < a.length; q++) {
            sum += Math.abs(a[q] - b[q]);
        }
        return 1.0 - sum / 40.0;
    }
}
