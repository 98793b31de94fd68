package dk.jobandel.matching.engine.bench;

import dk.jobandel.matching.engine.Slots;
import dk.jobandel.matching.engine.pool.PoolNeed;
import dk.jobandel.matching.engine.pool.PoolWorker;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded synthetic employee pool for {@link PoolPlanBenchmark}: member organisations spread over neighbouring
 * municipalities west and north of Copenhagen, their needs in the shapes small cooperatives post, and workers living
 * in the same area. The same seed gives the same pool on every machine.
 *
 * <ul>
 *   <li>Members: each in one of {@value #MUNICIPALITY_COUNT} municipalities (centres below, jittered by about a km),
 *       with one trade out of {@value #TRADES} (cleaning, kitchen, bookkeeping, IT support, care, …) of
 *       {@value #PER_TRADE} skills each; one in four has a second site in a neighbouring municipality.
 *   <li>Needs: a morning (07–11, 08–12, 09–13), an afternoon (12–16, 13–17), an evening (17–21, 18–22), a whole day
 *       (08–16) or a short block (10–12), on one day (45 %), two days (30 %) or three days (25 %); weekdays, now and
 *       then a Saturday; 0–2 skills of the member's trade at level 1 (65 %), 2 (30 %) or 3 (5 %); one in ten remote.
 *   <li>Workers: homes around the same municipalities; a trade with 3–6 skills there (levels 1/2/3 = 35/45/20 %) and
 *       half of them a second trade (1–3 skills); availability weekdays 07–22, mornings and middays only,
 *       afternoons and evenings only, or four days, with now and then a booked block removed; desired hours
 *       15–37 a week with a range of 4–12 hours; travel 10–35 km; 60 % take remote work.
 * </ul>
 */
public final class PoolWorld {

    static final int TRADES = 8;
    static final int PER_TRADE = 6;
    static final int MUNICIPALITY_COUNT = 16;

    /** Municipality centres, approximate: name, latitude, longitude. */
    private static final Object[][] MUNICIPALITIES = {
        {"København", 55.676, 12.568},
        {"Frederiksberg", 55.679, 12.533},
        {"Gentofte", 55.750, 12.550},
        {"Gladsaxe", 55.733, 12.489},
        {"Lyngby-Taarbæk", 55.770, 12.504},
        {"Herlev", 55.724, 12.440},
        {"Ballerup", 55.731, 12.363},
        {"Rødovre", 55.681, 12.454},
        {"Hvidovre", 55.643, 12.474},
        {"Glostrup", 55.662, 12.403},
        {"Brøndby", 55.648, 12.419},
        {"Albertslund", 55.657, 12.354},
        {"Høje-Taastrup", 55.650, 12.270},
        {"Furesø", 55.795, 12.380},
        {"Rudersdal", 55.827, 12.493},
        {"Roskilde", 55.642, 12.080},
    };

    private static final int[][] SHAPES = {
        {14, 22}, {16, 24}, {18, 26}, // mornings
        {24, 32}, {26, 34}, // afternoons
        {34, 42}, {36, 44}, // evenings
        {16, 32}, // whole day
        {20, 24}, // short block
    };

    private final List<PoolNeed> needs = new ArrayList<>();
    private final List<PoolWorker> workers = new ArrayList<>();

    /** A pool of {@code needCount} needs from {@code memberCount} members, and {@code workerCount} workers. */
    public PoolWorld(int needCount, int memberCount, int workerCount, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] site = new double[memberCount][];
        double[][] secondSite = new double[memberCount][];
        int[] trade = new int[memberCount];
        for (int m = 0; m < memberCount; m++) {
            int home = random.nextInt(MUNICIPALITY_COUNT);
            site[m] = jitter(random, home, 1.0);
            secondSite[m] = random.nextInt(4) == 0 ? jitter(random, random.nextInt(MUNICIPALITY_COUNT), 1.0) : null;
            trade[m] = random.nextInt(TRADES);
        }
        for (int n = 0; n < needCount; n++) {
            int m = random.nextInt(memberCount);
            long[] schedule = new long[Slots.WORDS];
            int[] shape = SHAPES[random.nextInt(SHAPES.length)];
            double r = random.nextDouble();
            int days = r < 0.45 ? 1 : r < 0.75 ? 2 : 3;
            for (int d = 0; d < days; d++) {
                int day = random.nextInt(20) == 0 ? 5 : random.nextInt(5);
                set(schedule, day * Slots.PER_DAY + shape[0], day * Slots.PER_DAY + shape[1]);
            }
            long[] s1 = new long[1];
            long[] s2 = new long[1];
            long[] s3 = new long[1];
            int skills = random.nextInt(3);
            for (int k = 0; k < skills; k++) {
                int skill = trade[m] * PER_TRADE + random.nextInt(PER_TRADE);
                double level = random.nextDouble();
                (level < 0.65 ? s1 : level < 0.95 ? s2 : s3)[0] |= 1L << skill;
            }
            boolean remote = random.nextInt(10) == 0;
            double[] at = secondSite[m] != null && random.nextBoolean() ? secondSite[m] : site[m];
            needs.add(new PoolNeed(1 + n, 1 + m, schedule, s1, s2, s3, remote, at[0], at[1]));
        }
        for (int w = 0; w < workerCount; w++) {
            long a1 = 0;
            long a2 = 0;
            long a3 = 0;
            int mainTrade = random.nextInt(TRADES);
            int held = 3 + random.nextInt(4);
            for (int k = 0; k < held; k++) {
                int skill = mainTrade * PER_TRADE + random.nextInt(PER_TRADE);
                double level = random.nextDouble();
                a1 |= 1L << skill;
                if (level >= 0.35) {
                    a2 |= 1L << skill;
                }
                if (level >= 0.80) {
                    a3 |= 1L << skill;
                }
            }
            if (random.nextBoolean()) {
                int second = random.nextInt(TRADES);
                for (int k = 1 + random.nextInt(3); k > 0; k--) {
                    a1 |= 1L << (second * PER_TRADE + random.nextInt(PER_TRADE));
                }
            }
            long[] available = new long[Slots.WORDS];
            double kind = random.nextDouble();
            for (int day = 0; day < 6; day++) {
                int base = day * Slots.PER_DAY;
                if (day == 5 && random.nextInt(3) != 0) {
                    continue;
                }
                if (kind < 0.5) {
                    set(available, base + 14, base + 44);
                } else if (kind < 0.7) {
                    set(available, base + 14, base + 30);
                } else if (kind < 0.85) {
                    set(available, base + 24, base + 44);
                } else if (day != 2) {
                    set(available, base + 14, base + 36);
                }
            }
            if (random.nextInt(3) == 0) { // an existing booking
                int day = random.nextInt(5);
                int from = day * Slots.PER_DAY + 16 + random.nextInt(16);
                for (int slot = from; slot < from + 8; slot++) {
                    available[slot >>> 6] &= ~(1L << slot);
                }
            }
            int max = 30 + random.nextInt(45); // 15–37 hours
            int min = Math.max(0, max - 8 - random.nextInt(17));
            double[] home = jitter(random, random.nextInt(MUNICIPALITY_COUNT), 2.0);
            workers.add(new PoolWorker(
                    1000 + w,
                    new long[] {a1},
                    new long[] {a2},
                    new long[] {a3},
                    available,
                    min,
                    max,
                    home[0],
                    home[1],
                    10 + random.nextInt(26),
                    random.nextInt(10) < 6));
        }
    }

    public List<PoolNeed> needs() {
        return needs;
    }

    public List<PoolWorker> workers() {
        return workers;
    }

    private static double[] jitter(SplittableRandom random, int municipality, double km) {
        double lat = (double) MUNICIPALITIES[municipality][1];
        double lon = (double) MUNICIPALITIES[municipality][2];
        double dLat = random.nextDouble(-km, km) / 111.0;
        double dLon = random.nextDouble(-km, km) / (111.0 * Math.cos(Math.toRadians(lat)));
        return new double[] {lat + dLat, lon + dLon};
    }

    private static void set(long[] words, int from, int to) {
        for (int slot = from; slot < to; slot++) {
            words[slot >>> 6] |= 1L << slot;
        }
    }
}
