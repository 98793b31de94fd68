package dk.jobandel.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The search behind {@link PlanSolver}, on one {@link PlanState}: the greedy start, the split into independent parts,
 * and per part a local search (simulated annealing over ejection moves) and, for small parts, branch and bound.
 * See docs/adr/0008-whole-plan-optimisation.md for why this shape and how it was measured.
 */
final class PlanSearch {

    /** The annealing temperature at the start and at the end of a part's moves, in micro-points. */
    static final double START_TEMPERATURE = 20.0 * PlanModel.MICRO;

    static final double END_TEMPERATURE = 0.1 * PlanModel.MICRO;

    private final PlanModel model;
    private final PlanState state;
    private final long deadline;

    /** Roles marked in the current move (ejected, or queued for repair): {@code mark[r] == stamp}. */
    private final int[] mark;

    private int stamp;
    private final int[] ejected;
    private final int[] queue;
    /** The changes of the current move, to undo it: role and its option before the change. */
    private int[] journalRole = new int[16];

    private int[] journalOption = new int[16];
    private int journalSize;

    long steps;
    long nodes;
    boolean stoppedByTimeLimit;

    PlanSearch(PlanState state, long deadlineNanos) {
        this.model = state.model;
        this.state = state;
        this.deadline = deadlineNanos;
        mark = new int[model.roles];
        ejected = new int[model.roles];
        queue = new int[model.roles];
    }

    // ------------------------------------------------------------------ greedy

