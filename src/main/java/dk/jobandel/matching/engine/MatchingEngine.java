package dk.jobandel.matching.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The matching engine's entry points: the best single candidates for a role, the best job-share teams, and the
 * best roles for one freelancer. Everything is a pure function of its arguments; results are sorted best first
 * with deterministic tie-breaks (freelancer id, team member ids, role id, each ascending).
 *
 * <p>The scan for single candidates is the hot path ({@link #scoreRange}, a block of freelancers at a time): a
 * branch-free pass over one word per freelancer (work mode and the role's rarest required skill) that about nine in
 * ten fail, a branch-free distance pre-check for those left, the remaining rules for the few after that, and a bounded
 * heap of (index, score); breakdowns are built only for the k returned. Large data sets are scanned in parallel chunks whose heaps are merged; the tie-break makes the
 * result the same as a sequential scan.
 */
public final class MatchingEngine {

    /** What {@link #scoreOnly} returns for a freelancer who breaks a hard rule. */
    public static final double INELIGIBLE = CandidateRules.INELIGIBLE;

    /** Below this many freelancers a scan runs on the calling thread. */
    static final int PARALLEL_THRESHOLD = 32_768;

    private static final int CHUNK = 16_384;

    /** Freelancers filtered at a time within a scan: small enough that its index buffer stays in the L1 cache. */
    private static final int BLOCK = 1_024;

    private MatchingEngine() {}

    /** The best {@code k} single candidates for a role, best first, ties by freelancer id. */
    public static List<Candidate> topCandidates(RoleSnapshot role, MatchingData data, int k) {
        return topCandidates(PreparedRole.of(role, data), k);
    }

    /** The best {@code k} single candidates for a prepared role, best first, ties by freelancer id. */
    public static List<Candidate> topCandidates(PreparedRole role, int k) {
        List<Candidate> candidates = new ArrayList<>();
        for (int index : topIndexes(role, k)) {
            candidates.add(CandidateRules.explain(role, index));
        }
        return List.copyOf(candidates);
    }

    /**
     * The score 0–100 of the freelancer at {@code index} for the role, or {@link #INELIGIBLE} when a hard rule fails:
     * the hot path, which allocates nothing.
     */
    public static double scoreOnly(PreparedRole role, int index) {
        return CandidateRules.score(role, index);
    }

    /**
     * Every eligible freelancer at an index in {@code [from, to)}, with the same score {@link #scoreOnly} gives: their
     * indexes go to {@code indexes[0 .. n-1]} in ascending order and their scores to {@code scores[0 .. n-1]}, and n is
     * returned. Both arrays are used as scratch space beyond n and need room for {@code to - from} entries. The batch
     * form of the hot path, and faster than calling {@link #scoreOnly} for each index: a branch-free first pass
     * (work mode and the role's rarest required skill) lets about one freelancer in ten through to the other rules.
     * Allocates nothing.
     *
     * @throws IndexOutOfBoundsException when the range is not within the data
     * @throws IllegalArgumentException when an array is shorter than the range
     */
    public static int scoreRange(PreparedRole role, int from, int to, int[] indexes, double[] scores) {
        java.util.Objects.checkFromToIndex(from, to, role.data.size);
        if (indexes.length < to - from || scores.length < to - from) {
            throw new IllegalArgumentException("Room for " + (to - from) + " entries needed");
        }
        return CandidateRules.scoreRange(role, from, to, indexes, scores);
    }

    /** The freelancer at {@code index} as a candidate for the role with the full breakdown, or empty if ineligible. */
    public static Optional<Candidate> explain(PreparedRole role, int index) {
        return Optional.ofNullable(CandidateRules.explain(role, index));
    }

    /** The data indexes of the best {@code k} eligible freelancers, best first. */
    static int[] topIndexes(PreparedRole role, int wanted) {
        int size = role.data.size;
        int k = Math.min(wanted, size); // a pool size may be "everyone"
        if (k <= 0 || role.impossible) {
            return new int[0];
        }
        if (size < PARALLEL_THRESHOLD) {
            TopK top = new TopK(k);
            scan(role, 0, size, top);
            return top.sortedIndexes();
        }
        int chunks = (size + CHUNK - 1) / CHUNK;
        TopK merged = IntStream.range(0, chunks)
                .parallel()
                .mapToObj(chunk -> {
                    TopK top = new TopK(k);
                    scan(role, chunk * CHUNK, Math.min(size, (chunk + 1) * CHUNK), top);
                    return top;
                })
                .reduce(new TopK(k), (a, b) -> {
                    TopK both = new TopK(k);
                    both.addAll(a);
                    both.addAll(b);
                    return both;
                });
        return merged.sortedIndexes();
    }

    /** The data indexes of every eligible freelancer, ascending: the same scan without a heap. */
    static int[] eligibleIndexes(PreparedRole role) {
        int size = role.data.size;
        int[] result = new int[Math.min(size, 1_024)];
        int n = 0;
        int[] indexes = new int[Math.min(BLOCK, Math.max(size, 1))];
        double[] scores = new double[indexes.length];
        for (int start = 0; start < size; start += BLOCK) {
            int eligible = CandidateRules.scoreRange(role, start, Math.min(size, start + BLOCK), indexes, scores);
            if (n + eligible > result.length) {
                result = java.util.Arrays.copyOf(result, Math.max(result.length * 2, n + eligible));
            }
            System.arraycopy(indexes, 0, result, n, eligible);
            n += eligible;
        }
        return java.util.Arrays.copyOf(result, n);
    }

    /** The inner loop: score the freelancers in [from, to) block by block and keep the best. */
    private static void scan(PreparedRole role, int from, int to, TopK top) {
        long[] ids = role.data.ids;
        int[] indexes = new int[Math.min(BLOCK, to - from)];
        double[] scores = new double[indexes.length];
        for (int start = from; start < to; start += BLOCK) {
            int eligible = CandidateRules.scoreRange(role, start, Math.min(to, start + BLOCK), indexes, scores);
            for (int j = 0; j < eligible; j++) {
                long id = ids[indexes[j]];
                if (top.accepts(scores[j], id)) {
                    top.offer(indexes[j], scores[j], id);
                }
            }
        }
    }

    /**
     * The best {@code k} job-share teams for a role shared by 2 or 3 people, over every eligible freelancer: the same
     * top k as scoring every combination of eligible people, each with the best split the rules allow, whenever the
     * search finishes within its budget of {@value TeamSearch#DEFAULT_BUDGET} units of work (see {@link #findTeams});
     * past it, the best among the combinations with the highest bounds. See
     * {@link TeamSearch} for the pruning and {@link SplitPlanner} for the split.
     *
     * @throws IllegalArgumentException for a one-person role
     */
    public static List<Team> topTeams(RoleSnapshot role, MatchingData data, int k) {
        return findTeams(role, data, k, TeamSearch.DEFAULT_BUDGET).teams();
    }

    /**
     * What a team search found: the teams, whether the search was exact (it looked at every combination its bounds
     * did not rule out, within its budget), how many combinations it checked and, for trios, how many times it
     * looked at a fixed pair's third members. The budget counts both (docs/adr/0010).
     */
    public record TeamsFound(List<Team> teams, boolean exact, long combinations, long pairsWalked) {

        public TeamsFound {
            teams = List.copyOf(teams);
        }
    }

    /**
     * As {@link #topTeams}, with the most work to do ({@link Long#MAX_VALUE} for no limit) and whether the
     * result is proven exact.
     */
    public static TeamsFound findTeams(RoleSnapshot role, MatchingData data, int k, long budget) {
        if (role.sharers() < 2) {
            throw new IllegalArgumentException("Role " + role.id() + " is not shared: use topCandidates");
        }
        PreparedRole prepared = PreparedRole.of(role, data);
        TeamSearch search = new TeamSearch(prepared, k).budget(budget);
        List<Team> teams = search.run(eligibleIndexes(prepared));
        return new TeamsFound(teams, search.exact(), search.combinations(), search.pairsWalked());
    }

    /**
     * The best {@code k} roles for the freelancer at {@code freelancerIndex}, by the single-candidate score, best
     * first, ties by role id. Roles the freelancer is not eligible for are left out.
     */
    public static List<Candidate> topRolesFor(int freelancerIndex, List<PreparedRole> roles, int k) {
        record Scored(PreparedRole role, double score) {}
        List<Scored> eligible = new ArrayList<>();
        for (PreparedRole role : roles) {
            double score = CandidateRules.score(role, freelancerIndex);
            if (score != INELIGIBLE) {
                eligible.add(new Scored(role, score));
            }
        }
        eligible.sort(java.util.Comparator.comparingDouble(Scored::score)
                .reversed()
                .thenComparingLong(scored -> scored.role().role.id()));
        List<Candidate> result = new ArrayList<>();
        for (Scored scored : eligible.subList(0, Math.min(Math.max(k, 0), eligible.size()))) {
            result.add(CandidateRules.explain(scored.role(), freelancerIndex));
        }
        return List.copyOf(result);
    }

    /** As {@link #topRolesFor(int, List, int)}, preparing the roles against the data first. */
    public static List<Candidate> topRolesFor(int freelancerIndex, MatchingData data, List<RoleSnapshot> roles, int k) {
        return topRolesFor(
                freelancerIndex,
                roles.stream().map(role -> PreparedRole.of(role, data)).toList(),
                k);
    }
}
