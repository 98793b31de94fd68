package dk.jobandel.matching.engine.bench;

import dk.jobandel.matching.engine.FreelancerSnapshot;
import dk.jobandel.matching.engine.MatchingData;
import dk.jobandel.matching.engine.RoleSnapshot;
import java.util.List;

/**
 * The one synthetic world every benchmark uses, built once per JVM (each JMH fork builds its own, the same from the
 * same seeds): {@value #FREELANCERS} freelancers and {@value #ROLES} roles.
 */
public final class Fixtures {

    public static final int FREELANCERS = 100_000;
    public static final int ROLES = 5_000;
    public static final long FREELANCER_SEED = 42;
    public static final long ROLE_SEED = 7;

    /** The candidate pool for two-person teams: the best 200 single candidates, about 20,000 pairs at most. */
    public static final int TEAM_POOL_2 = 200;
    /** The candidate pool for three-person teams: the best 50, about 20,000 triples at most (C(50,3) = 19,600). */
    public static final int TEAM_POOL_3 = 50;

    private static MatchingData data;
    private static List<RoleSnapshot> roles;

    private Fixtures() {}

    public static synchronized MatchingData data() {
        if (data == null) {
            List<FreelancerSnapshot> freelancers = new SyntheticWorld().freelancers(FREELANCERS, FREELANCER_SEED);
            data = MatchingData.of(freelancers);
        }
        return data;
    }

    public static synchronized List<RoleSnapshot> roles() {
        if (roles == null) {
            roles = List.copyOf(new SyntheticWorld().roles(ROLES, ROLE_SEED));
        }
        return roles;
    }

    /** The first {@code count} roles shared by exactly {@code sharers} people, in generated order. */
    public static List<RoleSnapshot> rolesSharedBy(int sharers, int count) {
        return roles().stream().filter(r -> r.sharers() == sharers).limit(count).toList();
    }

    /** The pool size the benchmarks use for a role shared by {@code sharers}. */
    public static int teamPool(int sharers) {
        return sharers == 2 ? TEAM_POOL_2 : TEAM_POOL_3;
    }
}
