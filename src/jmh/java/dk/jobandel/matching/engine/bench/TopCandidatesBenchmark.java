package dk.jobandel.matching.engine.bench;

import dk.jobandel.matching.engine.Candidate;
import dk.jobandel.matching.engine.MatchingData;
import dk.jobandel.matching.engine.MatchingEngine;
import dk.jobandel.matching.engine.RoleSnapshot;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Target 2: the latency of the best 20 candidates for one role among {@value Fixtures#FREELANCERS} freelancers, as
 * a caller sees it ({@link MatchingEngine#topCandidates(RoleSnapshot, MatchingData, int)}: prepare the role, scan
 * — in parallel chunks on the common pool — and explain the 20). Each invocation takes the next of
 * {@value #ROLE_COUNT} generated roles, so the distribution is over roles as well as over runs.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class TopCandidatesBenchmark {

    static final int ROLE_COUNT = 512;

    private MatchingData data;
    private List<RoleSnapshot> roles;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        data = Fixtures.data();
        roles = Fixtures.roles().subList(0, ROLE_COUNT);
    }

    @Benchmark
    public List<Candidate> top20() {
        RoleSnapshot role = roles.get(next);
        next = (next + 1) % ROLE_COUNT;
        return MatchingEngine.topCandidates(role, data, 20);
    }
}
