package dk.jobandel.matching.engine.bench;

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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Target 4: the whole shortlist run — for each of {@value Fixtures#ROLES} roles the best 20 candidates and, for a
 * shared role, the best 10 teams over every eligible person ({@link TopTeamsBenchmark}) — against {@value Fixtures#FREELANCERS}
 * freelancers. Roles are spread over the common fork-join pool (a parallel stream), whose workers and the calling
 * thread use both cores; each role's own scan is parallel too. One shot per iteration, the time in seconds.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
@State(Scope.Benchmark)
public class ShortlistBenchmark {

    private MatchingData data;
    private List<RoleSnapshot> roles;

    @Setup(Level.Trial)
    public void setUp() {
        data = Fixtures.data();
        roles = Fixtures.roles();
        long shared = roles.stream().filter(r -> r.sharers() > 1).count();
        System.out.printf("%n[shortlist] %d roles (%d shared) x %d freelancers%n", roles.size(), shared, data.size());
    }

    /** Returns the number of candidates and teams found, so that nothing is optimised away. */
    @Benchmark
    public long shortlist() {
        return roles.parallelStream().mapToLong(this::shortlist).sum();
    }

    private long shortlist(RoleSnapshot role) {
        long found = MatchingEngine.topCandidates(role, data, 20).size();
        if (role.sharers() > 1) {
            found += MatchingEngine.topTeams(role, data, 10)
                    .size();
        }
        return found;
    }
}
