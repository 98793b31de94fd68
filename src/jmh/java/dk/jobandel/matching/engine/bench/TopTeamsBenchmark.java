package dk.jobandel.matching.engine.bench;

import dk.jobandel.matching.engine.MatchingData;
import dk.jobandel.matching.engine.MatchingEngine;
import dk.jobandel.matching.engine.RoleSnapshot;
import dk.jobandel.matching.engine.Team;
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
 * Target 3: the latency of the best 10 job-share teams for one role among {@value Fixtures#FREELANCERS}
 * freelancers ({@link MatchingEngine#topTeams}: prepare, scan for every eligible person, search every combination
 * the bounds leave, within the search's budget; issue 19). Each invocation takes the next of {@value #ROLE_COUNT}
 * generated roles with that many sharers.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class TopTeamsBenchmark {

    static final int ROLE_COUNT = 128;

    private MatchingData data;
    private List<RoleSnapshot> pairs;
    private List<RoleSnapshot> triples;
    private int nextPair;
    private int nextTriple;

    @Setup(Level.Trial)
    public void setUp() {
        data = Fixtures.data();
        pairs = Fixtures.rolesSharedBy(2, ROLE_COUNT);
        triples = Fixtures.rolesSharedBy(3, ROLE_COUNT);
    }

    @Benchmark
    public List<Team> twoPerson() {
        return pair();
    }

    @Benchmark
    public List<Team> threePerson() {
        return triple();
    }

    private List<Team> pair() {
        RoleSnapshot role = pairs.get(nextPair);
        nextPair = (nextPair + 1) % pairs.size();
        return MatchingEngine.topTeams(role, data, 10);
    }

    private List<Team> triple() {
        RoleSnapshot role = triples.get(nextTriple);
        nextTriple = (nextTriple + 1) % triples.size();
        return MatchingEngine.topTeams(role, data, 10);
    }
}
