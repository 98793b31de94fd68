package dk.jobandel.matching.engine.bench;

import dk.jobandel.matching.engine.FreelancerSnapshot;
import dk.jobandel.matching.engine.RoleSnapshot;
import dk.jobandel.matching.engine.SkillNeed;
import dk.jobandel.matching.engine.Slots;
import dk.jobandel.matching.engine.WorkMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A seeded, realistic-looking synthetic Denmark for the benchmarks: the same seed gives the same freelancers and
 * roles on every machine.
 *
 * <ul>
 *   <li>Skills: {@value #SKILLS} dense ids (about the size of the curated catalogue), in {@value #CATEGORIES}
 *       categories (trades) of {@value #PER_CATEGORY} consecutive ids, as the catalogue groups them. Popularity is
 *       Zipf-like (exponent {@value #ZIPF_EXPONENT}) over categories, within a category, and over all skills. A
 *       freelancer has a trade (3–7 skills there, levels 1/2/3 at 30/45/25 %), in 7 of 10 cases a second one
 *       (1–3 skills) and 0–2 general skills (levels 55/35/10 % for both).
 *   <li>Homes and workplaces: weighted to the big cities (Copenhagen, Aarhus, Odense, Aalborg, each a Gaussian
 *       cloud of a few km) plus a rural spread over Jutland, Funen and Zealand.
 *   <li>Availability in the shapes people enter: office days, part weeks, mornings, evenings, weekends and mixes,
 *       start and end jittered by half an hour, and now and then an existing booking taking a block away.
 *   <li>Roles: 1 / 2 / 3 sharers at 35 / 45 / 20 %, schedules of typical shapes (office week, short days, 4-day
 *       week, mornings, evenings, weekends, three office days), 1–4 must skills mostly from one trade at levels
 *       1/2/3 = 60/33/7 % (for shared roles 3 in 10 of them "at least one sharer"), 0–4 nice-to-have skills,
 *       workplaces in the same places (a little more in the cities), on-site / hybrid / remote at 50 / 35 / 15 %.
 * </ul>
 *
 * <p>Plain Java on the engine's public API only: it does not use the test sources.
 */
public final class SyntheticWorld {

    /** Dense skill ids 0..SKILLS-1: about the size of the curated skill catalogue (V2__reference_data.sql). */
    public static final int SKILLS = 200;

    static final double ZIPF_EXPONENT = 1.0;

    /** Skills come in categories (trades), as in the catalogue, whose ids are dense and grouped by category. */
    static final int CATEGORIES = 20;

    static final int PER_CATEGORY = SKILLS / CATEGORIES;

    /** Skill bitsets as the snapshot loader would size them: enough words for the whole catalogue. */
    static final int SKILL_WORDS = (SKILLS + 63) / 64;

    private static final int MON = 0;
    private static final int TUE = 1;
    private static final int WED = 2;
    private static final int THU = 3;
    private static final int FRI = 4;
    private static final int SAT = 5;
    private static final int SUN = 6;

    /** A place people live or work around: centre, spread in km, weight. */
    private record City(String name, double lat, double lon, double sigmaKm, double weight) {}

    private static final List<City> CITIES = List.of(
            new City("Copenhagen", 55.68, 12.57, 9, 0.34),
            new City("Aarhus", 56.16, 10.20, 7, 0.14),
            new City("Odense", 55.40, 10.39, 6, 0.08),
            new City("Aalborg", 57.05, 9.92, 6, 0.06));

    /** The rest of the country: lat/lon boxes over Jutland, Funen and Zealand, with weights. */
    private static final double[][] RURAL = {
        // latMin, latMax, lonMin, lonMax, weight
        {55.00, 57.40, 8.30, 10.30, 0.55}, // Jutland
        {55.05, 55.55, 9.85, 10.75, 0.12}, // Funen
        {55.05, 55.95, 11.20, 12.30, 0.33}, // Zealand outside Copenhagen
    };

    private static final double RURAL_WEIGHT = 0.38;

    private final double[] categoryCdf = zipfCdf(CATEGORIES);
    private final double[] inCategoryCdf = zipfCdf(PER_CATEGORY);
    private final double[] globalCdf = zipfCdf(SKILLS);

    private static double[] zipfCdf(int n) {
        double[] cdf = new double[n];
        double sum = 0;
        for (int rank = 0; rank < n; rank++) {
            sum += 1.0 / Math.pow(rank + 1, ZIPF_EXPONENT);
            cdf[rank] = sum;
        }
        for (int rank = 0; rank < n; rank++) {
            cdf[rank] /= sum;
        }
        return cdf;
    }

    // ------------------------------------------------------------------ freelancers

    /** {@code count} freelancers with ids 1..count scattered (not in index order), from the seed. */
    public List<FreelancerSnapshot> freelancers(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<FreelancerSnapshot> result = new ArrayList<>(count);
        for (int j = 0; j < count; j++) {
            // ids not in index order, as rows come from a database
            long id = 1 + ((j * 7_919L) % count) + (long) count * (j % 3);
            result.add(freelancer(random, id));
        }
        return result;
    }

    FreelancerSnapshot freelancer(SplittableRandom random, long id) {
        long[] s1 = new long[SKILL_WORDS];
        long[] s2 = new long[SKILL_WORDS];
        long[] s3 = new long[SKILL_WORDS];
        // a trade (a Zipf-popular category) with most of the skills, often a second one, and a few general ones
        int primary = draw(random, categoryCdf);
        for (int j = 3 + random.nextInt(5); j > 0; j--) {
            hold(s1, s2, s3, primary * PER_CATEGORY + draw(random, inCategoryCdf), level(random, 30, 45, 25));
        }
        if (random.nextInt(10) < 7) {
            int secondary = draw(random, categoryCdf);
            for (int j = 1 + random.nextInt(3); j > 0; j--) {
                hold(s1, s2, s3, secondary * PER_CATEGORY + draw(random, inCategoryCdf), level(random, 55, 35, 10));
            }
        }
        for (int j = random.nextInt(3); j > 0; j--) {
            hold(s1, s2, s3, draw(random, globalCdf), level(random, 55, 35, 10));
        }
        double[] home = place(random, 0.0);
        int travelKm = pick(
                random, new int[] {5, 10, 15, 20, 25, 30, 40, 50, 75}, new double[] {4, 10, 14, 18, 14, 14, 10, 10, 6});
        boolean onSite = random.nextInt(100) < 82;
        boolean hybrid = random.nextInt(100) < 50;
        boolean remote = random.nextInt(100) < 35 || !(onSite || hybrid);
        int minHours = 4 + random.nextInt(27); // 4–30 h a week
        int maxHours = Math.min(48, minHours + 4 + random.nextInt(20));
        byte[] style = new byte[0];
        if (random.nextInt(10) < 7) {
            style = new byte[FreelancerSnapshot.WORK_STYLE_QUESTIONS];
            for (int q = 0; q < style.length; q++) {
                // answers lean to the middle
                style[q] = (byte) Math.max(1, Math.min(5, 3 + (int) Math.round(gaussian(random) * 1.1)));
            }
        }
        return new FreelancerSnapshot(
                id,
                s1,
                s2,
                s3,
                availability(random),
                2 * minHours,
                2 * maxHours,
                home[0],
                home[1],
                travelKm,
                onSite,
                hybrid,
                remote,
                style);
    }

    /** The week shapes people enter, with half-hour jitter and sometimes a booking taken away. */
    long[] availability(SplittableRandom random) {
        int jitterFrom = random.nextInt(3) - 1;
        int jitterTo = random.nextInt(3) - 1;
        long[] grid = switch (pick(
                random, new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8}, new double[] {22, 10, 14, 10, 14, 7, 10, 6, 7})) {
            // office days Mon–Fri
            case 0 -> days(MON, FRI, 16 + jitterFrom, 32 + jitterTo);
            // office days, a 4-day week
            case 1 -> days(MON, THU, 15 + jitterFrom, 31 + jitterTo);
            // mornings
            case 2 -> days(MON, FRI, 14 + jitterFrom, 25 + jitterTo);
            // afternoons and evenings
            case 3 -> days(MON, FRI, 32 + jitterFrom, 44 + jitterTo);
            // part weeks: Mon–Wed, Wed–Fri, or Tue + Thu
            case 4 ->
                switch (random.nextInt(3)) {
                    case 0 -> days(MON, WED, 16 + jitterFrom, 32 + jitterTo);
                    case 1 -> days(WED, FRI, 16 + jitterFrom, 32 + jitterTo);
                    default -> union(days(TUE, TUE, 16, 32), days(THU, THU, 16, 32));
                };
            // weekends
            case 5 -> days(SAT, SUN, 16 + jitterFrom, 40 + jitterTo);
            // weekday evenings and weekends
            case 6 -> union(days(MON, FRI, 34 + jitterFrom, 44), days(SAT, SUN, 18, 36 + jitterTo));
            // mornings plus a couple of full days
            case 7 -> union(days(MON, FRI, 14, 25 + jitterTo), days(TUE, WED, 16, 34 + jitterFrom));
            // flexible: most of the day, every day
            default -> days(MON, SUN, 14 + jitterFrom, 42 + jitterTo);
        };
        if (random.nextInt(10) < 3) { // an existing booking takes a block away
            int day = random.nextInt(7);
            int from = 14 + random.nextInt(20);
            int to = Math.min(48, from + 4 + random.nextInt(12));
            long[] booked = Slots.range(day * 48 + from, day * 48 + to);
            for (int w = 0; w < Slots.WORDS; w++) {
                grid[w] &= ~booked[w];
            }
        }
        return grid;
    }

    // ------------------------------------------------------------------ roles

    /** {@code count} roles with ids 1..count, from the seed. */
    public List<RoleSnapshot> roles(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<RoleSnapshot> result = new ArrayList<>(count);
        for (int j = 0; j < count; j++) {
            result.add(role(random, j + 1));
        }
        return result;
    }

    RoleSnapshot role(SplittableRandom random, long id) {
        int sharers = pick(random, new int[] {1, 2, 3}, new double[] {35, 45, 20});
        long[] schedule =
                switch (pick(random, new int[] {0, 1, 2, 3, 4, 5, 6}, new double[] {30, 10, 10, 12, 10, 10, 18})) {
                    case 0 -> days(MON, FRI, 16, 32); // 08:00–16:00
                    case 1 -> days(MON, FRI, 18, 30); // 09:00–15:00
                    case 2 -> days(MON, THU, 16, 31); // 08:00–15:30
                    case 3 -> days(MON, FRI, 14, 24); // mornings 07:00–12:00
                    case 4 -> days(MON, FRI, 32, 44); // evenings 16:00–22:00
                    case 5 -> days(SAT, SUN, 18, 34); // weekends 09:00–17:00
                    default -> { // three office days
                        int first = random.nextInt(3);
                        yield days(first, first + 2, 16, 32);
                    }
                };
        int handover = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(2);
        int[] split = new int[0];
        if (sharers > 1 && random.nextInt(4) == 0) {
            int[][] splits = sharers == 2 ? new int[][] {{60, 40}, {70, 30}} : new int[][] {{40, 30, 30}, {50, 25, 25}};
            split = splits[random.nextInt(splits.length)];
        }
        long[] each1 = new long[SKILL_WORDS];
        long[] each2 = new long[SKILL_WORDS];
        long[] each3 = new long[SKILL_WORDS];
        Map<Integer, Integer> mustOne = new LinkedHashMap<>();
        int category = draw(random, categoryCdf);
        int musts = pick(random, new int[] {1, 2, 3, 4}, new double[] {35, 35, 20, 10});
        for (int j = 0; j < musts; j++) {
            int skill = random.nextInt(100) < 85
                    ? category * PER_CATEGORY + draw(random, inCategoryCdf)
                    : draw(random, globalCdf);
            int level = level(random, 60, 33, 7);
            if (sharers > 1 && random.nextInt(10) < 3) {
                mustOne.merge(skill, level, Math::max);
            } else {
                long bit = 1L << skill;
                long[] target = level == 1 ? each1 : level == 2 ? each2 : each3;
                target[skill >>> 6] |= bit;
            }
        }
        Map<Integer, Integer> nice = new LinkedHashMap<>();
        for (int j = random.nextInt(5); j > 0; j--) {
            int skill = random.nextBoolean()
                    ? category * PER_CATEGORY + draw(random, inCategoryCdf)
                    : draw(random, globalCdf);
            nice.merge(skill, level(random, 40, 40, 20), Math::max);
        }
        double[] place = place(random, 0.1); // workplaces a little more in the cities
        WorkMode mode = WorkMode.values()[pick(random, new int[] {0, 1, 2}, new double[] {50, 35, 15})];
        return new RoleSnapshot(
                id,
                schedule,
                sharers,
                handover,
                split,
                each1,
                each2,
                each3,
                needs(mustOne),
                needs(nice),
                place[0],
                place[1],
                mode);
    }

    private static List<SkillNeed> needs(Map<Integer, Integer> levels) {
        List<SkillNeed> result = new ArrayList<>();
        levels.forEach((skill, level) -> result.add(new SkillNeed(skill, level)));
        return result;
    }

    // ------------------------------------------------------------------ helpers

    /** A Zipf-distributed rank 0..n-1 from its cumulative distribution. */
    private static int draw(SplittableRandom random, double[] cdf) {
        int rank = Arrays.binarySearch(cdf, random.nextDouble());
        rank = rank >= 0 ? rank : -rank - 1;
        return Math.min(rank, cdf.length - 1);
    }

    /** Sets a skill at a level in the cumulative bitsets, keeping the highest level drawn. */
    private static void hold(long[] s1, long[] s2, long[] s3, int skill, int level) {
        long bit = 1L << skill;
        int w = skill >>> 6;
        s1[w] |= bit;
        if (level >= 2) {
            s2[w] |= bit;
        }
        if (level == 3) {
            s3[w] |= bit;
        }
    }

    private static int level(SplittableRandom random, double one, double two, double three) {
        return pick(random, new int[] {1, 2, 3}, new double[] {one, two, three});
    }

    /** {lat, lon}: a big city (weighted), or the rural spread; {@code cityBias} moves weight to the cities. */
    private static double[] place(SplittableRandom random, double cityBias) {
        double rural = Math.max(0, RURAL_WEIGHT - cityBias);
        double r = random.nextDouble();
        if (r >= rural) {
            double u = (r - rural) / (1 - rural);
            double cumulative = 0;
            double total = CITIES.stream().mapToDouble(City::weight).sum();
            for (City city : CITIES) {
                cumulative += city.weight() / total;
                if (u < cumulative || city == CITIES.getLast()) {
                    double dLat = gaussian(random) * city.sigmaKm() / 111.0;
                    double dLon = gaussian(random) * city.sigmaKm() / (111.0 * Math.cos(Math.toRadians(city.lat())));
                    return new double[] {city.lat() + dLat, city.lon() + dLon};
                }
            }
        }
        double u = random.nextDouble();
        double cumulative = 0;
        for (double[] box : RURAL) {
            cumulative += box[4];
            if (u < cumulative || box == RURAL[RURAL.length - 1]) {
                return new double[] {
                    box[0] + random.nextDouble() * (box[1] - box[0]), box[2] + random.nextDouble() * (box[3] - box[2])
                };
            }
        }
        throw new AssertionError();
    }

    private static int pick(SplittableRandom random, int[] values, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int j = 0; j < values.length; j++) {
            r -= weights[j];
            if (r < 0) {
                return values[j];
            }
        }
        return values[values.length - 1];
    }

    private static double gaussian(SplittableRandom random) {
        return random.nextGaussian();
    }

    /** The half-hours {@code from}..{@code to} (exclusive) on each day {@code first}..{@code last}. */
    private static long[] days(int first, int last, int from, int to) {
        long[] words = new long[Slots.WORDS];
        for (int day = first; day <= last; day++) {
            long[] range = Slots.range(day * 48 + from, day * 48 + to);
            for (int w = 0; w < Slots.WORDS; w++) {
                words[w] |= range[w];
            }
        }
        return words;
    }

    private static long[] union(long[] a, long[] b) {
        long[] words = new long[Slots.WORDS];
        for (int w = 0; w < Slots.WORDS; w++) {
            words[w] = a[w] | b[w];
        }
        return words;
    }
}
