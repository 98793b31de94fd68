package dk.jobandel.matching.engine;

import dk.jobandel.matching.engine.bench.Fixtures;

public final class TempStats {
    public static void main(String[] args) {
        int count = Integer.parseInt(args[0]);
        int sharers = Integer.parseInt(args[1]);
        long budget = Long.parseLong(args[2]);
        MatchingData data = Fixtures.data();
        for (RoleSnapshot role : Fixtures.rolesSharedBy(sharers, count)) {
            java.util.Arrays.fill(TeamSearch.STATS, 0);
            long t = System.nanoTime();
            var found = MatchingEngine.findTeams(role, data, 10, budget);
            t = System.nanoTime() - t;
            System.out.printf("role %d: %.1f ms exact %s best %.3f kth %.3f stats %s%n", role.id(), t / 1e6, found.exact(),
                    found.teams().isEmpty() ? 0 : found.teams().get(0).score(),
                    found.teams().isEmpty() ? 0 : found.teams().get(found.teams().size() - 1).score(),
                    java.util.Arrays.toString(TeamSearch.STATS));
        }
    }
}
