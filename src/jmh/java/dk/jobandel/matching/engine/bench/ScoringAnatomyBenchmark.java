package dk.jobandel.matching.engine.bench;

import dk.jobandel.matching.engine.FreelancerSnapshot;
import dk.jobandel.matching.engine.MatchingData;
import dk.jobandel.matching.engine.RoleSnapshot;
import dk.jobandel.matching.engine.SkillNeed;
import dk.jobandel.matching.engine.WorkMode;
import java.util.ArrayList;
import java.util.List;
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
 * Where the time of {@link ScoringBenchmark}'s engine figure goes: the same {@value ScoringBenchmark#ROLE_COUNT}
 * roles and {@value Fixtures#FREELANCERS} freelancers (pairs/s, single thread), with only the first two hard rules —
 * work mode and required skills, which between them reject about 90 % of all pairs here — written in the benchmark
 * over a copy of the same struct-of-arrays layout (a byte of modes, three cumulative skill bitsets of
 * {@link SyntheticWorld#SKILL_WORDS} words). Not the engine's code: an experiment to explain its figure.
 *
 * <ul>
 *   <li>{@code modeAndSkills_branchy}: the engine's shape — test the mode, skip; test the skills word by word over a
 *       run-time word count, skip.
 *   <li>{@code modeAndSkills_branchless}: the same answer with no data-dependent branch: the mode test as a mask
 *       and the four skill words unrolled, the verdict added as 0/1.
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
@State(Scope.Benchmark)
public class ScoringAnatomyBenchmark {

    private static final int WORDS = SyntheticWorld.SKILL_WORDS;

    private int size;
    private int words;
    private byte[] modes;
    private long[] skills1;
    private long[] skills2;
    private long[] skills3;
    /** Per role: the modes accepted (a mask over the mode byte), and the required bitsets per level. */
    private int[] acceptedModes;

    private long[][] required1;
    private long[][] required2;
    private long[][] required3;

    @Setup(Level.Trial)
    public void setUp() {
        MatchingData data = Fixtures.data();
        size = data.size();
        words = WORDS;
        modes = new byte[size];
        skills1 = new long[size * WORDS];
        skills2 = new long[size * WORDS];
        skills3 = new long[size * WORDS];
        for (int i = 0; i < size; i++) {
            FreelancerSnapshot f = data.freelancer(i);
            modes[i] = (byte) ((f.onSite() ? 1 : 0) | (f.hybrid() ? 2 : 0) | (f.remote() ? 4 : 0));
            System.arraycopy(f.atLeast1(), 0, skills1, i * WORDS, WORDS);
            System.arraycopy(f.atLeast2(), 0, skills2, i * WORDS, WORDS);
            System.arraycopy(f.atLeast3(), 0, skills3, i * WORDS, WORDS);
        }
        List<RoleSnapshot> roles = Fixtures.roles().subList(0, ScoringBenchmark.ROLE_COUNT);
        int n = roles.size();
        acceptedModes = new int[n];
        required1 = new long[n][WORDS];
        required2 = new long[n][WORDS];
        required3 = new long[n][WORDS];
        for (int r = 0; r < n; r++) {
            RoleSnapshot role = roles.get(r);
            acceptedModes[r] = role.workMode() == WorkMode.REMOTE ? 4 : role.workMode() == WorkMode.HYBRID ? 3 : 1;
            List<SkillNeed> needs = new ArrayList<>(role.mustEach());
            if (role.sharers() == 1) {
                needs.addAll(role.mustOne());
            }
            for (SkillNeed need : needs) {
                long bit = 1L << need.skillId();
                int w = need.skillId() >>> 6;
                required1[r][w] |= bit;
                required2[r][w] |= need.minLevel() >= 2 ? bit : 0;
                required3[r][w] |= need.minLevel() == 3 ? bit : 0;
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(ScoringBenchmark.PAIRS)
    public long modeAndSkills_branchy() {
        long passed = 0;
        for (int r = 0; r < acceptedModes.length; r++) {
            int accepted = acceptedModes[r];
            long[] q1 = required1[r];
            long[] q2 = required2[r];
            long[] q3 = required3[r];
            for (int i = 0; i < size; i++) {
                if ((modes[i] & accepted) == 0) {
                    continue;
                }
                int base = i * words;
                long missing = 0;
                for (int w = 0; w < words; w++) {
                    missing |=
                            (q1[w] & ~skills1[base + w]) | (q2[w] & ~skills2[base + w]) | (q3[w] & ~skills3[base + w]);
                }
                if (missing != 0) {
                    continue;
                }
                passed++;
            }
        }
        return passed;
    }

    @Benchmark
    @OperationsPerInvocation(ScoringBenchmark.PAIRS)
    public long modeAndSkills_branchless() {
        long passed = 0;
        for (int r = 0; r < acceptedModes.length; r++) {
            int accepted = acceptedModes[r];
            long[] q1 = required1[r];
            long[] q2 = required2[r];
            long[] q3 = required3[r];
            long a0 = q1[0], a1 = q1[1], a2 = q1[2], a3 = q1[3];
            long b0 = q2[0], b1 = q2[1], b2 = q2[2], b3 = q2[3];
            long c0 = q3[0], c1 = q3[1], c2 = q3[2], c3 = q3[3];
            for (int i = 0, b = 0; i < size; i++, b += WORDS) {
                long missing = (a0 & ~skills1[b])
                        | (a1 & ~skills1[b + 1])
                        | (a2 & ~skills1[b + 2])
                        | (a3 & ~skills1[b + 3])
                        | (b0 & ~skills2[b])
                        | (b1 & ~skills2[b + 1])
                        | (b2 & ~skills2[b + 2])
                        | (b3 & ~skills2[b + 3])
                        | (c0 & ~skills3[b])
                        | (c1 & ~skills3[b + 1])
                        | (c2 & ~skills3[b + 2])
                        | (c3 & ~skills3[b + 3]);
                // 1 when the mode fits and nothing is missing, else 0, without a branch
                long modeOk = (-(long) (modes[i] & accepted)) >>> 63;
                long skillsOk = ((missing | -missing) >>> 63) ^ 1;
                passed += modeOk & skillsOk;
            }
        }
        return passed;
    }
}
