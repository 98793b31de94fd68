package dk.jobandel.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the best job-share teams for one role among a candidate pool, exactly: the result is what scoring every
 * combination of the pool would give, found with pruning that never drops a team that could make the top k.
 *
 * <p>The pool is the best {@code poolSize} single candidates (ranked by the single-candidate score, ties by id), so
 * every member passes the per-member hard rules. A team's score splits into parts that are cheap and exact per
 * member (levels and travel are means over members, so a member contributes {@code u = (10·levels + 15·travel) / n}
 * to it) and parts at most 1 each (fairness, skills, work style). Members are sorted by {@code u}, so the bound
 * {@code 35 + 20 + 20 + Σ u} of the best remaining combination falls as the loops go on; each loop stops as soon as
 * it is below the k-th best score found. A combination that survives is checked cheaply first (coverage with OR of
 * availability words, "at least one" skills with OR of skill words), then bounded again with its exact skills and
 * work style, and only then split (the costly part).
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

    /** The pool, sorted by bound contribution descending, ties by id. */
    private int[] pool = new int[0];

    private double[] levels = new double[0];
    private double[] travel = new double[0];
    private double[] bound = new double[0];

    private final List<Found> best = new ArrayList<>();

    /** A team found: member data indexes by ascending id, its score and split. */
    private record Found(int[] members, long[] ids, double score, Split split, double[] parts) {}

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
    }

    List<Team> run(int[] candidates) {
        if (impossible || candidates.length < sharers || k <= 0) {
            return List.of();
        }
        preparePool(candidates);
        int n = pool.length;
        if (sharers == 2) {
            for (int a = 0; a + 1 < n && !prunable(bound[a] + bound[a + 1]); a++) {
                for (int b = a + 1; b < n && !prunable(bound[a] + bound[b]); b++) {
                    evaluate(new int[] {pool[a], pool[b]});
                }
            }
        } else {
            for (int a = 0; a + 2 < n && !prunable(bound[a] + bound[a + 1] + bound[a + 2]); a++) {
                for (int b = a + 1; b + 1 < n && !prunable(bound[a] + bound[b] + bound[b + 1]); b++) {
                    for (int c = b + 1; c < n && !prunable(bound[a] + bound[b] + bound[c]); c++) {
                        evaluate(new int[] {pool[a], pool[b], pool[c]});
                    }
                }
            }
        }
        List<Team> teams = new ArrayList<>();
        for (Found found : best) {
            teams.add(explain(found));
        }
        return List.copyOf(teams);
    }

    private void preparePool(int[] candidates) {
        int n = candidates.length;
        Integer[] order = new Integer[n];
        double[] u = new double[n];
        double[] lv = new double[n];
        double[] tr = new double[n];
        for (int j = 0; j < n; j++) {
            int i = candidates[j];
            order[j] = j;
            lv[j] = CandidateRules.levels(q, d, i);
            tr[j] = travelScore(i);
            u[j] = (Weights.TEAM_LEVELS * lv[j] + Weights.TEAM_TRAVEL * tr[j]) / sharers;
        }
        Arrays.sort(
                order,
                (x, y) -> u[x] != u[y]
                        ? Double.compare(u[y], u[x])
                        : Long.compare(d.ids[candidates[x]], d.ids[candidates[y]]));
        pool = new int[n];
        bound = new double[n];
        levels = new double[d.size];
        travel = new double[d.size];
        for (int j = 0; j < n; j++) {
            int i = candidates[order[j]];
            pool[j] = i;
            bound[j] = u[order[j]];
            levels[i] = lv[order[j]];
            travel[i] = tr[order[j]];
        }
    }

    private double travelScore(int i) {
        return q.mode == WorkMode.REMOTE
                ? 1.0
                : Weights.travel(Geo.kmFromChord2(CandidateRules.chord2(q, d, i)), d.travelKm[i]);
    }

    /** Whether a team whose members contribute {@code memberBound} cannot reach the top k. */
    private boolean prunable(double memberBound) {
        double upper = Weights.TEAM_FAIRNESS + Weights.TEAM_SKILLS + Weights.TEAM_WORK_STYLE + memberBound;
        return best.size() == k && upper < best.get(k - 1).score() - SLACK;
    }

    private void evaluate(int[] members) {
        sortById(members);
        if (!covers(members) || !holdsMustOne(members)) {
            return;
        }
        double skills = skills(members);
        double level = mean(members, levels);
        double trav = mean(members, travel);
        double style = workStyle(members);
        if (best.size() == k
                && Weights.team(1.0, skills, level, style, trav)
                        < best.get(k - 1).score() - SLACK) {
            return; // even a perfectly fair split would not make the top k
        }
        long[][] available = new long[sharers][];
        long[] ids = new long[sharers];
        int[] min = new int[sharers];
        int[] max = new int[sharers];
        for (int m = 0; m < sharers; m++) {
            int i = members[m];
            available[m] = Arrays.copyOfRange(d.available, i * Slots.WORDS, (i + 1) * Slots.WORDS);
            ids[m] = d.ids[i];
            min[m] = d.desiredMin[i];
            max[m] = d.desiredMax[i];
        }
        Split split = SplitPlanner.best(
                q.schedule, ids, available, q.role.handoverHalfHours(), q.role.splitPercents(), min, max);
        if (split == null) {
            return;
        }
        double score = Weights.team(split.fairness(), skills, level, style, trav);
        offer(new Found(members, ids, score, split, new double[] {split.fairness(), skills, level, style, trav}));
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

    /** Together free for every half-hour of the schedule: OR of the availability words. */
    private boolean covers(int[] members) {
        long missing = 0;
        for (int w = 0; w < Slots.WORDS; w++) {
            long union = 0;
            for (int i : members) {
                union |= d.available[i * Slots.WORDS + w];
            }
            missing |= q.schedule[w] & ~union;
        }
        return missing == 0;
    }

    /** Every "at least one sharer" skill held by someone at its level: OR of the skill words per level. */
    private boolean holdsMustOne(int[] members) {
        long missing = 0;
        for (int w = 0; w < words; w++) {
            long or1 = 0;
            long or2 = 0;
            long or3 = 0;
            for (int i : members) {
                or1 |= d.skills1[i * words + w];
                or2 |= d.skills2[i * words + w];
                or3 |= d.skills3[i * words + w];
            }
            missing |= (mustOne1[w] & ~or1) | (mustOne2[w] & ~or2) | (mustOne3[w] & ~or3);
        }
        return missing == 0;
    }

    /** Nice-to-have skills someone holds at the level wanted, over all nice-to-have; 1 when there are none. */
    private double skills(int[] members) {
        if (niceCount == 0) {
            return 1.0;
        }
        int met = 0;
        for (int w = 0; w < words; w++) {
            long or1 = 0;
            long or2 = 0;
            long or3 = 0;
            for (int i : members) {
                or1 |= d.skills1[i * words + w];
                or2 |= d.skills2[i * words + w];
                or3 |= d.skills3[i * words + w];
            }
            met += Long.bitCount(nice1[w] & or1) + Long.bitCount(nice2[w] & or2) + Long.bitCount(nice3[w] & or3);
        }
        return met / (double) niceCount;
    }

    /** The mean over members, summed in id order. */
    private static double mean(int[] members, double[] values) {
        double sum = 0;
        for (int i : members) {
            sum += values[i];
        }
        return sum / members.length;
    }

    /** The mean over pairs of members (in id order) of {@link #workStyleFit}. */
    private double workStyle(int[] members) {
        double sum = 0;
        int pairs = 0;
        for (int x = 0; x < members.length; x++) {
            for (int y = x + 1; y < members.length; y++) {
                sum += workStyleFit(d, members[x], members[y]);
                pairs++;
            }
        }
        return sum / pairs;
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
        Split split = found.split();
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
