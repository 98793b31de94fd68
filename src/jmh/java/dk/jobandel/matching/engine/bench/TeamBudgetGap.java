package dk.jobandel.matching.engine.bench;

import dk.jobandel.matching.engine.MatchingData;
import dk.jobandel.matching.engine.MatchingEngine;
import dk.jobandel.matching.engine.RoleSnapshot;
import dk.jobandel.matching.engine.Team;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How far the budgeted team search is from the exact one, for the roles where the budget stopped it: for each of the
 * first roles shared by two and by three people, the search runs with the budget and, where the budget stopped it,
 * again with no limit. Prints per stopped role the best team's score as a share of the exact best, the tenth team's
 * score as a share of the exact tenth, and how many of the exact top ten the budgeted search also returned.
 *
 * <p>Arguments: the number of roles per kind (default 32), the budget (default 2,000,000) and the kinds ("2", "3" or
 * "23", default "23").
 */
public final class TeamBudgetGap {

    private TeamBudgetGap() {}

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        long budget = args.length > 1 ? Long.parseLong(args[1]) : 2_000_000L;
        String kinds = args.length > 2 ? args[2] : "23";
        MatchingData data = Fixtures.data();
        for (int sharers = 2; sharers <= 3; sharers++) {
            if (kinds.indexOf((char) ('0' + sharers)) < 0) {
                continue;
            }
            List<RoleSnapshot> roles = Fixtures.rolesSharedBy(sharers, count);
            int stopped = 0;
            double worstBest = 1;
            double worstTenth = 1;
            int fewestShared = 10;
            for (RoleSnapshot role : roles) {
                var budgeted = MatchingEngine.findTeams(role, data, 10, budget);
                if (budgeted.exact()) {
                    continue;
                }
                stopped++;
                var exact = MatchingEngine.findTeams(role, data, 10, Long.MAX_VALUE);
                double best = share(budgeted.teams(), exact.teams(), 0);
                double tenth = share(budgeted.teams(), exact.teams(), exact.teams().size() - 1);
                int shared = sharedTeams(budgeted.teams(), exact.teams());
                worstBest = Math.min(worstBest, best);
                worstTenth = Math.min(worstTenth, tenth);
                fewestShared = Math.min(fewestShared, shared);
                System.out.printf(
                        "[gap] %d sharers, role %d: best %.4f of exact, 10th %.4f of exact, %d of the exact top %d"
                                + " returned; combinations %d and pairs walked %d (budget) against %d and %d (exact)%n",
                        sharers,
                        role.id(),
                        best,
                        tenth,
                        shared,
                        exact.teams().size(),
                        budgeted.combinations(),
                        budgeted.pairsWalked(),
                        exact.combinations(),
                        exact.pairsWalked());
            }
            System.out.printf(
                    "[gap] %d sharers, %d roles: %d stopped by the budget; worst best-team share %.4f, worst 10th-team"
                            + " share %.4f, fewest exact top-10 teams returned %d%n",
                    sharers, roles.size(), stopped, worstBest, worstTenth, stopped == 0 ? 10 : fewestShared);
        }
    }

    private static double share(List<Team> budgeted, List<Team> exact, int index) {
        if (index < 0 || index >= exact.size()) {
            return 1;
        }
        if (index >= budgeted.size()) {
            return 0;
        }
        return budgeted.get(index).score() / exact.get(index).score();
    }

    private static int sharedTeams(List<Team> budgeted, List<Team> exact) {
        Set<List<Long>> found = new HashSet<>();
        for (Team team : budgeted) {
            found.add(ids(team));
        }
        int shared = 0;
        for (Team team : exact) {
            shared += found.contains(ids(team)) ? 1 : 0;
        }
        return shared;
    }

    private static List<Long> ids(Team team) {
        return team.members().stream().map(m -> m.freelancerId()).sorted().toList();
    }
}
