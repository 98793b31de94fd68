package dk.jobandel.matching.engine.pool;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.matching.engine.Slots;
import dk.jobandel.matching.engine.pool.PortfolioRules.Rule;
import dk.jobandel.matching.engine.pool.PortfolioRules.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The portfolio rules on worked examples: one rule at a time, the others kept. */
class PortfolioRulesTest {

    // Copenhagen (Rådhuspladsen) and Roskilde, about 30 km apart
    private static final double CPH_LAT = 55.6759;
    private static final double CPH_LON = 12.5655;
    private static final double ROS_LAT = 55.6415;
    private static final double ROS_LON = 12.0803;
    private static final double SPEED = 40;

    private static final int MONDAY = 0;
    private static final int TUESDAY = 48;

    private static long[] hours(int day, int fromHour, int toHour) {
        return Slots.range(day + fromHour * 2, day + toHour * 2);
    }

    private static long[] weekdays(int fromHour, int toHour) {
        long[] words = new long[Slots.WORDS];
        for (int d = 0; d < 5; d++) {
            PoolGenerators.set(words, d * 48 + fromHour * 2, d * 48 + toHour * 2);
        }
        return words;
    }

    /** Lives in Copenhagen, free weekdays 07–22, wants 10–30 hours, travels up to 50 km, takes remote work. */
    private static PoolWorker worker() {
        return PoolWorker.unskilled(1, weekdays(7, 22), 20, 60, CPH_LAT, CPH_LON, 50);
    }

    @Test
    void needsAtDifferentPlacesOnOneDayLeaveTimeToTravel() {
        double km = Place.km(CPH_LAT, CPH_LON, ROS_LAT, ROS_LON);
        assertThat(km).isBetween(30.0, 32.0);
        assertThat(Place.travelHalfHours(km, SPEED)).isEqualTo(2); // 47 minutes at 40 km/h: two half-hours
        var morning = PoolNeed.onSite(10, 100, hours(MONDAY, 8, 12), CPH_LAT, CPH_LON);
        var rightAfter = PoolNeed.onSite(11, 200, hours(MONDAY, 12, 16), ROS_LAT, ROS_LON);
        var halfAnHourAfter = PoolNeed.onSite(12, 200, Slots.range(MONDAY + 25, MONDAY + 32), ROS_LAT, ROS_LON);
        var anHourAfter = PoolNeed.onSite(13, 200, hours(MONDAY, 13, 16), ROS_LAT, ROS_LON);
        assertThat(PortfolioRules.violations(worker(), List.of(morning, rightAfter), SPEED))
                .containsExactly(new Violation(Rule.TRAVEL, 11, 10));
        assertThat(PortfolioRules.violations(worker(), List.of(morning, halfAnHourAfter), SPEED))
                .containsExactly(new Violation(Rule.TRAVEL, 12, 10));
        assertThat(PortfolioRules.violations(worker(), List.of(morning, anHourAfter), SPEED))
                .isEmpty();
        // the same place needs no travel
        var samePlace = PoolNeed.onSite(14, 200, hours(MONDAY, 12, 16), CPH_LAT, CPH_LON);
        assertThat(PortfolioRules.violations(worker(), List.of(morning, samePlace), SPEED))
                .isEmpty();
    }

    @Test
    void remoteWorkIsDoneAtHomeSoTheWayHomeCounts() {
        // lives in Roskilde; a Copenhagen morning, then remote work from 12: no time to get home
        var worker = PoolWorker.unskilled(1, weekdays(7, 22), 0, 60, ROS_LAT, ROS_LON, 50);
        var inTown = PoolNeed.onSite(10, 100, hours(MONDAY, 8, 12), CPH_LAT, CPH_LON);
        var remoteAtNoon = PoolNeed.remote(11, 200, hours(MONDAY, 12, 16));
        var remoteAtOne = PoolNeed.remote(12, 200, hours(MONDAY, 13, 16));
        assertThat(PortfolioRules.violations(worker, List.of(inTown, remoteAtNoon), SPEED))
                .containsExactly(new Violation(Rule.TRAVEL, 11, 10));
        assertThat(PortfolioRules.violations(worker, List.of(inTown, remoteAtOne), SPEED))
                .isEmpty();
        // two remote needs back to back: both at home
        var remoteMorning = PoolNeed.remote(13, 300, hours(MONDAY, 8, 12));
        assertThat(PortfolioRules.violations(worker, List.of(remoteMorning, remoteAtNoon), SPEED))
                .isEmpty();
        var explained =
                Portfolios.forWorker(worker, List.of(inTown, remoteAtOne), 1).getFirst();
        assertThat(explained.moves()).singleElement().satisfies(move -> {
            assertThat(move.fromNeedId()).isEqualTo(10);
            assertThat(move.toNeedId()).isEqualTo(12);
            assertThat(move.travelHalfHours()).isEqualTo(2);
            assertThat(move.toSlot() - move.fromSlot()).isEqualTo(2);
        });
    }

