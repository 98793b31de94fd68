package dk.jobandel.matching.engine.pool;

import dk.jobandel.matching.engine.Slots;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Small random pools with realistic shapes (mornings, afternoons, evenings, whole days on one or two weekdays;
 * places a few km apart so that travel matters; some remote needs) and contention on purpose.
 */
final class PoolGenerators {

    static final double LAT = 55.68;
    static final double LON = 12.57;
    static final int SKILLS = 4;

    private PoolGenerators() {}

    record Instance(List<PoolNeed> needs, List<PoolWorker> workers) {}

    /** Shapes as {from, to} half-hour of the day. */
    private static final int[][] SHAPES = {
        {16, 24}, // 08–12
        {24, 32}, // 12–16
        {26, 34}, // 13–17
        {34, 42}, // 17–21
        {16, 32}, // 08–16
        {18, 26}, // 09–13
        {14, 20}, // 07–10
        {40, 46}, // 20–23
    };

    static long[] shape(SplittableRandom random) {
        long[] words = new long[Slots.WORDS];
        int[] s = SHAPES[random.nextInt(SHAPES.length)];
        int days = random.nextInt(3) == 0 ? 2 : 1;
        for (int d = 0; d < days; d++) {
            // few days, so that needs compete for the same hours
            int day = random.nextInt(random.nextInt(5) == 0 ? 7 : 3);
            set(words, day * Slots.PER_DAY + s[0], day * Slots.PER_DAY + s[1]);
        }
        return words;
    }

    static void set(long[] words, int from, int to) {
        for (int slot = from; slot < to; slot++) {
            words[slot >>> 6] |= 1L << slot;
        }
    }

    static Instance instance(SplittableRandom random, int maxNeeds, int maxWorkers) {
        int places = 1 + random.nextInt(4);
        double[][] place = new double[places][];
        for (int p = 0; p < places; p++) {
            place[p] = new double[] {LAT + random.nextDouble(-0.15, 0.15), LON + random.nextDouble(-0.2, 0.2)};
        }
        int needCount = 1 + maxNeeds / 2 + random.nextInt(maxNeeds - maxNeeds / 2);
        List<PoolNeed> needs = new ArrayList<>();
        for (int n = 0; n < needCount; n++) {
            long[][] req = requirement(random);
            boolean remote = random.nextInt(5) == 0;
            double[] at = place[random.nextInt(places)];
            needs.add(new PoolNeed(
                    100 + n, 1 + random.nextInt(3), shape(random), req[0], req[1], req[2], remote, at[0], at[1]));
        }
        int workerCount = 1 + random.nextInt(maxWorkers);
        List<PoolWorker> workers = new ArrayList<>();
        for (int w = 0; w < workerCount; w++) {
            long[][] held = held(random);
            long[] available = new long[Slots.WORDS];
            for (int day = 0; day < 7; day++) {
                if (day < 5 || random.nextInt(3) == 0) {
                    set(
                            available,
                            day * Slots.PER_DAY + 12 + random.nextInt(6),
                            day * Slots.PER_DAY + 42 + random.nextInt(5));
                }
            }
            int min = random.nextInt(5) * 8;
            int max = min + random.nextInt(3) * 6 + (random.nextBoolean() ? 8 : 0);
            workers.add(new PoolWorker(
                    10 + w,
                    held[0],
                    held[1],
                    held[2],
                    available,
                    min,
                    Math.max(max, 1),
                    LAT + random.nextDouble(-0.1, 0.1),
                    LON + random.nextDouble(-0.1, 0.1),
                    10 + random.nextInt(30),
                    random.nextInt(4) != 0));
        }
        return new Instance(needs, workers);
    }

    /** A need's requirement: nothing, or one or two skills at levels 1–3 (bitsets per level). */
    private static long[][] requirement(SplittableRandom random) {
        long[] s1 = {0};
        long[] s2 = {0};
        long[] s3 = {0};
        int skills = random.nextInt(3);
        for (int i = 0; i < skills; i++) {
            int skill = random.nextInt(SKILLS);
            int level = 1 + random.nextInt(3);
            (level == 1 ? s1 : level == 2 ? s2 : s3)[0] |= 1L << skill;
        }
        return new long[][] {s1, s2, s3};
    }

    /** A worker's skills: each of the few skills at a random level 0–3, nested bitsets. */
    private static long[][] held(SplittableRandom random) {
        long a1 = 0;
        long a2 = 0;
        long a3 = 0;
        for (int skill = 0; skill < SKILLS; skill++) {
            int level = random.nextInt(4);
            if (level >= 1) {
                a1 |= 1L << skill;
            }
            if (level >= 2) {
                a2 |= 1L << skill;
            }
            if (level >= 3) {
                a3 |= 1L << skill;
            }
        }
        return new long[][] {{a1}, {a2}, {a3}};
    }
}
