package dk.jobandel.matching.engine.pool;

import java.time.Duration;

/**
 * Parameters of the pool engine. The search budgets count work, not time, so the same input and settings give the
 * same plan on every machine; {@code timeLimit} is only a safety cap.
 *
 * @param speedKmh travel speed between two places on the same day; travel time is rounded up to half-hours
 * @param seed seeds the local search's random choices
 * @param stepsPerNeed local-search moves per need of a part (0 keeps the greedy plan)
 * @param exactNeeds parts of at most this many needs are also searched exactly (branch and bound)
 * @param exactNodes the node budget of one exact search (of a part, or of {@link Portfolios#forWorker})
 * @param timeLimit a wall-clock cap on one plan; when it cuts the search short the plan says so
 */
public record PoolSettings(
        double speedKmh, long seed, int stepsPerNeed, int exactNeeds, long exactNodes, Duration timeLimit) {

    /** Checks. */
    public PoolSettings {
        if (!(speedKmh > 0)) {
            throw new IllegalArgumentException("Travel speed must be positive");
        }
        if (stepsPerNeed < 0 || exactNeeds < 0 || exactNodes < 0) {
            throw new IllegalArgumentException("Budgets must not be negative");
        }
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("The time limit must be positive");
        }
    }

    /** 40 km/h, seed 1, 300 moves per need, exact search of parts up to 16 needs, 25 s cap. */
    public static PoolSettings defaults() {
        return new PoolSettings(40, 1, 300, 16, 500_000, Duration.ofSeconds(25));
    }

    public PoolSettings withSeed(long newSeed) {
        return new PoolSettings(speedKmh, newSeed, stepsPerNeed, exactNeeds, exactNodes, timeLimit);
    }

    public PoolSettings withSteps(int newStepsPerNeed, int newExactNeeds) {
        return new PoolSettings(speedKmh, seed, newStepsPerNeed, newExactNeeds, exactNodes, timeLimit);
    }
}
