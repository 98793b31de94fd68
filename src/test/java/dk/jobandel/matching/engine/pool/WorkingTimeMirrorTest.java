package dk.jobandel.matching.engine.pool;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.agreements.WorkingTimeRules;
import dk.jobandel.matching.engine.Slots;
import dk.jobandel.shared.WeekGrid;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link WorkingTime} decides every week as {@code WorkingTimeRules} does: weeks of whole days, split shifts, night
 * work across midnight and Sunday into Monday, generated around the limits (seeded, plain JUnit).
 */
class WorkingTimeMirrorTest {

    @Test
    void decidesEveryWeekAsTheAgreementsRulesDo() {
        SplittableRandom random = new SplittableRandom(0x48_11_35L);
        int breaches = 0;
        for (int t = 0; t < 5_000; t++) {
            long[] week = week(random);
            WeekGrid grid = WeekGrid.ofWords(week);
            assertThat(WorkingTime.withinWeeklyHours(week))
                    .as("try %d: weekly hours", t)
                    .isEqualTo(WorkingTimeRules.withinWeeklyHours(grid));
            assertThat(WorkingTime.dailyRestBreach(week))
                    .as("try %d: daily rest", t)
                    .isEqualTo(WorkingTimeRules.dailyRestBreach(grid).orElse(-1));
            assertThat(WorkingTime.longestRest(week)).as("try %d", t).isEqualTo(WorkingTimeRules.longestRest(grid));
            assertThat(WorkingTime.hasWeeklyRest(week)).isEqualTo(WorkingTimeRules.hasWeeklyRest(grid));
            if (WorkingTime.firstBreach(week).isPresent()) {
                breaches++;
            }
        }
        assertThat(breaches).as("weeks on both sides of the limits").isBetween(500, 4_500);
    }

    @Test
    void examples() {
        long[] nineToFive = new long[Slots.WORDS];
        for (int day = 0; day < 5; day++) {
            PoolGenerators.set(nineToFive, day * 48 + 18, day * 48 + 34);
        }
        assertThat(WorkingTime.firstBreach(nineToFive)).isEmpty();
        long[] thirteenHours = Slots.range(16, 42); // 08:00–21:00 is allowed: 11 h off until 08:00
        assertThat(WorkingTime.firstBreach(thirteenHours)).isEmpty();
        long[] fourteenHours = Slots.range(16, 44);
        assertThat(WorkingTime.firstBreach(fourteenHours)).contains(PortfolioRules.Rule.DAILY_REST);
        long[] lateThenEarly = Slots.range(36, 46); // Monday 18–23, then Tuesday 06–10: 7 h off
        PoolGenerators.set(lateThenEarly, 48 + 12, 48 + 20);
        assertThat(WorkingTime.dailyRestBreach(lateThenEarly)).isEqualTo(36);
    }

    /** Random shifts: 1–7 days, each one or two stretches, some across midnight. */
    private static long[] week(SplittableRandom random) {
        long[] words = new long[Slots.WORDS];
        int shifts = 1 + random.nextInt(10);
        for (int i = 0; i < shifts; i++) {
            int start = random.nextInt(Slots.SLOTS);
            int length = 2 + random.nextInt(random.nextInt(4) == 0 ? 30 : 18);
            for (int s = start; s < start + length; s++) {
                int slot = s % Slots.SLOTS;
                words[slot >>> 6] |= 1L << slot;
            }
        }
        return words;
    }
}
