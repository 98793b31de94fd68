package dk.jobandel.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.agreements.WorkingTimeRules.Commitment;
import dk.jobandel.agreements.WorkingTimeRules.Violation;
import dk.jobandel.shared.WeekGrid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Laws of {@link WorkingTimeRules}, each on {@value #TRIES} seeded, generated weeks and agreements, with the weekly
 * rules checked against a slow, obviously correct model: one {@code boolean} per half-hour over three weeks. Plain
 * JUnit loops rather than jqwik (docs/adr/0007-property-tests-without-jqwik.md); a failure names its try.
 */
class WorkingTimeRulesPropertiesTest {

    private static final long SEED = 0xA9EE_2026L;
    private static final int TRIES = 1_000;
    private static final int SLOTS = WeekGrid.SLOTS;
    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

    @Test
    void dailyRestAgreesWithTheModel() {
        forAll(random -> {
            WeekGrid week = week(random);
            assertThat(WorkingTimeRules.dailyRestBreach(week)).as("%s", week).isEqualTo(modelDailyRestBreach(week));
        });
    }

    @Test
    void longestRestAgreesWithTheModel() {
        forAll(random -> {
            WeekGrid week = week(random);
            assertThat(WorkingTimeRules.longestRest(week)).as("%s", week).isEqualTo(modelLongestRest(week));
            assertThat(WorkingTimeRules.hasWeeklyRest(week)).isEqualTo(modelLongestRest(week) >= 70);
        });
    }

    @Test
    void oneAgreementOnItsOwnBreaksARuleExactlyWhenItsWeekDoes() {
        forAll(random -> {
            WeekGrid week = week(random);
            LocalDate start = MONDAY.plusDays(random.nextInt(60));
            @Nullable LocalDate end = random.nextBoolean() ? null : start.plusDays(7 + random.nextInt(400));
            boolean weekBreaks = !WorkingTimeRules.withinWeeklyHours(week)
                    || WorkingTimeRules.dailyRestBreach(week).isPresent()
                    || !WorkingTimeRules.hasWeeklyRest(week);
            assertThat(WorkingTimeRules.check(new Commitment(start, end, week), List.of())
                            .isPresent())
                    .as("%s from %s to %s", week, start, end)
                    .isEqualTo(weekBreaks);
        });
    }

    @Test
    void twoAgreementsOverTheSameDatesAreCheckedAsTheirCombinedWeek() {
        forAll(random -> {
            WeekGrid a = week(random);
            WeekGrid b = week(random).minus(a);
            LocalDate start = MONDAY.plusDays(random.nextInt(30));
            WeekGrid both = a.union(b);
            boolean combinedBreaks = !WorkingTimeRules.withinWeeklyHours(both)
                    || WorkingTimeRules.dailyRestBreach(both).isPresent()
                    || !WorkingTimeRules.hasWeeklyRest(both);
            Commitment first = new Commitment(start, null, a);
            Commitment second = new Commitment(start, null, b);
            assertThat(WorkingTimeRules.check(second, List.of(first)).isPresent())
                    .as("%s and %s", a, b)
                    .isEqualTo(combinedBreaks);
            assertThat(WorkingTimeRules.check(first, List.of(second)).isPresent())
                    .isEqualTo(combinedBreaks);
        });
    }

    @Test
    void moreWorkNeverMendsABrokenRule() {
        forAll(random -> {
            Commitment proposed = commitment(random);
            List<Commitment> existing = commitments(random, random.nextInt(3));
            Optional<Violation> before = WorkingTimeRules.check(proposed, existing);
            List<Commitment> more = new ArrayList<>(existing);
            more.add(commitment(random));
            if (before.isPresent()) {
                assertThat(WorkingTimeRules.check(proposed, more))
                        .as("%s next to %s", proposed, more)
                        .isPresent();
            }
        });
    }

    @Test
    void theOrderOfTheOtherAgreementsDoesNotMatter() {
        forAll(random -> {
            Commitment proposed = commitment(random);
            List<Commitment> existing = commitments(random, 1 + random.nextInt(4));
            List<Commitment> shuffled = new ArrayList<>(existing);
            Collections.shuffle(shuffled, new Random(random.nextLong()));
            assertThat(WorkingTimeRules.check(proposed, shuffled))
                    .isEqualTo(WorkingTimeRules.check(proposed, existing));
        });
    }

    @Test
    void nothingElseAgreedMeansOnlyTheAgreementsOwnWeekCounts() {
        forAll(random -> {
            Commitment proposed = commitment(random);
            // an agreement that ended well before does not change anything
            Commitment longAgo = new Commitment(
                    proposed.start().minusYears(2), proposed.start().minusYears(1), WeekGrid.FULL);
            assertThat(WorkingTimeRules.check(proposed, List.of(longAgo)))
                    .isEqualTo(WorkingTimeRules.check(proposed, List.of()));
        });
    }

    // --- the model: one boolean per half-hour, three weeks in a row ---

    private static boolean[] threeWeeks(WeekGrid week) {
        boolean[] slots = new boolean[3 * SLOTS];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = week.contains(i % SLOTS);
        }
        return slots;
    }

    /** The first slot of the middle week where work begins and the next 48 half-hours hold fewer than 22 free. */
    private static OptionalInt modelDailyRestBreach(WeekGrid week) {
        boolean[] slots = threeWeeks(week);
        for (int i = SLOTS; i < 2 * SLOTS; i++) {
            boolean begins = slots[i] && (!slots[i - 1] || week.isFull() && i == SLOTS);
            if (!begins) {
                continue;
            }
            boolean rested = false;
            for (int from = i; from + 22 <= i + 48 && !rested; from++) {
                boolean free = true;
                for (int j = from; j < from + 22; j++) {
                    free &= !slots[j];
                }
                rested = free;
            }
            if (!rested) {
                return OptionalInt.of(i - SLOTS);
            }
        }
        return OptionalInt.empty();
    }

    /** The longest free run, counted across the three weeks and capped at one week. */
    private static int modelLongestRest(WeekGrid week) {
        boolean[] slots = threeWeeks(week);
        int longest = 0;
        for (int from = 0; from < slots.length; from++) {
            int length = 0;
            while (from + length < slots.length && !slots[from + length]) {
                length++;
            }
            longest = Math.max(longest, length);
        }
        return Math.min(longest, SLOTS);
    }

    // --- generators ---

    /** A week of zero to two shifts a day, mostly at ordinary hours, sometimes at night or round the clock. */
    static WeekGrid week(SplittableRandom random) {
        if (random.nextInt(50) == 0) {
            return random.nextBoolean() ? WeekGrid.EMPTY : WeekGrid.FULL;
        }
        List<Integer> slots = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            int shifts = random.nextInt(3);
            for (int s = 0; s < shifts; s++) {
                int start = day * 48 + random.nextInt(48);
                int length = 2 + random.nextInt(random.nextInt(5) == 0 ? 30 : 18);
                for (int i = start; i < start + length; i++) {
                    slots.add(i % SLOTS);
                }
            }
        }
        return WeekGrid.ofSlots(slots.stream().mapToInt(Integer::intValue).toArray());
    }

    static Commitment commitment(SplittableRandom random) {
        LocalDate start = MONDAY.plusDays(random.nextInt(120));
        @Nullable LocalDate end = random.nextInt(3) == 0 ? null : start.plusDays(random.nextInt(200));
        return new Commitment(start, end, week(random));
    }

    static List<Commitment> commitments(SplittableRandom random, int count) {
        List<Commitment> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(commitment(random));
        }
        return list;
    }

    private static void forAll(Consumer<SplittableRandom> property) {
        SplittableRandom seeds = new SplittableRandom(SEED);
        for (int i = 0; i < TRIES; i++) {
            SplittableRandom random = seeds.split();
            try {
                property.accept(random);
            } catch (AssertionError failure) {
                throw new AssertionError(
                        "Try " + i + " of seed " + Long.toHexString(SEED) + ": " + failure.getMessage(), failure);
            }
        }
    }
}
