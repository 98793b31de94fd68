package dk.jobandel.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link SplitPlanner} against {@link SplitReference}, which tries every assignment of people to half-hours, on
 * {@value #TRIES} generated tiny instances (2 or 3 people, one to three runs, wished hours that often rule out the
 * even split): a valid split is found exactly when one exists, and it is the best by the objective. Seeded; a
 * failure names the try (docs/adr/0007-property-tests-without-jqwik.md).
 */
class SplitPlannerPropertiesTest {

    private static final long SEED = 0x5EED_0019L;
    private static final int TRIES = 600;

    record Instance(long[] schedule, int handover, long[][] available, int[] min, int[] max, int[] percents) {

        @Override
        public String toString() {
            List<String> people = new ArrayList<>();
            for (int m = 0; m < available.length; m++) {
                people.add(slotsOf(available[m]) + " wants " + min[m] + "–" + max[m]);
            }
            return "schedule " + slotsOf(schedule) + ", handover " + handover + ", percents "
                    + Arrays.toString(percents) + ", people " + people;
        }
    }

    static String slotsOf(long[] grid) {
        List<Integer> slots = new ArrayList<>();
        for (int s = 0; s < Slots.SLOTS; s++) {
            if (Slots.contains(grid, s)) {
                slots.add(s);
            }
        }
        return slots.toString();
    }

    static Instance instance(SplittableRandom random) {
        int k = random.nextBoolean() ? 2 : 3;
        int budget = k == 2 ? 10 : 6; // scheduled half-hours, so that the reference stays quick
        long[] schedule = new long[Slots.WORDS];
        int runs = 1 + random.nextInt(3);
        int left = budget;
        List<int[]> runList = new ArrayList<>();
        for (int r = 0; r < runs && left > 0; r++) {
            int length = 1 + random.nextInt(Math.min(left, k == 2 ? 7 : 5));
            left -= length;
            int day = r * 2 + random.nextInt(2);
            int from = day * 48 + (random.nextInt(4) == 0 ? 48 - length : 16 + random.nextInt(8));
            Slots.setRange(schedule, from, from + length);
            runList.add(new int[] {from, from + length});
        }
        int total = Slots.count(schedule);
        int handover = random.nextInt(3);
        long[][] available = new long[k][Slots.WORDS];
        int[] min = new int[k];
        int[] max = new int[k];
        for (int m = 0; m < k; m++) {
            for (int[] run : runList) {
                switch (random.nextInt(4)) {
                    case 0 -> Slots.setRange(available[m], run[0], run[1]);
                    case 1 -> { // a front or back part
                        int cut = run[0] + random.nextInt(run[1] - run[0] + 1);
                        if (random.nextBoolean()) {
                            Slots.setRange(available[m], run[0], cut);
                        } else {
                            Slots.setRange(available[m], cut, run[1]);
                        }
                    }
                    case 2 -> { // a middle part
                        int a = run[0] + random.nextInt(run[1] - run[0]);
                        int b = a + 1 + random.nextInt(run[1] - a);
                        Slots.setRange(available[m], a, b);
                    }
                    default -> {
                        for (int s = run[0]; s < run[1]; s++) {
                            if (random.nextBoolean()) {
                                Slots.setRange(available[m], s, s + 1);
                            }
                        }
                    }
                }
            }
            min[m] = random.nextInt(3) == 0 ? 0 : random.nextInt(total / 2 + 2);
            max[m] = min[m] + random.nextInt(total + 2);
        }
        int[] percents = new int[0];
        if (random.nextInt(3) == 0) {
            percents = k == 2 ? new int[] {70, 30} : new int[] {50, 30, 20};
        }
        return new Instance(schedule, handover, available, min, max, percents);
    }

    static Optional<SplitReference.Best> reference(Instance instance) {
        List<boolean[]> free = new ArrayList<>();
        for (long[] grid : instance.available()) {
            free.add(Reference.slots(grid));
        }
        return SplitReference.best(
                Reference.slots(instance.schedule()),
                instance.handover(),
                free,
                instance.min(),
                instance.max(),
                instance.percents());
    }

    static Split plan(Instance instance) {
        long[] ids = new long[instance.available().length];
        for (int m = 0; m < ids.length; m++) {
            ids[m] = 10 + m;
        }
        return SplitPlanner.best(
                instance.schedule(),
                ids,
                instance.available(),
                instance.handover(),
                instance.percents(),
                instance.min(),
                instance.max());
    }

    @Test
    void aValidSplitIsFoundExactlyWhenOneExistsAndItIsTheBest() {
        var random = new SplittableRandom(SEED);
        int valid = 0;
        int uneven = 0;
        for (int tryNumber = 1; tryNumber <= TRIES; tryNumber++) {
            Instance instance = instance(random);
            Optional<SplitReference.Best> expected = reference(instance);
            Split split = plan(instance);
            String where = "try " + tryNumber + " (seed " + Long.toHexString(SEED) + "): " + instance;
            assertThat(split != null).as(where).isEqualTo(expected.isPresent());
            if (split == null) {
                continue;
            }
            valid++;
            boolean[][] works = new boolean[split.assigned().length][];
            for (int m = 0; m < works.length; m++) {
                works[m] = Reference.slots(split.assigned()[m]);
                for (int s = 0; s < Slots.SLOTS; s++) {
                    assertThat(!works[m][s] || Slots.contains(instance.available()[m], s))
                            .as(where)
                            .isTrue();
                }
            }
            int handovers = SplitReference.handovers(
                    Reference.slots(instance.schedule()), instance.handover(), works, instance.min(), instance.max());
            assertThat(handovers).as(where).isGreaterThanOrEqualTo(0);
            assertThat(split.handovers()).as(where).hasSize(handovers);
            assertThat(split.fairness()).as(where).isCloseTo(expected.get().fairness(), within(1e-9));
            assertThat(handovers).as(where).isEqualTo(expected.get().handovers());
            if (expected.get().fairness() < 1 - 1e-9) {
                uneven++;
            }
        }
        // instances where no split exists, or only uneven ones, would make this weak
        System.out.printf(
                "split properties: %d of %d with a valid split, %d of them only uneven%n", valid, TRIES, uneven);
        assertThat(valid).isGreaterThan(TRIES / 8);
        assertThat(uneven).isGreaterThan(TRIES / 30);
    }
}
