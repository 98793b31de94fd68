package dk.jobandel.matching.engine.bench;

import dk.jobandel.matching.engine.MatchingData;
import dk.jobandel.matching.engine.MatchingEngine;
import dk.jobandel.matching.engine.PreparedRole;
import dk.jobandel.matching.engine.Slots;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Target 1: freelancer–role pairs scored per second. One operation is one pair: an invocation scores all
 * {@value Fixtures#FREELANCERS} freelancers against {@value #ROLE_COUNT} roles ({@value #PAIRS} pairs), role by role
 * as the engine's scan does, so JMH's ops/s is pairs/s. With {@code @Threads(2)} each thread does the whole
 * invocation and JMH adds the two threads' rates.
 *
 * <p>Two ways through the engine: {@code engineScoreOnly} calls {@link MatchingEngine#scoreOnly} for each pair, and
 * {@code engineScoreRange} calls the batch form {@link MatchingEngine#scoreRange} over blocks of {@value #BLOCK}
 * freelancers, which is what the engine's own scan does. Both give the same scores (checked in the setup).
 *
 * <p>Beside them, the practical limit: a bare loop over a copy of the same availability words (six per freelancer)
 * that ANDs each with the role's schedule, popcounts and sums — the memory traffic and arithmetic of the cheapest
 * part of scoring and nothing else.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ScoringBenchmark {

    static final int ROLE_COUNT = 32;
    static final int PAIRS = Fixtures.FREELANCERS * ROLE_COUNT;
    /** The block the batch variant scores at a time, as the engine's scan does. */
    static final int BLOCK = 1_024;

    private PreparedRole[] roles;
    private long[][] schedules;
    private long[] available;
    private int size;

    @Setup(Level.Trial)
    public void setUp() {
        MatchingData data = Fixtures.data();
        size = data.size();
        if (size != Fixtures.FREELANCERS) {
            throw new IllegalStateException("Expected " + Fixtures.FREELANCERS + " freelancers, got " + size);
        }
        roles = Fixtures.roles().stream()
                .limit(ROLE_COUNT)
                .map(role -> PreparedRole.of(role, data))
                .toArray(PreparedRole[]::new);
        schedules = new long[ROLE_COUNT][];
        for (int r = 0; r < ROLE_COUNT; r++) {
            schedules[r] = roles[r].role().schedule();
        }
        available = new long[size * Slots.WORDS];
        for (int i = 0; i < size; i++) {
            System.arraycopy(data.freelancer(i).available(), 0, available, i * Slots.WORDS, Slots.WORDS);
        }
        long eligible = 0;
        for (PreparedRole role : roles) {
            for (int i = 0; i < size; i++) {
                eligible += MatchingEngine.scoreOnly(role, i) != MatchingEngine.INELIGIBLE ? 1 : 0;
            }
        }
        long one = scoreAll();
        long batch = scoreRangeAll(new Buffers());
        if (one != batch) {
            throw new IllegalStateException("scoreOnly and scoreRange disagree: " + one + " against " + batch);
        }
        System.out.printf(
                "%n[scoring] %d roles x %d freelancers; eligible pairs %d (%.2f %%)%n",
                ROLE_COUNT, size, eligible, 100.0 * eligible / PAIRS);
    }

    @Benchmark
    @Threads(1)
    @OperationsPerInvocation(PAIRS)
    public long engineScoreOnly_1thread() {
        return scoreAll();
    }

    @Benchmark
    @Threads(2)
    @OperationsPerInvocation(PAIRS)
    public long engineScoreOnly_2threads() {
        return scoreAll();
    }

    @Benchmark
    @Threads(1)
    @OperationsPerInvocation(PAIRS)
    public long engineScoreRange_1thread(Buffers buffers) {
        return scoreRangeAll(buffers);
    }

    @Benchmark
    @Threads(2)
    @OperationsPerInvocation(PAIRS)
    public long engineScoreRange_2threads(Buffers buffers) {
        return scoreRangeAll(buffers);
    }

    @Benchmark
    @Threads(1)
    @OperationsPerInvocation(PAIRS)
    public long bareAndPopcount_1thread() {
        return andPopcountAll();
    }

    @Benchmark
    @Threads(2)
    @OperationsPerInvocation(PAIRS)
    public long bareAndPopcount_2threads() {
        return andPopcountAll();
    }

    /** The engine's hot path: every pair through {@link MatchingEngine#scoreOnly}. */
    private long scoreAll() {
        long eligible = 0;
        double sum = 0;
        for (PreparedRole role : roles) {
            for (int i = 0; i < size; i++) {
                double score = MatchingEngine.scoreOnly(role, i);
                if (score != MatchingEngine.INELIGIBLE) {
                    eligible++;
                    sum += score;
                }
            }
        }
        return eligible + (long) sum;
    }

    /** Each thread's scratch arrays for {@link MatchingEngine#scoreRange}. */
    @State(Scope.Thread)
    public static class Buffers {
        final int[] indexes = new int[BLOCK];
        final double[] scores = new double[BLOCK];
    }

    /** The engine's batch hot path: every pair through {@link MatchingEngine#scoreRange}, a block at a time. */
    private long scoreRangeAll(Buffers buffers) {
        int[] indexes = buffers.indexes;
        double[] scores = buffers.scores;
        long eligible = 0;
        double sum = 0;
        for (PreparedRole role : roles) {
            for (int from = 0; from < size; from += BLOCK) {
                int n = MatchingEngine.scoreRange(role, from, Math.min(size, from + BLOCK), indexes, scores);
                eligible += n;
                for (int j = 0; j < n; j++) {
                    sum += scores[j];
                }
            }
        }
        return eligible + (long) sum;
    }

    /** The practical limit: AND six words, popcount, sum. */
    private long andPopcountAll() {
        long[] a = available;
        long total = 0;
        for (long[] s : schedules) {
            long s0 = s[0];
            long s1 = s[1];
            long s2 = s[2];
            long s3 = s[3];
            long s4 = s[4];
            long s5 = s[5];
            for (int i = 0, b = 0; i < size; i++, b += Slots.WORDS) {
                total += Long.bitCount(s0 & a[b])
                        + Long.bitCount(s1 & a[b + 1])
                        + Long.bitCount(s2 & a[b + 2])
                        + Long.bitCount(s3 & a[b + 3])
                        + Long.bitCount(s4 & a[b + 4])
                        + Long.bitCount(s5 & a[b + 5]);
            }
        }
        return total;
    }
}
