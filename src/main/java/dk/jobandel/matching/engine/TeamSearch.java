package dk.jobandel.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the best job-share teams for one role among <em>every</em> eligible freelancer, exactly: the result is what
 * scoring every combination of eligible people would give, found with pruning that never drops a team that could
 * make the top k (issue 19; no pool of the best single candidates).
 *
 * <p>Every eligible person who could be in some valid split (their wished hours meet their free part of the schedule)
 * is in the search. A team's score splits into parts that are exact per member and parts at most 1 each. Levels and
 * travel are means over members; work style is at most the mean of each member's best fit with anyone else in the
 * pool ({@link #bestFits}); fairness is at most {@code 1 − Σ deficit} ({@link SplitBounds#deficit}: a member who can
 * work only a few hours cannot reach the smallest preferred share), and at most {@code 1 − Σ excess} ({@link
 * SplitBounds#excess}: a member who wants most of the week exceeds the largest); for trios the two are weighed per role
 * ({@link #unfair}). So a member contributes at most {@code u = (10·levels + 15·travel + 20·bestFit) / n − 35·unfair},
 * and nice-to-have skills and fairness add at most 20 + 35. Members are
 * sorted by {@code u}, so the bound {@code 55 + Σ u} of the best remaining combination falls as the loops go on, and
 * each loop stops as soon as it is below the k-th best score found; trios are looked at best-first by that bound
 * over every first member ({@link #trios}), and the fixed pair's own fit tightens the innermost bound; a fixed pair's
 * third members come from the buckets that can complete it, nice-to-have mask by mask ({@link #thirdsByIndex}), and a
 * pair is left at once when no third member left in those buckets can complete it into the top k, by the best third
 * member's bound or by the spread of the pair's answers ({@link #spreadBound}). For pairs
 * ({@link #pairs}) a member's partners come either from the buckets that can complete it ({@code partnerBuckets}),
 * nice-to-have mask by mask with that mask's skills in the bound, or, when the k-th score leaves only answers within a
 * small L1 distance, from an index by answers ({@link #ballPartners}). A combination that survives is checked cheaply
 * (free time and "at least one" skills against the union of the fixed members, packed per pool position), bounded
 * again with its exact levels, travel and work style, then with its exact skills, then with the fairness its
 * members' hours allow ({@link SplitBounds#fairness}), and only then split exactly ({@link SplitPlanner}). A split
 * depends only on each member's free part of the schedule and wished hours, so its fairness is cached per such
 * combination: many people share the same week. Every bound is sound
 * (docs/adr/0010-exact-splits-and-team-search-budget.md; property tests in {@code SplitBoundsPropertiesTest} and
 * {@code PairIndexPropertiesTest}, and against the exhaustive reference in {@code MatchingEnginePropertiesTest}).
 */
final class TeamSearch {

    /** Rounding slack: a bound must be this much below the k-th score before it prunes. */
    private static final double SLACK = 1e-9;

    private final PreparedRole q;
    private final MatchingData d;
    private final int k;
    private final int sharers;
    private final int words;

    /** "At least one sharer" skills, cumulative by level, and nice-to-have skills by exact level. */
    private final long[] mustOne1;

    private final long[] mustOne2;
    private final long[] mustOne3;
    private final boolean impossible;
    private final long[] nice1;
    private final long[] nice2;
    private final long[] nice3;
    private final int niceCount;

    /**
     * Most nice-to-have skills for which each person's held ones are kept as a bit mask, so that a pair's skills score
     * is the bit count of the union of its members' masks ({@link #skillLoss}); above, the pair search takes skills as
     * perfect in its bounds, as before.
     */
    private static final int MOST_NICE_FOR_MASKS = 8;

    private final boolean niceMasks;
    /** The nice-to-have skills and their levels, in the order of the mask bits (empty without masks). */
    private final int[] niceSkills;

    private final int[] niceLevels;

    /** The searched people (data indexes), sorted by bound contribution descending, ties by id. */
    private int[] pool = new int[0];

    private double[] bound = new double[0];
    /** Per pool position the person's id, packed for the order of members in {@link #evaluate}. */
    private long[] poolIds = new long[0];
    /** Per pool position: levels and travel scores, and the split class (free part of the schedule, wished hours). */
    private double[] levels = new double[0];

    private double[] travel = new double[0];
    private int[] splitClass = new int[0];
    /**
     * Per pool position: the answers as a thermometer code (answer v as v − 1 one-bits in its own 4 bits), so that
     * the questionnaire distance of two people is the bit count of their XOR; and the best fit the person has with
     * anyone else in the pool.
     */
    private long[] styleCode = new long[0];

    /**
     * Per pool position, packed for a sequential scan: the free part of the schedule ({@link Slots#WORDS} words each)
     * and which of the role's "at least one sharer" skills the person holds at the level wanted (one bit per skill,
     * when there are at most 64 of them; else {@link #holdsMustOne} checks).
     */
    private long[] free = new long[0];

    private long[] mustMask = new long[0];
    private final boolean masks;
    /** The "at least one sharer" skills and their levels, in the order of the mask bits. */
    private final int[] mustSkills;

    private final int[] mustLevels;
    private final long fullMask;
    /** The union of the free parts and skill bits of the members fixed by the outer loops. */
    private final long[] partFree = new long[Slots.WORDS];

    private long partMask;

    private double[] bestStyle = new double[0];

    /**
     * Per pool position: the bound contribution without work style ({@code (10·levels + 15·travel) / n − 35·deficit}),
     * and which nice-to-have skills the person holds at the level wanted (one bit per skill, when {@link #niceMasks}).
     */
    private double[] plain = new double[0];

    private int[] niceMask = new int[0];
    /** Per pool position: the fewest and most half-hours the person can work in a split. */
    private int[] low = new int[0];

    private int[] high = new int[0];

    /** What the hours bound on fairness ({@link SplitBounds}) needs about the role. */
    private final int scheduled;

    private final int maxHandovers;
    private final int[][] numerators;
    private final int denominator;
    private final double smallestShare;
    private final double largestShare;
    /** The most half-hours a split can count: the scheduled ones plus the overlap of the most handovers. */
    private final int mostWorked;

    private final int[] teamLow = new int[3];
    private final int[] teamHigh = new int[3];

    private final List<Found> best = new ArrayList<>();

    /**
     * The most work the search does before it stops (docs/adr/0010-exact-splits-and-team-search-budget.md), counted in
     * combinations checked plus, for trios, looks at a fixed pair's third members: past it, the teams are the best
     * among the combinations with the highest bounds, not proven the best.
     */
    static final long DEFAULT_BUDGET = 2_000_000L;

    private long budget = DEFAULT_BUDGET;
    private long combinations;
    /**
     * How many times the trio search looked at a fixed pair's third members (a pair walked, or popped again for its
     * next window). The budget counts these as well as the combinations checked, so that a role whose pairs reach the
     * top k by their bound but whose third members do not still stops (docs/adr/0010, 2026-12-07 night).
     */
    private long pairsWalked;

    private boolean exact = true;

    private final SplitPlanner planner = new SplitPlanner();
    private final LongDoubleMap fairnessByClasses = new LongDoubleMap();
    private final long[][] available;
    private final long[] memberIds;
    private final int[] memberMin;
    private final int[] memberMax;
    private final int[] sorted = new int[3];

    /** A team found: member data indexes by ascending id, its score and its criteria. */
    private record Found(int[] members, long[] ids, double score, double[] parts) {}

    TeamSearch(PreparedRole q, int k) {
        this.q = q;
        this.d = q.data;
        this.k = k;
        this.sharers = q.sharers;
        this.words = d.skillWords;
        int[] mustOne = PreparedRole.levels(q.role.mustOne());
        mustOne1 = new long[words];
        mustOne2 = new long[words];
        mustOne3 = new long[words];
        boolean beyond = false;
        for (int skill = 0; skill < mustOne.length; skill++) {
            if (mustOne[skill] == 0) {
                continue;
            }
            if (skill >= words * 64) {
                beyond = true;
                continue;
            }
            long bit = 1L << skill;
            mustOne1[skill >>> 6] |= bit;
            mustOne2[skill >>> 6] |= mustOne[skill] >= 2 ? bit : 0;
            mustOne3[skill >>> 6] |= mustOne[skill] == 3 ? bit : 0;
        }
        impossible = beyond;
        int[] nice = PreparedRole.levels(q.role.nice());
        nice1 = new long[words];
        nice2 = new long[words];
        nice3 = new long[words];
        int count = 0;
        for (int skill = 0; skill < nice.length; skill++) {
            if (nice[skill] == 0) {
                continue;
            }
            count++;
            if (skill < words * 64) {
                long[] target = nice[skill] == 1 ? nice1 : nice[skill] == 2 ? nice2 : nice3;
                target[skill >>> 6] |= 1L << skill;
            }
        }
        niceCount = count;
        niceMasks = count > 0 && count <= MOST_NICE_FOR_MASKS;
        niceSkills = new int[niceMasks ? count : 0];
        niceLevels = new int[niceSkills.length];
        for (int skill = 0, t = 0; niceMasks && skill < nice.length; skill++) {
            if (nice[skill] > 0) {
                niceSkills[t] = skill;
                niceLevels[t++] = nice[skill];
            }
        }
        int mustCount = 0;
        for (int level : mustOne) {
            mustCount += level > 0 ? 1 : 0;
        }
        masks = mustCount <= 64;
        mustSkills = new int[mustCount];
        mustLevels = new int[mustCount];
        for (int skill = 0, t = 0; skill < mustOne.length; skill++) {
            if (mustOne[skill] > 0) {
                mustSkills[t] = skill;
                mustLevels[t++] = mustOne[skill];
            }
        }
        fullMask = mustCount == 64 ? -1L : (1L << mustCount) - 1;
        available = new long[sharers][Slots.WORDS];
        memberIds = new long[sharers];
        memberMin = new int[sharers];
        memberMax = new int[sharers];
        scheduled = Slots.count(q.schedule);
        int runs = 0;
        for (int start = Slots.nextSet(q.schedule, 0); start >= 0; ) {
            int end = Slots.runEnd(q.schedule, start);
            runs++;
            start = Slots.nextSet(q.schedule, end);
        }
        maxHandovers = (SplitRules.MAX_STINTS - 1) * runs;
        int[] percents = q.role.splitPercents();
        numerators = SplitPlanner.numerators(percents, sharers);
        denominator = percents.length == 0 ? sharers : 100;
        int smallest = Integer.MAX_VALUE;
        for (int[] numerator : numerators) {
            for (int value : numerator) {
                smallest = Math.min(smallest, value);
            }
        }
        smallestShare = smallest / (double) denominator;
        int largest = 0;
        for (int[] numerator : numerators) {
            for (int value : numerator) {
                largest = Math.max(largest, value);
            }
        }
        largestShare = largest / (double) denominator;
        mostWorked = scheduled + maxHandovers * q.role.handoverHalfHours();
    }

    /** Most buckets of people alike in free time and must-one skills for the pair search to use them. */
    private static final int MOST_BUCKETS = 1_024;

    /**
     * Per pool position its bucket, and per bucket its pool positions by nice-to-have mask ({@link #bucketMasks}, runs
     * starting at {@link #bucketStarts}) and within a mask ascending (so by bound descending).
     */
    private int[] bucketOf = new int[0];

    private int[][] buckets = new int[0][];
    private int[][] bucketMasks = new int[0][];
    private int[][] bucketStarts = new int[0][];
    /** Per bucket its kind: must-one mask in the high 32 bits, free at each sample in the low ({@link #allSamples}). */
    private long[] bucketKinds = new long[0];

    private long allSamples;

    /**
     * Groups the pool by (must-one skill mask, free at each sample half-hour: the first, middle and last of every run
     * of the schedule) and lists, per bucket, the buckets whose people may complete a pair with its people: together
     * holding every "at least one sharer" skill and free at every sample. Both are necessary for a valid pair, so
     * no valid pair is skipped; {@link #evaluate} checks the whole schedule. Null when there are too many buckets or
     * skills for this to pay (then every pair is tried).
     */
    private int @org.jspecify.annotations.Nullable [][] partnerBuckets() {
        int n = pool.length;
        if (!masks || fullMask >>> 31 != 0) { // at most 31 skills: no key is the map's empty marker
            return null;
        }
        // sample half-hours: the first, middle and last of each run; a pair that covers the schedule covers these
        int[] samples = new int[32];
        int sampleCount = 0;
        for (int start = Slots.nextSet(q.schedule, 0); start >= 0 && sampleCount + 3 <= samples.length; ) {
            int end = Slots.runEnd(q.schedule, start);
            samples[sampleCount++] = start;
            samples[sampleCount++] = (start + end) / 2;
            samples[sampleCount++] = end - 1;
            start = Slots.nextSet(q.schedule, end);
        }
        allSamples = sampleCount == 32 ? 0xFFFF_FFFFL : (1L << sampleCount) - 1;
        LongDoubleMap keys = new LongDoubleMap();
        bucketOf = new int[n];
        long[] kinds = new long[MOST_BUCKETS];
        int[] sizes = new int[MOST_BUCKETS];
        int count = 0;
        for (int j = 0; j < n; j++) {
            long sampled = 0;
            for (int t = 0; t < sampleCount; t++) {
                int slot = samples[t];
                sampled |= ((free[j * Slots.WORDS + (slot >>> 6)] >>> slot) & 1L) << t;
            }
            long kind = mustMask[j] << 32 | sampled;
            double known = keys.get(kind);
            int bucket;
            if (known == LongDoubleMap.MISSING) {
                if (count == MOST_BUCKETS) {
                    return null;
                }
                bucket = count++;
                keys.put(kind, bucket);
                kinds[bucket] = kind;
            } else {
                bucket = (int) known;
            }
            bucketOf[j] = bucket;
            sizes[bucket]++;
        }
        buckets = new int[count][];
        for (int x = 0; x < count; x++) {
            buckets[x] = new int[sizes[x]];
            sizes[x] = 0;
        }
        for (int j = 0; j < n; j++) {
            buckets[bucketOf[j]][sizes[bucketOf[j]]++] = j;
        }
        // within a bucket, people by nice-to-have mask, then by position: each run of one mask is by bound descending
        bucketMasks = new int[count][];
        bucketStarts = new int[count][];
        for (int x = 0; x < count; x++) {
            int[] members = buckets[x];
            long[] keyed = new long[members.length];
            for (int t = 0; t < members.length; t++) {
                keyed[t] = (long) niceMask[members[t]] << 32 | members[t];
            }
            Arrays.sort(keyed);
            int runs = 0;
            int[] masksHere = new int[members.length];
            int[] starts = new int[members.length + 1];
            for (int t = 0; t < members.length; t++) {
                members[t] = (int) keyed[t];
                int mask = (int) (keyed[t] >>> 32);
                if (runs == 0 || masksHere[runs - 1] != mask) {
                    masksHere[runs] = mask;
                    starts[runs++] = t;
                }
            }
            starts[runs] = members.length;
            bucketMasks[x] = Arrays.copyOf(masksHere, runs);
            bucketStarts[x] = Arrays.copyOf(starts, runs + 1);
        }
        bucketKinds = Arrays.copyOf(kinds, count);
        int[][] partners = new int[count][];
        if (sharers == 3) {
            return partners; // trios take their third members from the buckets by pair (thirdRuns), not from these
        }
        int[] compatible = new int[count];
        for (int x = 0; x < count; x++) {
            int found = 0;
            for (int y = 0; y < count; y++) {
                long both = kinds[x] | kinds[y];
                if ((both >>> 32) == fullMask && (both & 0xFFFF_FFFFL) == allSamples) {
                    compatible[found++] = y;
                }
            }
            partners[x] = Arrays.copyOf(compatible, found);
        }
        return partners;
    }

    /** Sets {@link #partFree} and {@link #partMask} to the union of the members fixed by the outer loops. */
    private void fix(int a, int b) {
        long mask = mustMask[a];
        for (int w = 0; w < Slots.WORDS; w++) {
            partFree[w] = free[a * Slots.WORDS + w];
        }
        if (b >= 0) {
            mask |= mustMask[b];
            for (int w = 0; w < Slots.WORDS; w++) {
                partFree[w] |= free[b * Slots.WORDS + w];
            }
        }
        partMask = mask;
    }

    /**
     * Sets the most work to do, in combinations checked plus fixed pairs walked ({@link #pairsWalked}); a test or
     * benchmark may lift it to {@link Long#MAX_VALUE}.
     */
    TeamSearch budget(long units) {
        budget = units;
        return this;
    }

    /** Whether the last {@link #run} looked at every combination the bounds did not rule out. */
    boolean exact() {
        return exact;
    }

    /** How many combinations the last {@link #run} looked at (checked with {@link #evaluate}). */
    long combinations() {
        return combinations;
    }

    /** How many times the last {@link #run} looked at a fixed pair's third members ({@link #pairsWalked}). */
    long pairsWalked() {
        return pairsWalked;
    }

    /**
     * Whether the budget, whose unit is a combination checked or a fixed pair walked, is spent; a search that stops
     * here is no longer exact. Nothing is counted past it, so the work counted never exceeds the budget.
     */
    private boolean budgetSpent() {
        if (combinations + pairsWalked >= budget) {
            exact = false;
            return true;
        }
        return false;
    }

    /** Counts a combination checked, unless the budget is spent (then true). */
    private boolean spentOnCombination() {
        if (budgetSpent()) {
            return true;
        }
        combinations++;
        return false;
    }

    /** Counts a look at a fixed pair's third members, unless the budget is spent (then true). */
    private boolean spentOnPair() {
        if (budgetSpent()) {
            return true;
        }
        pairsWalked++;
        return false;
    }

    /** The best k teams among the given eligible people (data indexes, any order). */
    List<Team> run(int[] eligible) {
        if (impossible || k <= 0) {
            return List.of();
        }
        preparePool(eligible);
        int n = pool.length;
        if (n < sharers) {
            return List.of();
        }
        combinations = 0;
        pairsWalked = 0;
        completionCuts = 0;
        spreadCuts = 0;
        thirdRunsBuilt = 0;
        exact = true;
        if (sharers == 2) {
            pairs(n);
        } else {
            trios(n);
        }
        List<Team> teams = new ArrayList<>();
        for (Found found : best) {
            teams.add(explain(found));
        }
        return List.copyOf(teams);
    }

    /**
     * How the pair search finds a member's partners: {@code CHOOSE} picks per member whichever of the two looks at
     * fewer people; tests force {@code SCAN} or {@code BALL} to check each against the exhaustive reference.
     */
    enum PairMode {
        CHOOSE,
        SCAN,
        BALL
    }

    private PairMode pairMode = PairMode.CHOOSE;
    private long ballMembers;

    /** How many members of the last {@link #run} had their partners from the index by answers. */
    long ballMembers() {
        return ballMembers;
    }

    /** Sets how the pair search finds partners (see {@link PairMode}); the result is the same either way. */
    TeamSearch pairMode(PairMode mode) {
        pairMode = mode;
        return this;
    }

    /**
     * The pairs a &lt; b whose bound can reach the top k, member a by member a in bound order. For each a the partners
     * come either from a scan of the positions after a in the partner buckets ({@link #partnerBuckets}), nice-to-have
     * mask by mask, so that a mask which cannot complete a's skills is cut as a whole; or, when a has answered the
     * questionnaire and the k-th score leaves few answers possible, from the answer sets within the L1 distance that
     * score still allows ({@link #ballPartners}). Both look at every partner b &gt; a whose bound reaches the top k.
     */
    private void pairs(int n) {
        styleIndex = false; // built again, for this run's pool, once a member first needs it
        ballMembers = 0;
        int[][] partners = partnerBuckets();
        for (int a = 0; a + 1 < n && !prunable(bound[a] + bound[a + 1]); a++) {
            fix(a, -1);
            boolean stopped;
            if (useBall(a, n)) {
                ballMembers++;
                stopped = ballPartners(a);
            } else if (partners == null) {
                stopped = scanAll(a, n);
            } else {
                stopped = scanBuckets(a, partners);
            }
            if (stopped) {
                return;
            }
        }
    }

    /** Every position after a in bound order, while the bound reaches the top k; true when the budget is spent. */
    private boolean scanAll(int a, int n) {
        for (int b = a + 1; b < n && !prunable(bound[a] + bound[b]); b++) {
            if (spentOnCombination()) {
                return true;
            }
            evaluate(a, b, -1);
        }
        return false;
    }

    /**
     * The positions after a in the buckets that can complete a (what a leaves open, the skills a lacks), per
     * nice-to-have mask with that mask's skills in the bound; true when the budget is spent.
     */
    private boolean scanBuckets(int a, int[][] partners) {
        for (int y : partners[bucketOf[a]]) {
            int[] members = buckets[y];
            int[] masksHere = bucketMasks[y];
            int[] starts = bucketStarts[y];
            for (int t = 0; t < masksHere.length; t++) {
                double loss = skillLoss(niceMask[a] | masksHere[t]);
                if (prunable(bound[a] + bound[a + 1] - loss)) {
                    continue; // even the best partner after a with these skills cannot reach the top k
                }
                int from = Arrays.binarySearch(members, starts[t], starts[t + 1], a + 1);
                for (int at = from >= 0 ? from : -from - 1; at < starts[t + 1]; at++) {
                    int b = members[at];
                    if (prunable(bound[a] + bound[b] - loss)) {
                        break;
                    }
                    if (spentOnCombination()) {
                        return true;
                    }
                    evaluate(a, b, -1);
                }
            }
        }
        return false;
    }

    /**
     * What a pair whose members hold the nice-to-have skills in {@code mask} loses at most against perfect skills:
     * its skills score is the share of the role's nice-to-have skills in the mask ({@link #skills}); 0 without masks.
     */
    private double skillLoss(int mask) {
        return niceMasks ? Weights.TEAM_SKILLS * (niceCount - Integer.bitCount(mask)) / niceCount : 0.0;
    }

    // ---- the index by answers for pairs (docs/adr/0010, 2026-12-06 night)

    /** Whether the index by answers ({@link #styleGroups} and the rest) is built for this run. */
    private boolean styleIndex;

    /** The distinct nice-to-have masks of the pool, by index; per mask, the highest {@link #plain} of its people. */
    private int[] maskValues = new int[0];

    private double[] maskPlainMost = new double[0];
    private int[] maskIndexOf = new int[0];
    /** Per (mask index, answers) a group of the people with exactly those; key {@code maskIndex << 40 | code}. */
    private LongDoubleMap styleGroups = new LongDoubleMap();

    private int[][] groupMembers = new int[0][];
    /** Per mask index, the people who have not answered, by position. */
    private int[][] unansweredByMask = new int[0][];

    /** Per mask index, the L1 radius of answers that can still reach the top k with member a (−1: none). */
    private int[] radius = new int[0];

    /** The member whose ball is being walked, its answers, its nice-to-have mask index and skills loss. */
    private int ballA;

    private final int[] centre = new int[FreelancerSnapshot.WORK_STYLE_QUESTIONS];
    private int ballMask;
    private double ballLoss;

    /** Most L1 distance between two sets of answers: ten questions, 1–5. */
    private static final int MOST_DISTANCE = 4 * FreelancerSnapshot.WORK_STYLE_QUESTIONS;

    /** The distance a pair with someone who has not answered counts as: fit 0.5 = 1 − 20 / 40. */
    private static final int UNANSWERED_DISTANCE = MOST_DISTANCE / 2;

    /**
     * Whether member a's partners come from the ball of answers: only for someone who answered, once the top k is
     * full (before, the k-th score allows every distance), and when the ball holds fewer answer sets than half the
     * positions after a that the plain bound would scan.
     */
    private boolean useBall(int a, int n) {
        if (pairMode == PairMode.SCAN || styleCode[a] < 0 || best.size() < k) {
            return false;
        }
        if (!styleIndex) {
            buildStyleIndex(n);
        }
        long points = 0;
        int edge = 0;
        int near = 0;
        for (int q = 0; q < centre.length; q++) {
            int answer = answer(styleCode[a], q);
            edge += answer == 1 || answer == 5 ? 1 : 0;
            near += answer == 2 || answer == 4 ? 1 : 0;
        }
        double kth = best.get(k - 1).score();
        for (int m = 0; m < maskValues.length; m++) {
            double room = Weights.TEAM_FAIRNESS
                    + Weights.TEAM_SKILLS
                    + Weights.TEAM_WORK_STYLE
                    - skillLoss(niceMask[a] | maskValues[m])
                    + plain[a]
                    + maskPlainMost[m]
                    - kth
                    + 2 * SLACK;
            // a partner at distance r loses r / 40 of the work-style weight
            double most = room * MOST_DISTANCE / Weights.TEAM_WORK_STYLE;
            radius[m] = most < 0 ? -1 : (int) Math.min(MOST_DISTANCE, Math.floor(most));
            if (radius[m] >= 0) {
                points += BALL_SIZES[edge][near][radius[m]];
            }
        }
        if (pairMode == PairMode.BALL) {
            return true;
        }
        double threshold = best.get(k - 1).score() - SLACK - Weights.TEAM_FAIRNESS - Weights.TEAM_SKILLS - bound[a];
        int lo = a + 1;
        int hi = n;
        while (lo < hi) { // the first position after a whose bound is below the threshold (bounds descend)
            int mid = (lo + hi) >>> 1;
            if (bound[mid] >= threshold) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return 2 * points < lo - (a + 1);
    }

    /** Groups the pool by (nice-to-have mask, answers) for {@link #ballPartners}. */
    private void buildStyleIndex(int n) {
        styleIndex = true;
        styleGroups = new LongDoubleMap();
        maskIndexOf = new int[1 << MOST_NICE_FOR_MASKS];
        Arrays.fill(maskIndexOf, -1);
        int masksSeen = 0;
        int[] values = new int[1 << MOST_NICE_FOR_MASKS];
        for (int j = 0; j < n; j++) {
            if (maskIndexOf[niceMask[j]] < 0) {
                values[masksSeen] = niceMask[j];
                maskIndexOf[niceMask[j]] = masksSeen++;
            }
        }
        maskValues = Arrays.copyOf(values, masksSeen);
        maskPlainMost = new double[masksSeen];
        Arrays.fill(maskPlainMost, Double.NEGATIVE_INFINITY);
        radius = new int[masksSeen];
        int[] groupOf = new int[n];
        int[] sizes = new int[n];
        int[] unanswered = new int[masksSeen];
        int groups = 0;
        for (int j = 0; j < n; j++) {
            int m = maskIndexOf[niceMask[j]];
            maskPlainMost[m] = Math.max(maskPlainMost[m], plain[j]);
            if (styleCode[j] < 0) {
                unanswered[m]++;
                groupOf[j] = -1;
                continue;
            }
            long key = (long) m << 40 | styleCode[j];
            double known = styleGroups.get(key);
            int group;
            if (known == LongDoubleMap.MISSING) {
                group = groups++;
                styleGroups.put(key, group);
            } else {
                group = (int) known;
            }
            groupOf[j] = group;
            sizes[group]++;
        }
        groupMembers = new int[groups][];
        for (int g = 0; g < groups; g++) {
            groupMembers[g] = new int[sizes[g]];
            sizes[g] = 0;
        }
        unansweredByMask = new int[masksSeen][];
        for (int m = 0; m < masksSeen; m++) {
            unansweredByMask[m] = new int[unanswered[m]];
            unanswered[m] = 0;
        }
        prefixes = new long[masksSeen][PREFIX_QUESTIONS.length][];
        for (int m = 0; m < masksSeen; m++) {
            for (int level = 0; level < PREFIX_QUESTIONS.length; level++) {
                int size = 1;
                for (int q = 0; q < PREFIX_QUESTIONS[level]; q++) {
                    size *= 5;
                }
                prefixes[m][level] = new long[(size + 63) / 64];
            }
        }
        for (int j = 0; j < n; j++) {
            int group = groupOf[j];
            if (group >= 0) {
                int m = maskIndexOf[niceMask[j]];
                int prefix = 0;
                for (int q = 0, level = 0; level < PREFIX_QUESTIONS.length; q++) {
                    if (q == PREFIX_QUESTIONS[level]) {
                        prefixes[m][level][prefix >>> 6] |= 1L << prefix;
                        level++;
                    }
                    prefix = prefix * 5 + answer(styleCode[j], q) - 1;
                }
                groupMembers[group][sizes[group]++] = j;
            } else {
                int m = maskIndexOf[niceMask[j]];
                unansweredByMask[m][unanswered[m]++] = j;
            }
        }
    }

    /**
     * Member a's partners from the index by answers: per nice-to-have mask, every answer set within the radius that
     * {@link #useBall} found (an L1 ball in {1..5}¹⁰, walked question by question), each looked up in the index; and
     * the people who have not answered when the radius reaches their fit of 0.5. A partner further away loses more
     * work-style fit than the k-th score leaves, so none that could reach the top k is missed. True when the budget
     * is spent.
     */
    private boolean ballPartners(int a) {
        ballA = a;
        for (int q = 0; q < centre.length; q++) {
            centre[q] = answer(styleCode[a], q);
        }
        for (int m = 0; m < maskValues.length; m++) {
            if (radius[m] < 0) {
                continue;
            }
            ballMask = m;
            ballLoss = skillLoss(niceMask[a] | maskValues[m]);
            if (walk(0, radius[m], 0L, 0, 0)) {
                return true;
            }
            if (radius[m] >= UNANSWERED_DISTANCE) {
                int[] members = unansweredByMask[m];
                int from = Arrays.binarySearch(members, a + 1);
                double fit = Weights.TEAM_WORK_STYLE * 0.5;
                for (int at = from >= 0 ? from : -from - 1; at < members.length; at++) {
                    int b = members[at];
                    if (prunable(fit - ballLoss + plain[a] + plain[b])) {
                        break; // plain falls along the list: everyone in it has the same style bound
                    }
                    if (spentOnCombination()) {
                        return true;
                    }
                    evaluate(a, b, -1);
                }
            }
        }
        return false;
    }

    /**
     * Walks the answer sets that agree with {@link #centre} before question q, are {@code distance} away so far and
     * may differ by at most {@code left} more, building their thermometer code and their first answers as a number in
     * base 5 ({@code prefix}); a branch whose first {@link #PREFIX_QUESTIONS} answers nobody with the mask gave is
     * left at once. At the end, looks the set up.
     */
    private boolean walk(int q, int left, long code, int distance, int prefix) {
        if (q == centre.length) {
            double group = styleGroups.get((long) ballMask << 40 | code);
            return group != LongDoubleMap.MISSING && tryGroup((int) group, distance);
        }
        for (int level = 0; level < PREFIX_QUESTIONS.length; level++) {
            if (q == PREFIX_QUESTIONS[level] && (prefixes[ballMask][level][prefix >>> 6] & (1L << prefix)) == 0) {
                return false;
            }
        }
        int x = centre[q];
        for (int value = Math.max(1, x - left); value <= Math.min(5, x + left); value++) {
            int step = Math.abs(value - x);
            if (walk(
                    q + 1,
                    left - step,
                    code | ((1L << (value - 1)) - 1) << (4 * q),
                    distance + step,
                    prefix * 5 + value - 1)) {
                return true;
            }
        }
        return false;
    }

    /** After how many questions {@link #walk} checks that someone gave the answers so far (5⁴ and 5⁷ bits per mask). */
    private static final int[] PREFIX_QUESTIONS = {4, 7};

    /** Per mask index and per entry of {@link #PREFIX_QUESTIONS}, a bit per first answers (base 5) someone gave. */
    private long[][][] prefixes = new long[0][][];

    /** Offers member a with the people of one group after a, at the given distance of answers. */
    private boolean tryGroup(int group, int distance) {
        int a = ballA;
        double style = Weights.TEAM_WORK_STYLE * (1.0 - distance / (double) MOST_DISTANCE);
        for (int b : groupMembers[group]) {
            if (b <= a || prunable(style - ballLoss + plain[a] + plain[b])) {
                continue;
            }
            if (spentOnCombination()) {
                return true;
            }
            evaluate(a, b, -1);
        }
        return false;
    }

    /** Answer 1–5 to question q from a thermometer code. */
    private static int answer(long code, int q) {
        return Long.bitCount((code >>> (4 * q)) & 0xF) + 1;
    }

    /**
     * How many answer sets in {1..5}¹⁰ lie within each L1 radius of a set with {@code edge} answers 1 or 5 and
     * {@code near} answers 2 or 4 (the rest 3): {@code BALL_SIZES[edge][near][radius]}. The work of a ball walk.
     */
    static final long[][][] BALL_SIZES = ballSizes();

    private static long[][][] ballSizes() {
        int questions = FreelancerSnapshot.WORK_STYLE_QUESTIONS;
        // per kind of answer, how many answers lie at each distance: 1 (or 5), 2 (or 4), 3
        int[][] atDistance = {{1, 1, 1, 1, 1}, {1, 2, 1, 1, 0}, {1, 2, 2, 0, 0}};
        long[][][] sizes = new long[questions + 1][questions + 1][];
        for (int edge = 0; edge <= questions; edge++) {
            for (int near = 0; edge + near <= questions; near++) {
                long[] ways = new long[MOST_DISTANCE + 1];
                ways[0] = 1;
                for (int q = 0; q < questions; q++) {
                    int[] steps = atDistance[q < edge ? 0 : q < edge + near ? 1 : 2];
                    long[] next = new long[MOST_DISTANCE + 1];
                    for (int r = 0; r <= MOST_DISTANCE; r++) {
                        for (int step = 0; step < steps.length && r + step <= MOST_DISTANCE; step++) {
                            next[r + step] += ways[r] * steps[step];
                        }
                    }
                    ways = next;
                }
                for (int r = 1; r <= MOST_DISTANCE; r++) {
                    ways[r] += ways[r - 1];
                }
                sizes[edge][near] = ways;
            }
        }
        return sizes;
    }

    /**
     * Looks at the trios best-first by their bound {@code 55 + u(a) + u(b) + u(c)}, so that a search stopped by the
     * budget has looked at the combinations with the highest bounds over every first member, not at every partner
     * of the first few members. The trios form a tree in which no trio's bound is below a descendant's: (a, b, c) is
     * followed by (a, b, c + 1); the first trio of a pair, (a, b, b + 1), also by (a, b + 1, b + 2); and (a, a + 1, a
     * + 2) also by (a + 1, a + 2, a + 3). Every trio a &lt; b &lt; c is reached exactly once. A heap holds, per pair
     * (a, b) reached, its next c; each pop scans c in pool order (bound descending) while the bound is at least the
     * heap's next one (and at least {@link #BATCH} trios, so the heap is not touched per trio); with the bucket index
     * ({@link #pairsByIndex}, {@link #thirdsByIndex}) a pop covers a window of positions instead. The search ends when
     * the highest bound left cannot reach the top k, which proves the result exact, or when the work counted
     * (combinations checked and pairs walked: each pop, or with the index each look at a pair's third members) would
     * pass the budget.
     */
    private void trios(int n) {
        thirdIndexed = useThirdIndex && partnerBuckets() != null;
        Arrays.fill(thirdRuns, null);
        plainMostFrom = new double[n + 1];
        plainMostFrom[n] = Double.NEGATIVE_INFINITY;
        for (int j = n - 1; j >= 0; j--) {
            plainMostFrom[j] = Math.max(plainMostFrom[j + 1], plain[j]);
        }
        heapSize = 0;
        push(bound[0] + bound[1] + bound[2], pack(0, 1, 2));
        while (heapSize > 0) {
            double key = heapKeys[0];
            long entry = heapEntries[0];
            pop();
            if (prunable(key)) {
                return; // no trio left, here or below in the tree, can reach the top k
            }
            int a = (int) (entry >>> 42);
            int b = (int) (entry >>> 21) & 0x1FFFFF;
            int c = (int) entry & 0x1FFFFF;
            if (!thirdIndexed && spentOnPair()) {
                return; // (with the index, thirdsByIndex counts each look at a pair)
            }
            if (thirdIndexed) {
                if (c == b + 1 ? pairsByIndex(a, b, n) : thirdsByIndex(a, b, c, pairBound(a, b))) {
                    return;
                }
                continue;
            }
            if (c == b + 1) {
                if (c + 1 < n) {
                    push(bound[a] + bound[b + 1] + bound[b + 2], pack(a, b + 1, b + 2));
                }
                if (b == a + 1 && c + 1 < n) {
                    push(bound[a + 1] + bound[a + 2] + bound[a + 3], pack(a + 1, a + 2, a + 3));
                }
            }
            double pair = pairBound(a, b);
            double next = heapSize > 0 ? heapKeys[0] : Double.NEGATIVE_INFINITY;
            fix(a, b);
            int scanned = 0;
            for (; c < n && !prunable(pair + bound[c]); c++) {
                if (scanned >= BATCH && bound[a] + bound[b] + bound[c] < next) {
                    push(bound[a] + bound[b] + bound[c], pack(a, b, c));
                    break;
                }
                if (spentOnCombination()) {
                    return;
                }
                scanned++;
                evaluate(a, b, c);
            }
        }
    }

    /**
     * The pair's part of the trio bound: u(a) + u(b) with the pair's own work-style fit in place of its part of the
     * style bound, as f(a,c) + f(b,c) ≤ best(c) + min(best(a), best(b)) and best(c) is in c's bound.
     */
    private double pairBound(int a, int b) {
        return bound[a]
                + bound[b]
                + Weights.TEAM_WORK_STYLE
                        * (styleFit(a, b) + Math.min(bestStyle[a], bestStyle[b]) - bestStyle[a] - bestStyle[b])
                        / 3;
    }

    /**
     * The pair's part of a second trio bound, with the third member's {@link #plain} to be added: plain(a) + plain(b)
     * and the pair's own fit, with f(a,c) + f(b,c) ≤ 2 − d(a,b) / 40 when all three answered (the questionnaire
     * distance d is an L1 distance, so d(a,c) + d(b,c) ≥ d(a,b)), and in any case at most 2 − 0.5 for each of a and b
     * who has not answered (fit 0.5 with anyone) — true for a c who has not answered either (f(a,c) + f(b,c) = 1). The
     * style bound in {@link #pairBound} takes each member's best fit with anyone instead; neither is always the
     * smaller: this one cuts pairs far apart in answers, whatever their best fits.
     */
    private double spreadBound(int a, int b) {
        long x = styleCode[a];
        long y = styleCode[b];
        double thirds;
        if (x >= 0 && y >= 0) {
            thirds = 2.0 - Long.bitCount(x ^ y) / (double) MOST_DISTANCE;
        } else {
            thirds = 2.0 - (x < 0 ? 0.5 : 0.0) - (y < 0 ? 0.5 : 0.0);
        }
        return plain[a] + plain[b] + Weights.TEAM_WORK_STYLE * (styleFit(a, b) + thirds) / 3;
    }

    /**
     * With the index of third members: the pairs (a, b), (a, b + 1), … in turn, each with its third members from
     * the index ({@link #thirdsByIndex}), for at least {@link #BATCH} pairs and on while the pair's first trio bound
     * is at least the heap's next key; then (a, b', b' + 1) goes back to the heap. The tree is the same as in {@link
     * #trios} ((a, a + 1, a + 2) also leads to (a + 1, a + 2, a + 3)); only a chain of pairs of one first member is
     * walked without the heap. True when the budget is spent.
     */
    private boolean pairsByIndex(int a, int b, int n) {
        for (int done = 0; ; done++) {
            if (b == a + 1 && a + 3 < n) {
                push(bound[a + 1] + bound[a + 2] + bound[a + 3], pack(a + 1, a + 2, a + 3));
            }
            if (thirdsByIndex(a, b, b + 1, pairBound(a, b))) {
                return true;
            }
            b++;
            if (b + 1 >= n) {
                return false;
            }
            double key = bound[a] + bound[b] + bound[b + 1];
            if (prunable(key)) {
                return false; // no later pair of a, nor any of their trios, can reach the top k
            }
            if (done + 1 >= BATCH && heapSize > 0 && key < heapKeys[0]) {
                push(key, pack(a, b, b + 1));
                return false;
            }
        }
    }

    /** Per pool position, the highest {@link #plain} at or after it (for the spread check in {@link #thirdsByIndex}). */
    private double[] plainMostFrom = new double[0];

    /**
     * The third members c ≥ {@code from} of the pair (a, b) in a window of pool positions, taken from the buckets
     * that can complete the pair (holding the "at least one sharer" skills the pair lacks, free at the sample
     * half-hours it leaves open: both necessary for a valid trio), nice-to-have mask by mask with the trio's skills
     * in the bound, so that people who cannot complete the pair, or whose skills leave the trio below the top k, are
     * skipped without being looked at. The window runs from {@code from} over at least {@link #THIRD_WINDOW}
     * positions and on while the trio bound {@code u(a) + u(b) + u(c)} is at least the heap's next key; the pair goes
     * back to the heap at the window's end if any of its buckets still has a third member whose bound reaches the
     * top k. Before any of that, the spread of the pair's answers with the highest {@link #plain} left ({@link
     * #plainMostFrom}), which needs no runs; then the completion bound: per block of positions, the best {@code bound − skill loss} and
     * {@code plain − skill loss} over the pair's runs from {@code from}'s block on ({@link ThirdRuns#boundFrom}), added
     * to the pair's two bounds ({@link #pairBound}, {@link #spreadBound}); when neither reaches the top k, no third
     * member of the pair can, and it is left without looking at a run. Each call counts one unit of the budget; true
     * when the budget is spent.
     */
    private boolean thirdsByIndex(int a, int b, int from, double pair) {
        int n = pool.length;
        if (spentOnPair()) {
            return true;
        }
        if (prunable(pair + bound[from])) {
            return false; // not even the best third member left, with every nice-to-have skill, reaches the top k
        }
        double spread = spreadBound(a, b);
        if (useCompletionBound && prunable(spread + plainMostFrom[from])) {
            completionCuts++;
            spreadCuts++;
            return false; // too far apart in answers for any third member left: no need for the pair's runs
        }
        ThirdRuns runs = thirdRuns(bucketKinds[bucketOf[a]] | bucketKinds[bucketOf[b]], niceMask[a] | niceMask[b]);
        int block = from >>> BLOCK_BITS;
        if (useCompletionBound && prunable(Math.min(pair + runs.boundFrom[block], spread + runs.plainFrom[block]))) {
            completionCuts++;
            spreadCuts += prunable(pair + runs.boundFrom[block]) ? 0 : 1;
            return false; // no third member left in the buckets that can complete the pair reaches the top k
        }
        double next = heapSize > 0 ? heapKeys[0] : Double.NEGATIVE_INFINITY;
        boolean fixed = false;
        int end = (int) Math.min(n, (long) from + Math.max(thirdWindow, from - b)); // doubling per pop
        if (end < n && bound[a] + bound[b] + bound[end] >= next) {
            // on to the first position whose trio bound is below the heap's next key (bounds fall along the pool)
            int low = end;
            int high = n;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (bound[a] + bound[b] + bound[middle] >= next) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            end = low;
        }
        boolean more = false;
        for (int r = 0; r < runs.loss.length; r++) {
            double reach = pair - runs.loss[r];
            if (prunable(reach + bound[from])) {
                break; // the runs are by skill loss ascending: no third member from here in this or a later run
            }
            int[] members = runs.members[r];
            int stop = runs.ends[r];
            int at = Arrays.binarySearch(members, runs.starts[r], stop, from);
            for (at = at >= 0 ? at : -at - 1; at < stop; at++) {
                int c = members[at];
                if (prunable(reach + bound[c])) {
                    break;
                }
                if (c >= end) {
                    more = true;
                    break;
                }
                if (useCompletionBound && prunable(spread - runs.loss[r] + plain[c])) {
                    continue; // c is too far from a or b in answers for the trio to reach the top k
                }
                if (spentOnCombination()) {
                    return true;
                }
                if (!fixed) {
                    fix(a, b);
                    fixed = true;
                }
                evaluate(a, b, c);
            }
        }
        if (more && end < n) {
            push(bound[a] + bound[b] + bound[end], pack(a, b, end));
        }
        return false;
    }

    /**
     * Fewest pool positions the first pop of a pair covers with the index of third members ({@link #thirdsByIndex});
     * each later pop of the pair covers at least as many positions as all before it, so a pair is popped O(log n)
     * times (each window costs a binary search per run) while its first windows stay small, for a search the budget
     * stops (a fixed window of 4,096, or a first one of 1,024, spent the budget of role 378 on few pairs and found no
     * team; see docs/adr/0010).
     */
    private static final int THIRD_WINDOW = 256;

    private int thirdWindow = THIRD_WINDOW;

    private boolean useThirdIndex = true;

    /** Whether {@link #thirdsByIndex} checks a pair's completion bound and the spread bound (tests turn it off). */
    private boolean useCompletionBound = true;

    private long completionCuts;
    private long spreadCuts;

    /** Pool positions per block of the completion bound ({@link ThirdRuns#boundFrom}): 2⁵. */
    private static final int BLOCK_BITS = 5;

    private long thirdRunsBuilt;

    /** Turns the completion and spread bounds of {@link #thirdsByIndex} on (default) or off; same result either way. */
    TeamSearch completionBound(boolean on) {
        useCompletionBound = on;
        return this;
    }

    /** How many fixed pairs the last {@link #run} left at once by the completion bound. */
    long completionCuts() {
        return completionCuts;
    }

    /** How many of those {@link #completionCuts} only the spread of the pair's answers made. */
    long spreadCuts() {
        return spreadCuts;
    }

    /** How many third-member run lists the last {@link #run} built (each costs a sort of its people). */
    long thirdRunsBuilt() {
        return thirdRunsBuilt;
    }

    private boolean thirdIndexed;

    /**
     * The runs of one nice-to-have mask in the buckets that can complete a pair: per run its positions ({@code
     * members[starts, ends)}, ascending) and the trio's skill loss with the pair's mask, runs by loss ascending.
     */
    private record ThirdRuns(
            long kind,
            int nice,
            int[][] members,
            int[] starts,
            int[] ends,
            double[] loss,
            double[] boundFrom,
            double[] plainFrom) {}

    /** The third-member runs per pair kind and mask (see {@link #thirdRuns}), direct-mapped, cleared per run. */
    private final ThirdRuns[] thirdRuns = new ThirdRuns[1 << THIRD_RUNS_BITS];

    private static final int THIRD_RUNS_BITS = 12;

    /** Whether the trio search takes third members from the bucket index (default) or scans every position. */
    TeamSearch thirdIndex(boolean on) {
        useThirdIndex = on;
        return this;
    }

    /** Sets the window of {@link #thirdsByIndex}; tests make it small so that pairs go back to the heap often. */
    TeamSearch thirdWindow(int positions) {
        thirdWindow = positions;
        return this;
    }

    /** Whether the last {@link #run} of a trio role took its third members from the bucket index. */
    boolean thirdIndexed() {
        return thirdIndexed;
    }

    /**
     * The runs whose people can complete a pair of the given kind (union of the two buckets' kinds: together every
     * must-one skill, free at every sample) and nice-to-have mask, by the trio's skill loss ascending; remembered.
     */
    private ThirdRuns thirdRuns(long kind, int nice) {
        long hash = (kind ^ nice) * 0x9E37_79B9_7F4A_7C15L;
        int slot = (int) (hash >>> (64 - THIRD_RUNS_BITS));
        ThirdRuns known = thirdRuns[slot];
        if (known != null && known.kind() == kind && known.nice() == nice) {
            return known;
        }
        int total = 0;
        for (int y = 0; y < bucketKinds.length; y++) {
            long all = kind | bucketKinds[y];
            if ((all >>> 32) == fullMask && (all & 0xFFFF_FFFFL) == allSamples) {
                total += bucketMasks[y].length;
            }
        }
        long[] order = new long[total];
        int[][] members = new int[total][];
        int[] starts = new int[total];
        int[] ends = new int[total];
        double[] loss = new double[total];
        int count = 0;
        for (int y = 0; y < bucketKinds.length; y++) {
            long all = kind | bucketKinds[y];
            if ((all >>> 32) == fullMask && (all & 0xFFFF_FFFFL) == allSamples) {
                for (int t = 0; t < bucketMasks[y].length; t++) {
                    // fewer skills missing first; the count fits in 8 bits, the run's number in the rest
                    int missing = niceCount - Integer.bitCount(nice | bucketMasks[y][t]);
                    order[count] = (long) Math.max(0, missing) << 40 | count;
                    members[count] = buckets[y];
                    starts[count] = bucketStarts[y][t];
                    ends[count] = bucketStarts[y][t + 1];
                    loss[count] = skillLoss(nice | bucketMasks[y][t]);
                    count++;
                }
            }
        }
        Arrays.sort(order);
        int[][] sortedMembers = new int[total][];
        int[] sortedStarts = new int[total];
        int[] sortedEnds = new int[total];
        double[] sortedLoss = new double[total];
        for (int r = 0; r < total; r++) {
            int from = (int) (order[r] & 0xFF_FFFF_FFFFL);
            sortedMembers[r] = members[from];
            sortedStarts[r] = starts[from];
            sortedEnds[r] = ends[from];
            sortedLoss[r] = loss[from];
        }
        // per block of BLOCK pool positions, from the block on, the most of bound − loss and of plain − loss over the
        // people of the runs: what the best third member at or after a position can add to the pair, a little high
        // (the block of a position also holds the positions before it), so a sound completion bound
        int blocks = (pool.length >>> BLOCK_BITS) + 1;
        double[] boundFrom = new double[blocks + 1];
        double[] plainFrom = new double[blocks + 1];
        Arrays.fill(boundFrom, Double.NEGATIVE_INFINITY);
        Arrays.fill(plainFrom, Double.NEGATIVE_INFINITY);
        for (int r = 0; r < total; r++) {
            double cut = sortedLoss[r];
            int[] people = sortedMembers[r];
            for (int x = sortedStarts[r]; x < sortedEnds[r]; x++) {
                int c = people[x];
                int block = c >>> BLOCK_BITS;
                boundFrom[block] = Math.max(boundFrom[block], bound[c] - cut);
                plainFrom[block] = Math.max(plainFrom[block], plain[c] - cut);
            }
        }
        for (int block = blocks - 1; block >= 0; block--) {
            boundFrom[block] = Math.max(boundFrom[block], boundFrom[block + 1]);
            plainFrom[block] = Math.max(plainFrom[block], plainFrom[block + 1]);
        }
        thirdRunsBuilt++;
        ThirdRuns runs =
                new ThirdRuns(kind, nice, sortedMembers, sortedStarts, sortedEnds, sortedLoss, boundFrom, plainFrom);
        thirdRuns[slot] = runs;
        return runs;
    }

    /** Fewest trios a pop of the heap scans before the pair goes back to it (see {@link #trios}). */
    private static final int BATCH = 32;

    /** A max-heap of pairs with their next third member: bound and (a, b, c) packed in 21 bits each. */
    private double[] heapKeys = new double[0];

    private long[] heapEntries = new long[0];
    private int heapSize;

    private static long pack(int a, int b, int c) {
        return (long) a << 42 | (long) b << 21 | c;
    }

    private void push(double key, long entry) {
        if (heapSize == heapKeys.length) {
            int size = Math.max(1_024, heapSize * 2);
            heapKeys = Arrays.copyOf(heapKeys, size);
            heapEntries = Arrays.copyOf(heapEntries, size);
        }
        int at = heapSize++;
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (!above(key, entry, heapKeys[parent], heapEntries[parent])) {
                break;
            }
            heapKeys[at] = heapKeys[parent];
            heapEntries[at] = heapEntries[parent];
            at = parent;
        }
        heapKeys[at] = key;
        heapEntries[at] = entry;
    }

    private void pop() {
        double key = heapKeys[--heapSize];
        long entry = heapEntries[heapSize];
        int at = 0;
        while (true) {
            int child = 2 * at + 1;
            if (child >= heapSize) {
                break;
            }
            if (child + 1 < heapSize
                    && above(heapKeys[child + 1], heapEntries[child + 1], heapKeys[child], heapEntries[child])) {
                child++;
            }
            if (!above(heapKeys[child], heapEntries[child], key, entry)) {
                break;
            }
            heapKeys[at] = heapKeys[child];
            heapEntries[at] = heapEntries[child];
            at = child;
        }
        heapKeys[at] = key;
        heapEntries[at] = entry;
    }

    /** Higher bound first; on a tie the lower positions, so the order is deterministic. */
    private static boolean above(double key, long entry, double otherKey, long otherEntry) {
        return key != otherKey ? key > otherKey : entry < otherEntry;
    }

    /**
     * Sorts the eligible people by bound, leaving out those who cannot be in any valid split: fewer free half-hours
     * of the schedule (or fewer wished at most) than the fewest they want, or no hours wanted at all.
     */
    private void preparePool(int[] eligible) {
        int n = 0;
        int[] kept = new int[eligible.length];
        for (int i : eligible) {
            int free = CandidateRules.covered(q.schedule, d.available, i);
            if (Math.max(1, d.desiredMin[i]) <= Math.min(free, d.desiredMax[i])) {
                kept[n++] = i;
            }
        }
        // everything read from the freelancer data is read here, in data order, so that the reads run along memory
        int[] order = new int[n];
        double[] u = new double[n];
        double[] lv = new double[n];
        double[] tr = new double[n];
        int[] lo = new int[n];
        int[] hi = new int[n];
        long[] codes = new long[n];
        long[] ids = new long[n];
        int[] nice = new int[n];
        long[] must = new long[n];
        long[] freeAll = new long[n * Slots.WORDS];
        for (int j = 0; j < n; j++) {
            int i = kept[j];
            order[j] = j;
            ids[j] = d.ids[i];
            lv[j] = CandidateRules.levels(q, d, i);
            tr[j] = travelScore(i);
            lo[j] = Math.max(1, d.desiredMin[i]);
            codes[j] = styleCode(i);
            hi[j] = Math.min(CandidateRules.covered(q.schedule, d.available, i), d.desiredMax[i]);
            for (int w = 0; w < Slots.WORDS; w++) {
                freeAll[j * Slots.WORDS + w] = q.schedule[w] & d.available[i * Slots.WORDS + w];
            }
            int heldNice = 0;
            for (int t = 0; t < niceSkills.length; t++) {
                int skill = niceSkills[t];
                long[] held = niceLevels[t] == 1 ? d.skills1 : niceLevels[t] == 2 ? d.skills2 : d.skills3;
                if (skill < words * 64 && (held[i * words + (skill >>> 6)] & (1L << skill)) != 0) {
                    heldNice |= 1 << t;
                }
            }
            nice[j] = heldNice;
            if (masks) {
                long mask = 0;
                for (int t = 0; t < mustSkills.length; t++) {
                    int skill = mustSkills[t];
                    long[] held = mustLevels[t] == 1 ? d.skills1 : mustLevels[t] == 2 ? d.skills2 : d.skills3;
                    if ((held[i * words + (skill >>> 6)] & (1L << skill)) != 0) {
                        mask |= 1L << t;
                    }
                }
                must[j] = mask;
            }
        }
        double[] styleBest = bestFits(codes, n);
        shortWeight = weighShortfalls(lo, hi, n);
        for (int j = 0; j < n; j++) {
            u[j] = (Weights.TEAM_LEVELS * lv[j] + Weights.TEAM_TRAVEL * tr[j] + Weights.TEAM_WORK_STYLE * styleBest[j])
                            / sharers
                    - Weights.TEAM_FAIRNESS * unfair(lo[j], hi[j], shortWeight);
        }
        sortByBound(order, new int[n], 0, n, u, ids);
        pool = new int[n];
        poolIds = new long[n];
        bound = new double[n];
        levels = new double[n];
        travel = new double[n];
        splitClass = new int[n];
        low = new int[n];
        high = new int[n];
        styleCode = new long[n];
        bestStyle = new double[n];
        plain = new double[n];
        niceMask = new int[n];
        free = new long[n * Slots.WORDS];
        mustMask = new long[n];
        java.util.Map<SplitKey, Integer> classes = new java.util.HashMap<>();
        for (int j = 0; j < n; j++) {
            int x = order[j];
            int i = kept[x];
            pool[j] = i;
            poolIds[j] = ids[x];
            bound[j] = u[x];
            levels[j] = lv[x];
            travel[j] = tr[x];
            low[j] = lo[x];
            styleCode[j] = codes[x];
            bestStyle[j] = styleBest[x];
            plain[j] = u[x] - Weights.TEAM_WORK_STYLE * styleBest[x] / sharers;
            niceMask[j] = nice[x];
            high[j] = hi[x];
            mustMask[j] = must[x];
            System.arraycopy(freeAll, x * Slots.WORDS, free, j * Slots.WORDS, Slots.WORDS);
            long[] freeWords = Arrays.copyOfRange(freeAll, x * Slots.WORDS, (x + 1) * Slots.WORDS);
            var key = new SplitKey(
                    Arrays.hashCode(freeWords),
                    freeWords,
                    Math.max(1, d.desiredMin[i]),
                    Math.min(Slots.count(freeWords), d.desiredMax[i]));
            splitClass[j] = classes.computeIfAbsent(key, unused -> classes.size());
        }
    }

    /**
     * The member's part of the fairness bound: {@code λ·deficit + (1 − λ)·excess} ({@link SplitBounds#deficit}, {@link
     * SplitBounds#excess}; sound for any one λ in [0, 1] per role, since nobody is both short and over).
     */
    private double unfair(int low, int high, double shortWeight) {
        double shortfall = SplitBounds.deficit(high, scheduled, smallestShare);
        return shortWeight == 1.0
                ? shortfall
                : shortWeight * shortfall + (1.0 - shortWeight) * SplitBounds.excess(low, mostWorked, largestShare);
    }

    /**
     * The λ of {@link #unfair} for this role: for pairs 1 (the deficit alone, as before 2026-12-07 morning); for trios
     * the deficits' share of all deficits and excesses in the pool, so that whichever side the role's people mostly
     * fall on leads. Without it, a role of 25 hours had 12,050 of its 17,629 people tied at the highest bound, among
     * them people who want 20 of the 25 hours and make no fair trio with anyone; taken first (lowest id), they took the
     * whole budget (docs/adr/0010, 2026-12-07 morning).
     */
    private double weighShortfalls(int[] lo, int[] hi, int n) {
        if (sharers != 3) {
            return 1.0;
        }
        double shortfalls = 0;
        double excesses = 0;
        for (int j = 0; j < n; j++) {
            shortfalls += SplitBounds.deficit(hi[j], scheduled, smallestShare);
            excesses += SplitBounds.excess(lo[j], mostWorked, largestShare);
        }
        return excesses == 0 ? 1.0 : shortfalls / (shortfalls + excesses);
    }

    /** The λ of {@link #unfair} in the last {@link #run} (1: the deficits alone). */
    double shortWeight() {
        return shortWeight;
    }

    private double shortWeight = 1.0;

    /**
     * Sorts {@code order[from, to)} by bound descending, ties by id ascending (a total order, as ids are unique): a
     * merge sort on primitives, without boxing every position.
     */
    private static void sortByBound(int[] order, int[] spare, int from, int to, double[] u, long[] ids) {
        if (to - from < 2) {
            return;
        }
        int middle = (from + to) >>> 1;
        sortByBound(order, spare, from, middle, u, ids);
        sortByBound(order, spare, middle, to, u, ids);
        if (!before(order[middle], order[middle - 1], u, ids)) {
            return; // already in order
        }
        System.arraycopy(order, from, spare, from, to - from);
        for (int at = from, left = from, right = middle; at < to; at++) {
            if (right == to || (left < middle && !before(spare[right], spare[left], u, ids))) {
                order[at] = spare[left++];
            } else {
                order[at] = spare[right++];
            }
        }
    }

    private static boolean before(int x, int y, double[] u, long[] ids) {
        return u[x] != u[y] ? u[x] > u[y] : ids[x] < ids[y];
    }

    /** The thermometer code of a person's answers ({@link #styleCode}), or −1 when they have not answered. */
    private long styleCode(int i) {
        if (!d.answered[i]) {
            return -1L;
        }
        int n = FreelancerSnapshot.WORK_STYLE_QUESTIONS;
        long code = 0;
        for (int j = 0; j < n; j++) {
            code |= ((1L << (d.workStyle[i * n + j] - 1)) - 1) << (4 * j);
        }
        return code;
    }

    /** Most distinct answer sets for which the best fits are computed; beyond, the cap 1 is used (still sound). */
    private static final int MOST_DISTINCT_ANSWERS = 6_000;

    /**
     * Per person (by thermometer code, −1 for not answered), the best work-style fit with anyone else among the
     * given: 0.5 (neutral) for someone who has not answered or whose only possible partners have not; 1 for the
     * same answers as someone else; else 1 − the smallest distance to another person's answers / 40. People are
     * grouped by their answers, so the work is quadratic in the number of distinct answer sets.
     */
    static double[] bestFits(long[] codes, int n) {
        double[] best = new double[n];
        long[] answered = new long[n];
        int count = 0;
        for (int j = 0; j < n; j++) {
            if (codes[j] >= 0) {
                answered[count++] = codes[j];
            }
        }
        boolean anyUnanswered = count < n;
        Arrays.sort(answered, 0, count);
        long[] distinct = new long[count];
        boolean[] repeated = new boolean[count];
        int unique = 0;
        for (int j = 0; j < count; j++) {
            if (unique > 0 && distinct[unique - 1] == answered[j]) {
                repeated[unique - 1] = true;
            } else {
                distinct[unique++] = answered[j];
            }
        }
        int[] nearest = new int[unique];
        boolean exhaustive = unique <= MOST_DISTINCT_ANSWERS;
        for (int x = 0; x < unique; x++) {
            if (repeated[x] || !exhaustive) {
                nearest[x] = 0;
                continue;
            }
            int min = Integer.MAX_VALUE;
            for (int y = 0; y < unique && min > 1; y++) {
                if (y != x) {
                    min = Math.min(min, Long.bitCount(distinct[x] ^ distinct[y]));
                }
            }
            nearest[x] = min;
        }
        for (int j = 0; j < n; j++) {
            if (codes[j] < 0) {
                best[j] = 0.5;
                continue;
            }
            int x = Arrays.binarySearch(distinct, 0, unique, codes[j]);
            double fit = nearest[x] == Integer.MAX_VALUE ? Double.NEGATIVE_INFINITY : 1.0 - nearest[x] / 40.0;
            best[j] = Math.max(fit, anyUnanswered ? 0.5 : Double.NEGATIVE_INFINITY);
            if (best[j] == Double.NEGATIVE_INFINITY) {
                best[j] = 0.5; // nobody else at all: no team, any value will do
            }
        }
        return best;
    }

    /** The work-style fit of the people at two pool positions: {@link #workStyleFit}, from their codes. */
    private double styleFit(int a, int b) {
        long x = styleCode[a];
        long y = styleCode[b];
        return x < 0 || y < 0 ? 0.5 : 1.0 - Long.bitCount(x ^ y) / 40.0;
    }

    /** What a member's part in a split depends on: their free part of the schedule and their wished hours. */
    private record SplitKey(int hash, long[] free, int low, int cap) {

        @Override
        public boolean equals(Object other) {
            return other instanceof SplitKey key
                    && hash == key.hash
                    && low == key.low
                    && cap == key.cap
                    && Arrays.equals(free, key.free);
        }

        @Override
        public int hashCode() {
            return (hash * 31 + low) * 31 + cap;
        }
    }

    private double travelScore(int i) {
        return q.mode == WorkMode.REMOTE
                ? 1.0
                : Weights.travel(Geo.kmFromChord2(CandidateRules.chord2(q, d, i)), d.travelKm[i]);
    }

    /** Whether a team whose members contribute {@code memberBound} cannot reach the top k. */
    private boolean prunable(double memberBound) {
        double upper = Weights.TEAM_FAIRNESS + Weights.TEAM_SKILLS + memberBound;
        return best.size() == k && upper < best.get(k - 1).score() - SLACK;
    }

    /** Scores the team of pool positions a, b and (for three) c, and offers it. Allocates only for a team kept. */
    private void evaluate(int a, int b, int c) {
        int ia = pool[a];
        int ib = pool[b];
        int ic = c < 0 ? -1 : pool[c];

        // the last member against the union of the members fixed by the outer loops (fix)
        int last = c < 0 ? b : c;
        long missing = 0;
        for (int w = 0; w < Slots.WORDS; w++) {
            missing |= q.schedule[w] & ~(partFree[w] | free[last * Slots.WORDS + w]);
        }
        if (missing != 0) {
            return;
        }
        if (masks ? (partMask | mustMask[last]) != fullMask : !holdsMustOne(ia, ib, ic)) {
            return;
        }
        // means summed in id order, as the explanation and the reference do, so that equal teams score equal bits
        int p0 = a;
        int p1 = b;
        int p2 = c;
        if (poolIds[p1] < poolIds[p0]) {
            int swap = p0;
            p0 = p1;
            p1 = swap;
        }
        if (p2 >= 0 && poolIds[p2] < poolIds[p1]) {
            int swap = p1;
            p1 = p2;
            p2 = swap;
            if (poolIds[p1] < poolIds[p0]) {
                swap = p0;
                p0 = p1;
                p1 = swap;
            }
        }
        double level;
        double trav;
        double style;
        if (c < 0) {
            level = (levels[p0] + levels[p1]) / 2;
            trav = (travel[p0] + travel[p1]) / 2;
            style = styleFit(p0, p1);
        } else {
            level = (levels[p0] + levels[p1] + levels[p2]) / 3;
            trav = (travel[p0] + travel[p1] + travel[p2]) / 3;
            style = (styleFit(p0, p1) + styleFit(p0, p2) + styleFit(p1, p2)) / 3;
        }
        if (best.size() == k
                && Weights.team(1.0, 1.0, level, style, trav) < best.get(k - 1).score() - SLACK) {
            return; // even all nice-to-have skills and a perfectly fair split would not make the top k
        }
        double skills = skills(ia, ib, ic);
        if (best.size() == k
                && Weights.team(1.0, skills, level, style, trav)
                        < best.get(k - 1).score() - SLACK) {
            return; // even a perfectly fair split would not make the top k
        }
        teamLow[0] = low[a];
        teamHigh[0] = high[a];
        teamLow[1] = low[b];
        teamHigh[1] = high[b];
        if (c >= 0) {
            teamLow[2] = low[c];
            teamHigh[2] = high[c];
        }
        double hoursBound = SplitBounds.fairness(
                scheduled,
                q.role.handoverHalfHours(),
                maxHandovers,
                teamLow,
                teamHigh,
                sharers,
                numerators,
                denominator);
        if (Double.isNaN(hoursBound)) {
            return; // no total of half-hours suits everyone's wished hours
        }
        if (best.size() == k
                && Weights.team(hoursBound, skills, level, style, trav)
                        < best.get(k - 1).score() - SLACK) {
            return; // even the fairest hours the members could work would not make the top k
        }
        double fairness = fairness(a, b, c);
        if (Double.isNaN(fairness)) {
            return; // no split keeps every rule
        }
        double score = Weights.team(fairness, skills, level, style, trav);
        if (best.size() == k && score < best.get(k - 1).score() - SLACK) {
            return;
        }
        int[] members = c < 0 ? new int[] {ia, ib} : new int[] {ia, ib, ic};
        sortById(members);
        long[] ids = new long[sharers];
        for (int m = 0; m < sharers; m++) {
            ids[m] = d.ids[members[m]];
        }
        offer(new Found(members, ids, score, new double[] {fairness, skills, level, style, trav}));
    }

    /**
     * The fairness of the best split for the team, or NaN when none is valid: looked up by the members' split classes
     * (the split's fairness does not depend on who is who, since every assignment of the preferred percents to
     * members is tried), else planned and remembered.
     */
    private double fairness(int a, int b, int c) {
        sorted[0] = splitClass[a];
        sorted[1] = splitClass[b];
        sorted[2] = c < 0 ? -1 : splitClass[c];
        int n = sharers;
        for (int x = 1; x < n; x++) {
            for (int y = x; y > 0 && sorted[y] < sorted[y - 1]; y--) {
                int swap = sorted[y];
                sorted[y] = sorted[y - 1];
                sorted[y - 1] = swap;
            }
        }
        long key = ((long) sorted[0] << 42) | ((long) sorted[1] << 21) | (n == 3 ? sorted[2] : 0x1FFFFF);
        double cached = fairnessByClasses.get(key);
        if (cached != LongDoubleMap.MISSING) {
            return cached < 0 ? Double.NaN : cached;
        }
        int[] positions = {a, b, c};
        for (int m = 0; m < n; m++) {
            int i = pool[positions[m]];
            System.arraycopy(d.available, i * Slots.WORDS, available[m], 0, Slots.WORDS);
            memberIds[m] = d.ids[i];
            memberMin[m] = d.desiredMin[i];
            memberMax[m] = d.desiredMax[i];
        }
        Split split = planner.plan(
                q.schedule,
                memberIds,
                available,
                q.role.handoverHalfHours(),
                q.role.splitPercents(),
                memberMin,
                memberMax);
        fairnessByClasses.put(key, split == null ? -1.0 : split.fairness());
        return split == null ? Double.NaN : split.fairness();
    }

    private void sortById(int[] members) {
        for (int x = 1; x < members.length; x++) {
            for (int y = x; y > 0 && d.ids[members[y]] < d.ids[members[y - 1]]; y--) {
                int swap = members[y];
                members[y] = members[y - 1];
                members[y - 1] = swap;
            }
        }
    }

    /** Every "at least one sharer" skill held by someone at its level: OR of the skill words per level. */
    private boolean holdsMustOne(int a, int b, int c) {
        long missing = 0;
        for (int w = 0; w < words; w++) {
            long or1 = d.skills1[a * words + w] | d.skills1[b * words + w];
            long or2 = d.skills2[a * words + w] | d.skills2[b * words + w];
            long or3 = d.skills3[a * words + w] | d.skills3[b * words + w];
            if (c >= 0) {
                or1 |= d.skills1[c * words + w];
                or2 |= d.skills2[c * words + w];
                or3 |= d.skills3[c * words + w];
            }
            missing |= (mustOne1[w] & ~or1) | (mustOne2[w] & ~or2) | (mustOne3[w] & ~or3);
        }
        return missing == 0;
    }

    /** Nice-to-have skills someone holds at the level wanted, over all nice-to-have; 1 when there are none. */
    private double skills(int a, int b, int c) {
        if (niceCount == 0) {
            return 1.0;
        }
        int met = 0;
        for (int w = 0; w < words; w++) {
            long or1 = d.skills1[a * words + w] | d.skills1[b * words + w];
            long or2 = d.skills2[a * words + w] | d.skills2[b * words + w];
            long or3 = d.skills3[a * words + w] | d.skills3[b * words + w];
            if (c >= 0) {
                or1 |= d.skills1[c * words + w];
                or2 |= d.skills2[c * words + w];
                or3 |= d.skills3[c * words + w];
            }
            met += Long.bitCount(nice1[w] & or1) + Long.bitCount(nice2[w] & or2) + Long.bitCount(nice3[w] & or3);
        }
        return met / (double) niceCount;
    }

    /**
     * How alike two people answered the questionnaire: {@code 1 − Σ|a − b| / 40}, 1 for the same answers and 0 for
     * opposite poles on all ten; 0.5 (neutral) when either has not answered.
     */
    static double workStyleFit(MatchingData d, int a, int b) {
        if (!d.answered[a] || !d.answered[b]) {
            return 0.5;
        }
        int n = FreelancerSnapshot.WORK_STYLE_QUESTIONS;
        int sum = 0;
        for (int j = 0; j < n; j++) {
            sum += Math.abs(d.workStyle[a * n + j] - d.workStyle[b * n + j]);
        }
        return 1.0 - sum / 40.0;
    }

    private void offer(Found found) {
        int at = best.size();
        while (at > 0 && better(found, best.get(at - 1))) {
            at--;
        }
        if (at < k) {
            best.add(at, found);
            if (best.size() > k) {
                best.remove(k);
            }
        }
    }

    private static boolean better(Found a, Found b) {
        if (a.score() != b.score()) {
            return a.score() > b.score();
        }
        return Arrays.compare(a.ids(), b.ids()) < 0;
    }

    private Team explain(Found found) {
        for (int m = 0; m < sharers; m++) {
            int i = found.members()[m];
            System.arraycopy(d.available, i * Slots.WORDS, available[m], 0, Slots.WORDS);
            memberIds[m] = d.ids[i];
            memberMin[m] = d.desiredMin[i];
            memberMax[m] = d.desiredMax[i];
        }
        Split split = java.util.Objects.requireNonNull(planner.plan(
                q.schedule,
                memberIds,
                available,
                q.role.handoverHalfHours(),
                q.role.splitPercents(),
                memberMin,
                memberMax));
        List<TeamMember> members = new ArrayList<>();
        for (int m = 0; m < sharers; m++) {
            int i = found.members()[m];
            double distance = Geo.kmFromChord2(CandidateRules.chord2(q, d, i));
            members.add(new TeamMember(
                    d.ids[i],
                    split.assigned()[m],
                    split.halfHours()[m],
                    split.preferred()[m],
                    distance,
                    d.desiredMin[i],
                    d.desiredMax[i]));
        }
        double[] parts = found.parts();
        var breakdown = new Breakdown(List.of(
                new CriterionScore(Criterion.FAIRNESS, Weights.TEAM_FAIRNESS, parts[0]),
                new CriterionScore(Criterion.SKILLS, Weights.TEAM_SKILLS, parts[1]),
                new CriterionScore(Criterion.LEVELS, Weights.TEAM_LEVELS, parts[2]),
                new CriterionScore(Criterion.WORK_STYLE, Weights.TEAM_WORK_STYLE, parts[3]),
                new CriterionScore(Criterion.TRAVEL, Weights.TEAM_TRAVEL, parts[4])));
        return new Team(q.role.id(), found.score(), members, split.handovers(), breakdown, reasons(found));
    }

    private TeamReasons reasons(Found found) {
        List<TeamReasons.SkillHolders> holders = new ArrayList<>();
        int[] mustOne = PreparedRole.levels(q.role.mustOne());
        for (int skill = 0; skill < mustOne.length; skill++) {
            if (mustOne[skill] > 0) {
                List<Long> ids = new ArrayList<>();
                for (int i : found.members()) {
                    if (d.freelancer(i).level(skill) >= mustOne[skill]) {
                        ids.add(d.ids[i]);
                    }
                }
                holders.add(new TeamReasons.SkillHolders(new SkillNeed(skill, mustOne[skill]), ids));
            }
        }
        List<SkillNeed> met = new ArrayList<>();
        List<SkillNeed> missing = new ArrayList<>();
        int[] nice = PreparedRole.levels(q.role.nice());
        for (int skill = 0; skill < nice.length; skill++) {
            if (nice[skill] == 0) {
                continue;
            }
            int held = 0;
            for (int i : found.members()) {
                held = Math.max(held, d.freelancer(i).level(skill));
            }
            (held >= nice[skill] ? met : missing).add(new SkillNeed(skill, nice[skill]));
        }
        int unanswered = 0;
        for (int i : found.members()) {
            unanswered += d.answered[i] ? 0 : 1;
        }
        return new TeamReasons(holders, met, missing, unanswered);
    }
}
