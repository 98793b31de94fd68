package dk.jobandel.matching.engine.bench;

import dk.jobandel.matching.engine.MatchingData;
import dk.jobandel.matching.engine.MatchingEngine;
import dk.jobandel.matching.engine.RoleSnapshot;
import dk.jobandel.matching.engine.Team;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;

/**
 * A quick look, not a JMH benchmark: the time of {@link MatchingEngine#findTeams} (k = 10, every eligible person) for
 * each of the first roles shared by two and by three people, after one warm-up pass, with the slowest role named.
 * Besides wall-clock times it prints the process CPU time of the timed pass (less sensitive to other load on the
 * machine than wall-clock time) and a checksum of the teams found (member ids and scores), so that two versions of the
 * search can be compared for the same results. The budget counts the combinations checked and, for trios, the pairs
 * walked (docs/adr/0010); both are printed.
 *
 * <p>Arguments: the number of roles per kind (default 128), the budget of combinations (default 2,000,000; 0 for no
 * limit), and which kinds ("2", "3" or "23", default "23").
 */
public final class TeamLatency {

    private TeamLatency() {}

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 128;
        long budget = args.length > 1 ? Long.parseLong(args[1]) : 2_000_000L;
        if (budget <= 0) {
            budget = Long.MAX_VALUE;
        }
        String kinds = args.length > 2 ? args[2] : "23";
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        MatchingData data = Fixtures.data();
        for (int sharers = 2; sharers <= 3; sharers++) {
            if (kinds.indexOf((char) ('0' + sharers)) < 0) {
                continue;
            }
            List<RoleSnapshot> roles = Fixtures.rolesSharedBy(sharers, count);
            for (RoleSnapshot role : roles) {
                MatchingEngine.findTeams(role, data, 10, budget);
            }
            long[] nanos = new long[roles.size()];
            long slowestRole = -1;
            int inexact = 0;
            long checksum = 17;
            long combinations = 0;
            long pairsWalked = 0;
            long cpuStart = os.getProcessCpuTime();
            long wallStart = System.nanoTime();
            for (int r = 0; r < roles.size(); r++) {
                long start = System.nanoTime();
                var found = MatchingEngine.findTeams(roles.get(r), data, 10, budget);
                nanos[r] = System.nanoTime() - start;
                inexact += found.exact() ? 0 : 1;
                combinations += found.combinations();
                pairsWalked += found.pairsWalked();
                for (Team team : found.teams()) {
                    checksum = checksum * 31 + Double.hashCode(team.score());
                    for (var member : team.members()) {
                        checksum = checksum * 31 + member.freelancerId();
                    }
                }
                if (slowestRole < 0 || nanos[r] > nanos[(int) slowestRole]) {
                    slowestRole = r;
                }
            }
            long wall = System.nanoTime() - wallStart;
            long cpu = os.getProcessCpuTime() - cpuStart;
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            System.out.printf(
                    "[teams] %d sharers, %d roles: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms (role %d),"
                            + " %d stopped by the budget; wall %.2f s, process CPU %.2f s; %d combinations,"
                            + " %d pairs walked; checksum %x; load average %.2f%n",
                    sharers,
                    roles.size(),
                    sorted[sorted.length / 2] / 1e6,
                    sorted[(int) (sorted.length * 0.9)] / 1e6,
                    sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)] / 1e6,
                    sorted[sorted.length - 1] / 1e6,
                    roles.get((int) slowestRole).id(),
                    inexact,
                    wall / 1e9,
                    cpu / 1e9,
                    combinations,
                    pairsWalked,
                    checksum,
                    os.getSystemLoadAverage());
        }
    }
}
