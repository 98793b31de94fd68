package dk.jobandel.matching.engine.bench;

import dk.jobandel.matching.engine.MatchingData;
import dk.jobandel.matching.engine.MatchingEngine;
import dk.jobandel.matching.engine.RoleSnapshot;
import java.util.Arrays;
import java.util.List;

/**
 * A quick look, not a JMH benchmark: the time of {@link MatchingEngine#topTeams} (k = 10, every eligible person) for
 * each of the first 128 roles shared by two and by three people, after one warm-up pass, with the slowest roles
 * named. Arguments: the number of roles per kind (default 128).
 */
public final class TeamLatency {

    private TeamLatency() {}

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 128;
        long budget = args.length > 1 ? Long.parseLong(args[1]) : 2_000_000L;
        MatchingData data = Fixtures.data();
        for (int sharers = 2; sharers <= 3; sharers++) {
            List<RoleSnapshot> roles = Fixtures.rolesSharedBy(sharers, count);
            for (RoleSnapshot role : roles) {
                MatchingEngine.findTeams(role, data, 10, budget);
            }
            long[] nanos = new long[roles.size()];
            long slowestRole = -1;
            int inexact = 0;
            for (int r = 0; r < roles.size(); r++) {
                long start = System.nanoTime();
                var found = MatchingEngine.findTeams(roles.get(r), data, 10, budget);
                nanos[r] = System.nanoTime() - start;
                inexact += found.exact() ? 0 : 1;
                if (slowestRole < 0 || nanos[r] > nanos[(int) slowestRole]) {
                    slowestRole = r;
                }
            }
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            System.out.printf(
                    "[teams] %d sharers, %d roles: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms (role %d), %d stopped by the budget%n",
                    sharers,
                    roles.size(),
                    sorted[sorted.length / 2] / 1e6,
                    sorted[(int) (sorted.length * 0.9)] / 1e6,
                    sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)] / 1e6,
                    sorted[sorted.length - 1] / 1e6,
                    roles.get((int) slowestRole).id(),
                    inexact);
        }
    }
}
