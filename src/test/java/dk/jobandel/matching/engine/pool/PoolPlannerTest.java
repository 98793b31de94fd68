package dk.jobandel.matching.engine.pool;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.matching.engine.Slots;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pool plan on small worked examples. */
class PoolPlannerTest {

    private static final double LAT = 55.6759;
    private static final double LON = 12.5655;

    private static long[] weekdays(int fromHour, int toHour) {
        long[] words = new long[Slots.WORDS];
        for (int d = 0; d < 5; d++) {
            PoolGenerators.set(words, d * 48 + fromHour * 2, d * 48 + toHour * 2);
        }
        return words;
    }

    private static long[] day(int day, int fromHour, int toHour) {
        return Slots.range(day * 48 + fromHour * 2, day * 48 + toHour * 2);
    }

    @Test
    void hoursAreSpreadFairlyWhenCoverageIsTheSameEitherWay() {
        // four mornings of 4 hours from one member; two identical workers who each want at least 8 hours
        var needs = List.of(
                PoolNeed.onSite(1, 100, day(0, 8, 12), LAT, LON),
                PoolNeed.onSite(2, 100, day(1, 8, 12), LAT, LON),
                PoolNeed.onSite(3, 100, day(2, 8, 12), LAT, LON),
                PoolNeed.onSite(4, 100, day(3, 8, 12), LAT, LON));
        var workers = List.of(
                PoolWorker.unskilled(10, weekdays(7, 22), 16, 40, LAT, LON, 20),
                PoolWorker.unskilled(11, weekdays(7, 22), 16, 40, LAT, LON, 20));
        PoolPlan plan = PoolPlanner.plan(needs, workers, PoolSettings.defaults());
        assertThat(plan.stats().coveredHalfHours()).isEqualTo(32);
        assertThat(plan.portfolios()).extracting(Portfolio::halfHours).containsExactly(16, 16);
        assertThat(plan.portfolios())
                .allSatisfy(p -> assertThat(p.score().shortfallHalfHours()).isZero());
    }

    @Test
    void aNeedMovesToAnotherWorkerToMakeRoomWhereGreedyStops() {
        // need 1 suits both workers, need 2 (same hours) only worker 10, who has the skill: greedy gives need 1 to
        // worker 10 (the lower id on a tie) and leaves need 2 open; the plan moves need 1 to worker 11
        long[] none = {0};
        long[] skill = {1};
        var needs = List.of(
                PoolNeed.onSite(1, 100, day(0, 8, 12), LAT, LON),
                new PoolNeed(2, 200, day(0, 8, 12), skill, none, none, false, LAT, LON));
        var skilled = new PoolWorker(10, skill, none, none, weekdays(7, 22), 0, 40, LAT, LON, 20, true);
        var unskilled = new PoolWorker(11, none, none, none, weekdays(7, 22), 0, 40, LAT, LON, 20, true);
        var settings = PoolSettings.defaults().withSteps(50, 0); // the local search alone, no exact search
        PoolPlan greedy = PoolPlanner.greedy(needs, List.of(skilled, unskilled), settings);
        PoolPlan plan = PoolPlanner.plan(needs, List.of(skilled, unskilled), settings);
        assertThat(greedy.unassignedNeedIds()).containsExactly(2L);
        assertThat(plan.assignments()).containsExactly(new PoolPlan.Assignment(1, 11), new PoolPlan.Assignment(2, 10));
        assertThat(plan.stats().greedyCoveredHalfHours()).isEqualTo(8);
        assertThat(plan.stats().coveredHalfHours()).isEqualTo(16);
    }

    @Test
    void nobodyGoesOverTheirMaximumEvenWhenNeedsStayOpen() {
        var needs = List.of(
                PoolNeed.onSite(1, 100, day(0, 8, 16), LAT, LON), PoolNeed.onSite(2, 200, day(1, 8, 16), LAT, LON));
        var worker = PoolWorker.unskilled(10, weekdays(7, 22), 0, 20, LAT, LON, 20);
        PoolPlan plan = PoolPlanner.plan(needs, List.of(worker), PoolSettings.defaults());
        assertThat(plan.stats().coveredHalfHours()).isEqualTo(16);
        assertThat(plan.unassignedNeedIds()).hasSize(1);
        assertThat(plan.stats().optimal()).isTrue();
    }
}
