package dk.jobandel.matching.engine;

import java.time.Duration;

/**
 * How hard {@link PlanSolver} searches. The budgets count work, not time, so that the same problem and settings give
 * the same plan on every machine; {@code timeLimit} is only a safety cap.
 *
 * @param seed seeds the local search's random choices
 * @param stepsPerRole local-search moves per role of a part (a part of n roles gets {@code n × stepsPerRole});
 *     0 keeps the greedy plan
 * @param exactRoles parts of at most this many roles are also searched exactly (branch and bound)
 * @param exactNodes the node budget of one exact search; a search that runs out keeps the local search's result
 * @param timeLimit a wall-clock cap on the whole solve; when it cuts the search short the plan says so
 *     ({@link PlanStats#stoppedByTimeLimit()}) and may differ from run to run
 */
public record PlanSettings(long seed, int stepsPerRole, int exactRoles, long exactNodes, Duration timeLimit) {

    /** Checks. */
    public PlanSettings {
        if (stepsPerRole < 0 || exactRoles < 0 || exactNodes < 0) {
            throw new IllegalArgumentException("Budgets must not be negative");
        }
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("The time limit must be positive");
        }
    }

    /** The settings measured in docs/performance.md: seed 1, 400 moves per role, exact search up to 40 roles. */
    public static PlanSettings defaults() {
        return new PlanSettings(1, 400, 40, 200_000, Duration.ofSeconds(50));
    }

    /** These settings with another seed. */
    public PlanSettings withSeed(long newSeed) {
        return new PlanSettings(newSeed, stepsPerRole, exactRoles, exactNodes, timeLimit);
    }
}