    @Test
    void overlapsHoursAndWorkingTime() {
        var a = PoolNeed.onSite(10, 100, hours(TUESDAY, 8, 12), CPH_LAT, CPH_LON);
        var b = PoolNeed.onSite(11, 200, hours(TUESDAY, 11, 14), CPH_LAT, CPH_LON);
        assertThat(PortfolioRules.violations(worker(), List.of(a, b), SPEED))
                .containsExactly(new Violation(Rule.OVERLAP, 11, 10));
        assertThat(PortfolioRules.violations(worker(), List.of(a, a), SPEED))
                .contains(new Violation(Rule.DUPLICATE, 10, -1));
        // 10 + 10 + 12 hours a week is over a desired maximum of 30 hours
        var big = PoolNeed.onSite(12, 100, weekdays(8, 10), CPH_LAT, CPH_LON);
        var big2 = PoolNeed.onSite(13, 200, weekdays(10, 12), CPH_LAT, CPH_LON);
        var big3 = PoolNeed.onSite(14, 300, Slots.range(2 * 48 + 26, 2 * 48 + 50), CPH_LAT, CPH_LON);
        assertThat(PortfolioRules.violations(worker(), List.of(big, big2), SPEED))
                .isEmpty();
        assertThat(PortfolioRules.violations(worker(), List.of(big, big2, big3), SPEED))
                .extracting(Violation::rule)
                .contains(Rule.OVER_DESIRED_MAX);
        // 07–21 on Monday is 14 hours: no 11 hours off within the 24 hours from 07
        var early = PoolNeed.onSite(15, 100, hours(MONDAY, 7, 14), CPH_LAT, CPH_LON);
        var late = PoolNeed.onSite(16, 200, hours(MONDAY, 14, 21), CPH_LAT, CPH_LON);
        assertThat(PortfolioRules.violations(worker(), List.of(early, late), SPEED))
                .extracting(Violation::rule)
                .containsExactly(Rule.DAILY_REST);
    }

    @Test
    void eligibilityNeedsSkillsTimeAndReach() {
        var worker = new PoolWorker(
                1,
                new long[] {0b11},
                new long[] {0b01},
                new long[] {0},
                weekdays(7, 22),
                0,
                60,
                CPH_LAT,
                CPH_LON,
                20,
                false);
        long[] morning = hours(MONDAY, 8, 12);
        var skill0AtLevel2 =
                new PoolNeed(10, 100, morning, new long[0], new long[] {0b01}, new long[0], false, CPH_LAT, CPH_LON);
        var skill1AtLevel2 =
                new PoolNeed(11, 100, morning, new long[0], new long[] {0b10}, new long[0], false, CPH_LAT, CPH_LON);
        assertThat(PortfolioRules.eligibility(worker, skill0AtLevel2)).isEmpty();
        assertThat(PortfolioRules.eligibility(worker, skill1AtLevel2)).contains(Rule.SKILLS);
        assertThat(PortfolioRules.eligibility(worker, PoolNeed.onSite(12, 100, hours(5 * 48, 8, 12), CPH_LAT, CPH_LON)))
                .contains(Rule.NOT_AVAILABLE);
        assertThat(PortfolioRules.eligibility(worker, PoolNeed.onSite(13, 100, morning, ROS_LAT, ROS_LON)))
                .contains(Rule.OUT_OF_REACH);
        assertThat(PortfolioRules.eligibility(worker, PoolNeed.remote(14, 100, morning)))
                .contains(Rule.REMOTE_NOT_TAKEN);
    }

    @Test
    void aWorkerGetsAFullWeekFromSeveralMembers() {
        // three members' needs: mornings at one, afternoons at another nearby, one remote evening
        double nearLat = CPH_LAT + 0.01;
        var needs = List.of(
                PoolNeed.onSite(10, 100, weekdays(8, 12), CPH_LAT, CPH_LON),
                PoolNeed.onSite(11, 200, weekdays(13, 16), nearLat, CPH_LON),
                PoolNeed.remote(12, 300, hours(MONDAY, 17, 19)),
                PoolNeed.onSite(13, 300, weekdays(12, 14), ROS_LAT, ROS_LON));
        var worker = PoolWorker.unskilled(1, weekdays(7, 22), 64, 74, CPH_LAT, CPH_LON, 50);
        var best = Portfolios.forWorker(worker, needs, 3);
        assertThat(best.getFirst().needIds()).containsExactly(10L, 11L, 12L);
        assertThat(best.getFirst().halfHours()).isEqualTo(74);
        assertThat(best.getFirst().halfHoursByMember())
                .containsExactly(
                        java.util.Map.entry(100L, 40), java.util.Map.entry(200L, 30), java.util.Map.entry(300L, 4));
        assertThat(best.getFirst().score().shortfallHalfHours()).isZero();
        assertThat(best)
                .allSatisfy(p -> assertThat(PortfolioRules.violations(
                                worker,
                                needs.stream()
                                        .filter(n -> p.needIds().contains(n.id()))
                                        .toList(),
                                SPEED))
                        .isEmpty());
    }
}