    /** Options by descending score, ties by role id, then the role's preference; each taken when it still fits. */
    void greedy() {
        Integer[] order = new Integer[model.options];
        for (int o = 0; o < model.options; o++) {
            order[o] = o;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Long.compare(model.optionScore[b], model.optionScore[a]);
            return c != 0 ? c : Integer.compare(a, b); // options are numbered by role, then preference
        });
        for (int o : order) {
            if (state.chosen[model.optionRole[o]] < 0 && state.fits(o)) {
                state.assign(o);
            }
        }
    }

    // ------------------------------------------------------------------ parts

    /** The independent parts: roles linked when their options share a freelancer; each ascending, by first role. */
    List<int[]> parts() {
        int[] parent = new int[model.roles];
        for (int r = 0; r < model.roles; r++) {
            parent[r] = r;
        }
        for (int f = 0; f < model.freelancers; f++) {
            int[] with = model.optionsWith[f];
            for (int k = 1; k < with.length; k++) {
                int a = find(parent, model.optionRole[with[0]]);
                int b = find(parent, model.optionRole[with[k]]);
                if (a != b) {
                    parent[Math.max(a, b)] = Math.min(a, b); // the root is the part's first role
                }
            }
        }
        int[] size = new int[model.roles];
        for (int r = 0; r < model.roles; r++) {
            size[find(parent, r)]++;
        }
        int[][] members = new int[model.roles][];
        int[] filled = new int[model.roles];
        List<int[]> parts = new ArrayList<>();
        for (int r = 0; r < model.roles; r++) {
            int root = find(parent, r);
            if (members[root] == null) {
                members[root] = new int[size[root]];
                parts.add(members[root]);
            }
            members[root][filled[root]++] = r;
        }
        return parts;
    }

    private static int find(int[] parent, int r) {
        while (parent[r] != r) {
            parent[r] = parent[parent[r]];
            r = parent[r];
        }
        return r;
    }

    /** The sum of each role's best option: no plan of the part scores more. */
    long trivialBound(int[] part) {
        long bound = 0;
        for (int r : part) {
            bound += model.bestScore(r);
        }
        return bound;
    }

    long partTotal(int[] part) {
        long total = 0;
        for (int r : part) {
            int o = state.chosen[r];
            if (o >= 0) {
                total += model.optionScore[o];
            }
        }
        return total;
    }

    // ------------------------------------------------------------------ local search

    /**
     * Simulated annealing over one part, from the current plan, for {@code budget} moves; leaves the best plan seen.
     * A move puts one role on one of its options (or leaves it unfilled), ejects what stands in the way, and then
     * refills, greedily and without ejecting, the roles that could use the people it freed.
     */
    void localSearch(int[] part, long budget, long seed) {
        int n = part.length;
        SplittableRandom random = new SplittableRandom(seed);
        int[] best = new int[n];
        for (int i = 0; i < n; i++) {
            best[i] = state.chosen[part[i]];
        }
        long current = partTotal(part);
        long bestTotal = current;
        double cooling = Math.log(END_TEMPERATURE / START_TEMPERATURE);
        for (long step = 0; step < budget; step++) {
            if ((step & 255) == 0 && System.nanoTime() - deadline > 0) {
                stoppedByTimeLimit = true;
                break;
            }
            steps++;
            int r = part[random.nextInt(n)];
            int first = model.roleStart[r];
            int count = model.roleStart[r + 1] - first;
            if (count == 0) {
                continue;
            }
            int pick = random.nextInt(count + 1);
            int target = pick == count ? -1 : first + pick;
            if (target == state.chosen[r]) {
                continue;
            }
            journalSize = 0;
            long before = state.total;
            move(r, target);
            long delta = state.total - before;
            double temperature = START_TEMPERATURE * Math.exp(cooling * step / budget);
            if (delta >= 0 || random.nextDouble() < Math.exp(delta / temperature)) {
                current += delta;
                if (current > bestTotal) {
                    bestTotal = current;
                    for (int i = 0; i < n; i++) {
                        best[i] = state.chosen[part[i]];
                    }
                }
            } else {
                undo();
            }
        }
        restore(part, best);
    }

    /** Role r to option target (-1: unfilled), with ejections and the refill, every change journaled. */
    private void move(int r, int target) {
        stamp++;
        int ejectedCount = target >= 0 ? ejections(target) : 0;
        int freedFrom = state.chosen[r];
        mark[r] = stamp; // r is not refilled by its own move
        int queued = 0;
        for (int k = 0; k < ejectedCount; k++) { // the ejected first: they may fit on another of their options
            queue[queued++] = ejected[k];
        }
        for (int k = 0; k < ejectedCount; k++) {
            int q = ejected[k];
            queued = queueFreed(state.chosen[q], queued);
            change(q, -1);
        }
        if (freedFrom >= 0) {
            queued = queueFreed(freedFrom, queued);
        }
        change(r, target);
        for (int k = 0; k < queued; k++) {
            int q = queue[k];
            if (state.chosen[q] >= 0) {
                continue;
            }
            for (int o = model.roleStart[q]; o < model.roleStart[q + 1]; o++) {
                if (state.fits(o)) {
                    change(q, o);
                    break;
                }
            }
        }
    }

    /** Queues the unfilled roles that have an option with someone in option o; returns the new queue length. */
    private int queueFreed(int o, int queued) {
        for (int j = model.memberStart[o]; j < model.memberStart[o + 1]; j++) {
            for (int other : model.optionsWith[model.memberFreelancer[j]]) {
                int q = model.optionRole[other];
                if (state.chosen[q] < 0 && mark[q] != stamp) {
                    mark[q] = stamp;
                    queue[queued++] = q;
                }
            }
        }
        return queued;
    }

    /**
     * Marks and lists in {@link #ejected} the roles that must give up their option for option o to fit, its own role's
     * option aside: every role sharing a person with o at an overlapping slot, then, while a person would have too many
     * half-hours, their lowest-scoring other role (ties: the higher role id goes). Returns how many.
     */
    private int ejections(int o) {
        PlanModel m = model;
        int r = m.optionRole[o];
        int current = state.chosen[r];
        int count = 0;
        for (int j = m.memberStart[o]; j < m.memberStart[o + 1]; j++) {
            int f = m.memberFreelancer[j];
            int[] users = state.users[f];
            for (int k = 0; k < state.userCount[f]; k++) {
                int q = users[k];
                if (q != r && mark[q] != stamp && state.overlap(j, m.memberOf(state.chosen[q], f))) {
                    mark[q] = stamp;
                    ejected[count++] = q;
                }
            }
        }
        for (int j = m.memberStart[o]; j < m.memberStart[o + 1]; j++) {
            int f = m.memberFreelancer[j];
            int free = m.capacity[f] - state.used[f];
            if (current >= 0) {
                int own = m.memberOf(current, f);
                free += own >= 0 ? m.memberHours[own] : 0;
            }
            int[] users = state.users[f];
            for (int k = 0; k < state.userCount[f]; k++) {
                int q = users[k];
                if (q != r && mark[q] == stamp) {
                    free += m.memberHours[m.memberOf(state.chosen[q], f)];
                }
            }
            while (m.memberHours[j] > free) {
                int cheapest = -1;
                for (int k = 0; k < state.userCount[f]; k++) {
                    int q = users[k];
                    if (q == r || mark[q] == stamp) {
                        continue;
                    }
                    if (cheapest < 0
                            || m.optionScore[state.chosen[q]] < m.optionScore[state.chosen[cheapest]]
                            || (m.optionScore[state.chosen[q]] == m.optionScore[state.chosen[cheapest]]
                                    && q > cheapest)) {
                        cheapest = q;
                    }
                }
                mark[cheapest] = stamp;
                ejected[count++] = cheapest;
                free += m.memberHours[m.memberOf(state.chosen[cheapest], f)];
            }
        }
        return count;
    }

    private void change(int r, int option) {
        if (journalSize == journalRole.length) {
            journalRole = Arrays.copyOf(journalRole, journalSize * 2);
            journalOption = Arrays.copyOf(journalOption, journalSize * 2);
        }
        journalRole[journalSize] = r;
        journalOption[journalSize] = state.chosen[r];
        journalSize++;
        state.unassign(r);
        if (option >= 0) {
            state.assign(option);
        }
    }

    private void undo() {
        for (int k = journalSize - 1; k >= 0; k--) {
            state.unassign(journalRole[k]);
            if (journalOption[k] >= 0) {
                state.assign(journalOption[k]);
            }
        }
        journalSize = 0;
    }

    /** Puts the part's roles on the given options: all off first, then on, so that no two clash on the way. */
    private void restore(int[] part, int[] options) {
        for (int r : part) {
            state.unassign(r);
        }
        for (int option : options) {
            if (option >= 0) {
                state.assign(option);
            }
        }
    }

    // ------------------------------------------------------------------ branch and bound

    private int[] order;
    private int[] exactBest;
    private long exactBestTotal;
    private long nodeBudget;
    private boolean exhausted;

    /**
     * Searches the part exactly for a plan better than the current one, visiting at most {@code budget} nodes; keeps
     * the better plan if one is found. Returns whether the search finished, which proves the kept plan optimal.
     */
    boolean branchAndBound(int[] part, long budget) {
        int n = part.length;
        order = part.clone();
        Integer[] boxed = Arrays.stream(part).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, (a, b) -> {
            int c = Long.compare(model.bestScore(b), model.bestScore(a));
            return c != 0 ? c : Integer.compare(a, b);
        });
        for (int i = 0; i < n; i++) {
            order[i] = boxed[i];
        }
        exactBest = new int[n];
        for (int i = 0; i < n; i++) {
            exactBest[i] = state.chosen[order[i]];
        }
        exactBestTotal = partTotal(part);
        for (int r : part) {
            state.unassign(r);
        }
        nodeBudget = budget;
        exhausted = false;
        dfs(0, 0, new int[n]);
        for (int i = 0; i < n; i++) {
            if (exactBest[i] >= 0) {
                state.assign(exactBest[i]);
            }
        }
        return !exhausted;
    }

    private void dfs(int depth, long current, int[] path) {
        if (exhausted) {
            return;
        }
        if (nodeBudget-- <= 0) {
            exhausted = true;
            return;
        }
        if ((nodes & 4095) == 0 && System.nanoTime() - deadline > 0) {
            exhausted = true;
            stoppedByTimeLimit = true;
            return;
        }
        nodes++;
        if (depth == order.length) {
            if (current > exactBestTotal) {
                exactBestTotal = current;
                System.arraycopy(path, 0, exactBest, 0, path.length);
            }
            return;
        }
        // bound: every remaining role on its best option that still fits (options are by descending score)
        long bound = current;
        for (int i = depth; i < order.length; i++) {
            int r = order[i];
            for (int o = model.roleStart[r]; o < model.roleStart[r + 1]; o++) {
                if (state.fits(o)) {
                    bound += model.optionScore[o];
                    break;
                }
            }
        }
        if (bound <= exactBestTotal) {
            return;
        }
        int r = order[depth];
        for (int o = model.roleStart[r]; o < model.roleStart[r + 1]; o++) {
            if (state.fits(o)) {
                state.assign(o);
                path[depth] = o;
                dfs(depth + 1, current + model.optionScore[o], path);
                state.unassign(r);
            }
        }
        path[depth] = -1;
        dfs(depth + 1, current, path);
    }
}
