package dk.jobandel.matching.engine.bench;

import dk.jobandel.matching.engine.MatchingData;
import dk.jobandel.matching.engine.MatchingEngine;
import dk.jobandel.matching.engine.PlanOption;
import dk.jobandel.matching.engine.PlanProblem;
import dk.jobandel.matching.engine.RoleSnapshot;
import java.util.List;
import java.util.Map;

/**
 * The whole-plan problem of the synthetic world, built once per JVM: each of the {@value Fixtures#ROLES} roles'
 * shortlist as the engine makes it — the best {@value #OPTIONS_PER_ROLE} single candidates of a one-person role, the
 * best {@value #OPTIONS_PER_ROLE} teams of a shared one (over every eligible person, {@link TopTeamsBenchmark}) — and each person's
 * desired maximum as their limit, nothing booked yet.
 */
public final class PlanFixtures {

    public static final int OPTIONS_PER_ROLE = 10;

    private static PlanProblem problem;
    private static double shortlistSeconds;

    private PlanFixtures() {}

    public static synchronized PlanProblem problem() {
        if (problem == null) {
            MatchingData data = Fixtures.data();
            List<RoleSnapshot> roles = Fixtures.roles();
            long start = System.nanoTime();
            List<PlanOption> options = roles.parallelStream()
                    .flatMap(role -> shortlist(role, data).stream())
                    .toList();
            shortlistSeconds = (System.nanoTime() - start) / 1e9;
            problem = PlanProblem.of(options, data, Map.of());
        }
        return problem;
    }

    /** How long building the shortlists took, in seconds (the one build in this JVM). */
    public static synchronized double shortlistSeconds() {
        problem();
        return shortlistSeconds;
    }

    static List<PlanOption> shortlist(RoleSnapshot role, MatchingData data) {
        if (role.sharers() == 1) {
            long[] schedule = role.schedule();
            return MatchingEngine.topCandidates(role, data, OPTIONS_PER_ROLE).stream()
                    .map(candidate -> PlanOption.of(candidate, schedule))
                    .toList();
        }
        return MatchingEngine.topTeams(role, data, OPTIONS_PER_ROLE).stream()
                .map(PlanOption::of)
                .toList();
    }
}
