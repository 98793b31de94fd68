package dk.jobandel.shared;

import static dk.jobandel.shared.WeekGrid.SLOTS;
import static dk.jobandel.shared.WeekGrid.SLOTS_PER_DAY;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.shared.WeekGrid.TimeRange;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Laws of {@link WeekGrid}, each checked on {@value #TRIES} generated grids (or pairs or triples of them), and its
 * queries checked against a slow, obviously correct model: one {@code boolean} per half-hour, built without
 * {@code WeekGrid}.
 *
 * <p>The generator is seeded, so every run checks the same grids; a failure is shrunk by dropping runs of half-hours
 * and reported with its try number. The harness is plain JUnit rather than jqwik: see
 * docs/adr/0007-property-tests-without-jqwik.md. Each {@code forAll} maps onto a jqwik {@code @Property} should the
 * team choose it.
 */
class WeekGridPropertiesTest {

    private static final long SEED = 0x5EED_2026L;
    private static final int TRIES = 1_000;
    private static final Locale DANISH = Locale.of("da", "DK");

    @Test
    void agreesWithTheModel() {
        forAllWithModel(sample -> {
            WeekGrid grid = sample.grid();
            boolean[] model = sample.model();
            assertMatches(grid, model);
            assertThat(grid.slotCount()).isEqualTo(count(model));
            assertThat(grid.minutes()).isEqualTo(30 * count(model));
            assertThat(grid.isEmpty()).isEqualTo(count(model) == 0);
            assertThat(grid.isFull()).isEqualTo(count(model) == SLOTS);
            assertThat(grid.slots().toArray())
                    .containsExactly(IntStream.range(0, SLOTS)
                            .filter(slot -> model[slot])
                            .toArray());
            for (DayOfWeek day : DayOfWeek.values()) {
                IntPredicate onDay = slot -> slot / SLOTS_PER_DAY == day.getValue() - 1;
                assertThat(grid.slotCount(day)).isEqualTo(count(model, onDay));
                assertMatches(grid.day(day), slots(slot -> model[slot] && onDay.test(slot)));
            }
            assertThat(grid.ranges()).isEqualTo(rangesOf(model));
        });
    }

    @Test
    void setOperationsAgreeWithTheModel() {
        forAllWithModel((a, b) -> {
            boolean[] x = a.model();
            boolean[] y = b.model();
            assertMatches(a.grid().union(b.grid()), slots(slot -> x[slot] || y[slot]));
            assertMatches(a.grid().intersection(b.grid()), slots(slot -> x[slot] && y[slot]));
            assertMatches(a.grid().minus(b.grid()), slots(slot -> x[slot] && !y[slot]));
            assertMatches(a.grid().complement(), slots(slot -> !x[slot]));
            assertThat(a.grid().overlaps(b.grid()))
                    .isEqualTo(IntStream.range(0, SLOTS).anyMatch(slot -> x[slot] && y[slot]));
            assertThat(a.grid().containsAll(b.grid()))
                    .isEqualTo(IntStream.range(0, SLOTS).allMatch(slot -> x[slot] || !y[slot]));
        });
    }

    @Test
    void unionAndIntersectionAreCommutative() {
        forAll((a, b) -> {
            assertThat(a.union(b)).isEqualTo(b.union(a));
            assertThat(a.intersection(b)).isEqualTo(b.intersection(a));
        });
    }

    @Test
    void unionAndIntersectionAreAssociative() {
        forAll((a, b, c) -> {
            assertThat(a.union(b).union(c)).isEqualTo(a.union(b.union(c)));
            assertThat(a.intersection(b).intersection(c)).isEqualTo(a.intersection(b.intersection(c)));
        });
    }

    @Test
    void deMorgan() {
        forAll((a, b) -> {
            assertThat(a.union(b).complement()).isEqualTo(a.complement().intersection(b.complement()));
            assertThat(a.intersection(b).complement()).isEqualTo(a.complement().union(b.complement()));
        });
    }

    @Test
    void absorption() {
        forAll((a, b) -> {
            assertThat(a.union(a.intersection(b))).isEqualTo(a);
            assertThat(a.intersection(a.union(b))).isEqualTo(a);
        });
    }

    @Test
    void complementSplitsTheWeekInTwo() {
        forAll(a -> {
            assertThat(a.complement().complement()).isEqualTo(a);
            assertThat(a.union(a.complement())).isEqualTo(WeekGrid.FULL);
            assertThat(a.intersection(a.complement())).isEqualTo(WeekGrid.EMPTY);
            assertThat(a.complement().slotCount()).isEqualTo(SLOTS - a.slotCount());
        });
    }

    @Test
    void minusLeavesNothingOfWhatItTakesAway() {
        forAll((a, b) -> {
            assertThat(a.minus(b).intersection(b).isEmpty()).isTrue();
            assertThat(a.minus(b)).isEqualTo(a.intersection(b.complement()));
            assertThat(a.minus(b).union(a.intersection(b))).isEqualTo(a);
        });
    }

    @Test
    void unionCountsTheSharedHalfHoursOnce() {
        forAll((a, b) -> assertThat(a.union(b).slotCount())
                .isEqualTo(a.slotCount() + b.slotCount() - a.intersection(b).slotCount()));
    }

    @Test
    void overlapsAndContainsAllFollowTheIntersection() {
        forAll((a, b) -> {
            assertThat(a.overlaps(b)).isEqualTo(!a.intersection(b).isEmpty());
            assertThat(a.containsAll(b)).isEqualTo(a.intersection(b).equals(b));
            assertThat(a.union(b).containsAll(a)).isTrue();
            assertThat(a.containsAll(a.intersection(b))).isTrue();
        });
    }

    @Test
    void parseReadsWhatFormatWrites() {
        forAll(grid -> {
            assertThat(WeekGrid.parse(grid.format(DANISH))).isEqualTo(grid);
            assertThat(WeekGrid.parse(grid.format(Locale.ENGLISH))).isEqualTo(grid);
        });
    }

    @Test
    void parseDayReadsWhatFormatDayWrites() {
        forAll(grid -> {
            WeekGrid reassembled = WeekGrid.EMPTY;
            for (DayOfWeek day : DayOfWeek.values()) {
                WeekGrid oneDay = WeekGrid.parseDay(day, grid.formatDay(day));
                assertThat(oneDay).isEqualTo(grid.day(day));
                reassembled = reassembled.union(oneDay);
            }
            assertThat(reassembled).isEqualTo(grid);
        });
    }

    @Test
    void survivesStorage() {
        forAll(grid -> {
            WeekGrid fromBytes = WeekGrid.fromBytes(grid.toBytes());
            WeekGrid fromWords = WeekGrid.ofWords(
                    IntStream.range(0, WeekGrid.WORDS).mapToLong(grid::word).toArray());
            assertThat(fromBytes).isEqualTo(grid).hasSameHashCodeAs(grid);
            assertThat(fromWords).isEqualTo(grid).hasSameHashCodeAs(grid);
            assertThat(WeekGrid.ofSlots(grid.slots().toArray())).isEqualTo(grid);
        });
    }

    @Test
    void rangesAddUpToTheGrid() {
        forAll(grid -> {
            List<TimeRange> ranges = grid.ranges();
            assertThat(ranges.stream().mapToInt(TimeRange::minutes).sum()).isEqualTo(grid.minutes());
            WeekGrid union = ranges.stream()
                    .map(range -> WeekGrid.range(range.day(), range.from(), range.to()))
                    .reduce(WeekGrid.EMPTY, WeekGrid::union);
            assertThat(union).isEqualTo(grid);
            for (DayOfWeek day : DayOfWeek.values()) {
                assertThat(grid.ranges(day))
                        .isEqualTo(ranges.stream()
                                .filter(range -> range.day() == day)
                                .toList());
            }
        });
    }

    @Test
    void rangesAreSortedSeparateAndEachWithinADay() {
        forAll(grid -> {
            List<TimeRange> ranges = grid.ranges();
            for (TimeRange range : ranges) {
                int dayStart = (range.day().getValue() - 1) * SLOTS_PER_DAY;
                assertThat(range.minutes()).isPositive();
                assertThat(range.fromSlot()).isGreaterThanOrEqualTo(dayStart);
                assertThat(range.toSlotExclusive()).isLessThanOrEqualTo(dayStart + SLOTS_PER_DAY);
            }
            for (int i = 1; i < ranges.size(); i++) {
                TimeRange previous = ranges.get(i - 1);
                TimeRange next = ranges.get(i);
                if (previous.day() == next.day()) {
                    // a gap of at least one half-hour, or they would have been one range
                    assertThat(previous.toSlotExclusive()).isLessThan(next.fromSlot());
                } else {
                    assertThat(previous.day()).isLessThan(next.day());
                }
            }
        });
    }

    @Test
    void theDaysAddUpToTheWeek() {
        forAll(grid -> {
            WeekGrid union = WeekGrid.EMPTY;
            int count = 0;
            for (DayOfWeek day : DayOfWeek.values()) {
                union = union.union(grid.day(day));
                count += grid.slotCount(day);
            }
            assertThat(union).isEqualTo(grid);
            assertThat(count).isEqualTo(grid.slotCount());
        });
    }

    // ---- the harness

    /** A generated grid and the half-hours it should hold, worked out without {@code WeekGrid}. */
    private record Sample(WeekGrid grid, boolean[] model) {

        /** This sample without one of its runs of half-hours, for each run. */
        List<Sample> smaller() {
            return rangesOf(model).stream()
                    .map(run -> {
                        IntPredicate inRun = slot -> slot >= run.fromSlot() && slot < run.toSlotExclusive();
                        return new Sample(
                                grid.minus(WeekGrid.ofSlots(
                                        IntStream.range(0, SLOTS).filter(inRun).toArray())),
                                slots(slot -> model[slot] && !inRun.test(slot)));
                    })
                    .toList();
        }

        @Override
        public String toString() {
            return "[" + grid.format(Locale.ENGLISH) + "]";
        }
    }

    @FunctionalInterface
    private interface TriConsumer<T> {
        void accept(T a, T b, T c);
    }

    private static void forAll(Consumer<WeekGrid> property) {
        check(1, samples -> property.accept(samples.get(0).grid()));
    }

    private static void forAll(BiConsumer<WeekGrid, WeekGrid> property) {
        check(
                2,
                samples -> property.accept(samples.get(0).grid(), samples.get(1).grid()));
    }

    private static void forAll(TriConsumer<WeekGrid> property) {
        check(
                3,
                samples -> property.accept(
                        samples.get(0).grid(),
                        samples.get(1).grid(),
                        samples.get(2).grid()));
    }

    private static void forAllWithModel(Consumer<Sample> property) {
        check(1, samples -> property.accept(samples.get(0)));
    }

    private static void forAllWithModel(BiConsumer<Sample, Sample> property) {
        check(2, samples -> property.accept(samples.get(0), samples.get(1)));
    }

    /**
     * Checks the property on {@link #TRIES} tuples of samples drawn from the seeded generator. On failure, drops runs
     * of half-hours from the samples while the property still fails, and reports the smallest tuple found.
     */
    private static void check(int arity, Consumer<List<Sample>> property) {
        var random = new SplittableRandom(SEED);
        for (int tryNumber = 1; tryNumber <= TRIES; tryNumber++) {
            List<Sample> samples =
                    Stream.generate(() -> sample(random)).limit(arity).toList();
            if (failure(property, samples) != null) {
                List<Sample> smallest = shrink(property, samples);
                throw new AssertionError(
                        "Falsified on try %d of %d (seed %#x) by %s".formatted(tryNumber, TRIES, SEED, smallest),
                        failure(property, smallest));
            }
        }
    }

    private static List<Sample> shrink(Consumer<List<Sample>> property, List<Sample> failing) {
        List<Sample> smallest = failing;
        boolean shrunk = true;
        while (shrunk) {
            shrunk = false;
            for (int i = 0; i < smallest.size() && !shrunk; i++) {
                for (Sample smaller : smallest.get(i).smaller()) {
                    List<Sample> candidate = new ArrayList<>(smallest);
                    candidate.set(i, smaller);
                    if (failure(property, candidate) != null) {
                        smallest = candidate;
                        shrunk = true;
                        break;
                    }
                }
            }
        }
        return smallest;
    }

    private static @Nullable Throwable failure(Consumer<List<Sample>> property, List<Sample> samples) {
        try {
            property.accept(samples);
            return null;
        } catch (AssertionError | RuntimeException failure) {
            return failure;
        }
    }

    /** One in ten samples is a corner case, the rest are random bits or a few realistic ranges, half and half. */
    private static Sample sample(SplittableRandom random) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return cornerCase(random);
        }
        return kind <= 5 ? randomBits(random) : fewRanges(random);
    }

    /** Random words, with about an eighth, a quarter, a half or three quarters of the half-hours set. */
    private static Sample randomBits(SplittableRandom random) {
        int density = random.nextInt(4);
        long[] words = new long[WeekGrid.WORDS];
        for (int i = 0; i < words.length; i++) {
            long bits = random.nextLong();
            words[i] = switch (density) {
                case 0 -> bits & random.nextLong() & random.nextLong();
                case 1 -> bits & random.nextLong();
                case 2 -> bits;
                default -> bits | random.nextLong();
            };
        }
        words[words.length - 1] &= 0xFFFFL; // slots 320–335 only
        // the specification itself: slot i is bit i % 64 of word i / 64
        boolean[] model = slots(slot -> (words[slot / 64] & (1L << (slot % 64))) != 0);
        return new Sample(WeekGrid.ofWords(words), model);
    }

    /** The shapes people enter: up to seven ranges of up to eight hours, made with {@link WeekGrid#range}. */
    private static Sample fewRanges(SplittableRandom random) {
        WeekGrid grid = WeekGrid.EMPTY;
        boolean[] model = new boolean[SLOTS];
        int count = random.nextInt(8);
        for (int i = 0; i < count; i++) {
            DayOfWeek day = DayOfWeek.of(1 + random.nextInt(7));
            int from = random.nextInt(SLOTS_PER_DAY);
            int to = from + 1 + random.nextInt(Math.min(16, SLOTS_PER_DAY - from));
            grid = grid.union(WeekGrid.range(day, timeOf(from), timeOf(to)));
            for (int halfHour = from; halfHour < to; halfHour++) {
                model[(day.getValue() - 1) * SLOTS_PER_DAY + halfHour] = true;
            }
        }
        return new Sample(grid, model);
    }

    /** Nothing, everything, the ends of the week, days and words, every other half-hour, all of Sunday. */
    private static Sample cornerCase(SplittableRandom random) {
        IntPredicate set = switch (random.nextInt(7)) {
            case 0 -> slot -> false;
            case 1 -> slot -> true;
            case 2 -> slot -> slot == 0 || slot == SLOTS - 1;
            case 3 -> slot -> slot % SLOTS_PER_DAY == 0 || slot % SLOTS_PER_DAY == SLOTS_PER_DAY - 1;
            case 4 -> slot -> slot % 64 == 0 || slot % 64 == 63;
            case 5 -> slot -> slot % 2 == 0;
            default -> slot -> slot >= 6 * SLOTS_PER_DAY;
        };
        return new Sample(WeekGrid.ofSlots(IntStream.range(0, SLOTS).filter(set).toArray()), slots(set));
    }

    // ---- the model

    private static boolean[] slots(IntPredicate set) {
        boolean[] model = new boolean[SLOTS];
        for (int slot = 0; slot < SLOTS; slot++) {
            model[slot] = set.test(slot);
        }
        return model;
    }

    private static int count(boolean[] model) {
        return count(model, slot -> true);
    }

    private static int count(boolean[] model, IntPredicate where) {
        return (int) IntStream.range(0, SLOTS)
                .filter(slot -> model[slot] && where.test(slot))
                .count();
    }

    /** Walks each day half-hour by half-hour. */
    private static List<TimeRange> rangesOf(boolean[] model) {
        List<TimeRange> ranges = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            int dayStart = (day.getValue() - 1) * SLOTS_PER_DAY;
            int halfHour = 0;
            while (halfHour < SLOTS_PER_DAY) {
                if (!model[dayStart + halfHour]) {
                    halfHour++;
                    continue;
                }
                int from = halfHour;
                while (halfHour < SLOTS_PER_DAY && model[dayStart + halfHour]) {
                    halfHour++;
                }
                ranges.add(new TimeRange(day, timeOf(from), timeOf(halfHour)));
            }
        }
        return ranges;
    }

    private static void assertMatches(WeekGrid grid, boolean[] model) {
        boolean[] contains = new boolean[SLOTS];
        for (int slot = 0; slot < SLOTS; slot++) {
            contains[slot] = grid.contains(slot);
        }
        assertThat(contains).as("contains(slot) of %s", grid).containsExactly(model);
    }

    /** Half-hour 48 is 24:00, which {@code LocalTime} writes as midnight. */
    private static LocalTime timeOf(int halfHour) {
        return halfHour == SLOTS_PER_DAY ? LocalTime.MIDNIGHT : LocalTime.of(halfHour / 2, halfHour % 2 * 30);
    }
}
