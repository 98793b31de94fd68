package dk.jobandel.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The engine against the slow {@link Reference} on {@value #TRIES} generated instances (5–40 freelancers, 1–4 roles,
 * realistic availability shapes and skills), and every team it proposes against the hard rules written out slot by
 * slot. Seeded, so every run checks the same instances; a failure names the try. Plain JUnit rather than jqwik: see
 * docs/adr/0007-property-tests-without-jqwik.md.
 */
class MatchingEnginePropertiesTest {

    private static final long SEED = 0x0B5E_2026L;
    private static final int TRIES = 400;
    private static final double TOLERANCE = 1e-9;

    /** One generated world: freelancers, roles, and the k and pool size to ask for. */
    record Instance(List<FreelancerSnapshot> freelancers, List<RoleSnapshot> roles, int k, int poolSize) {}

    @Test
    void topCandidatesAreExactlyTheReferenceRanking() {
        forAll(instance -> {
            var data = MatchingData.of(instance.freelancers());
            for (RoleSnapshot role : instance.roles()) {
                List<Candidate> fast = MatchingEngine.topCandidates(role, data, instance.k());
                List<Reference.Scored> slow = Reference.topCandidates(role, instance.freelancers(), instance.k());
                assertThat(fast)
                        .extracting(Candidate::freelancerId)
                        .as("role %d", role.id())
                        .containsExactlyElementsOf(
                                slow.stream().map(Reference.Scored::id).toList());
                for (int j = 0; j < fast.size(); j++) {
                    assertThat(fast.get(j).score())
                            .isCloseTo(slow.get(j).score(), org.assertj.core.api.Assertions.within(TOLERANCE));
                    assertThat(fast.get(j).breakdown().total())
                            .isCloseTo(fast.get(j).score(), org.assertj.core.api.Assertions.within(TOLERANCE));
                    assertThat(fast.get(j).score()).isBetween(0.0, 100.0);
                }
            }
        });
    }

    @Test
    void everyFreelancerScoresAsTheReferenceSays() {
        forAll(instance -> {
            var data = MatchingData.of(instance.freelancers());
            for (RoleSnapshot role : instance.roles()) {
                var prepared = PreparedRole.of(role, data);
                for (int i = 0; i < data.size(); i++) {
                    var expected = Reference.score(role, instance.freelancers().get(i));
                    double actual = MatchingEngine.scoreOnly(prepared, i);
                    if (expected.isEmpty()) {
                        assertThat(actual).isEqualTo(MatchingEngine.INELIGIBLE);
                        assertThat(MatchingEngine.explain(prepared, i)).isEmpty();
                    } else {
                        assertThat(actual).isCloseTo(expected.get(), org.assertj.core.api.Assertions.within(TOLERANCE));
                    }
                }
            }
        });
    }

    @Test
    void topTeamsAreExactlyWhatExhaustiveSearchFinds() {
        forAll(instance -> {
            var data = MatchingData.of(instance.freelancers());
            for (RoleSnapshot role : instance.roles()) {
                if (role.sharers() < 2) {
                    continue;
                }
                List<Team> fast = MatchingEngine.topTeams(role, data, instance.k(), instance.poolSize());
                List<Reference.ScoredTeam> slow =
                        Reference.topTeams(role, instance.freelancers(), instance.k(), instance.poolSize());
                assertThat(fast)
                        .extracting(Team::memberIds)
                        .as("role %d", role.id())
                        .containsExactlyElementsOf(
                                slow.stream().map(Reference.ScoredTeam::ids).toList());
                for (int j = 0; j < fast.size(); j++) {
                    assertThat(fast.get(j).score())
                            .isCloseTo(slow.get(j).score(), org.assertj.core.api.Assertions.within(TOLERANCE));
                    assertThat(fast.get(j).breakdown().total())
                            .isCloseTo(fast.get(j).score(), org.assertj.core.api.Assertions.within(TOLERANCE));
                }
            }
        });
    }

    @Test
    void everyTeamKeepsEveryHardRule() {
        int[] teamsChecked = {0};
        forAll(instance -> {
            var data = MatchingData.of(instance.freelancers());
            for (RoleSnapshot role : instance.roles()) {
                if (role.sharers() < 2) {
                    continue;
                }
                for (Team team : MatchingEngine.topTeams(role, data, instance.k(), instance.poolSize())) {
                    assertThat(TeamRules.violations(role, team, data))
                            .as("team %s", team.memberIds())
                            .isEmpty();
                    teamsChecked[0]++;
                }
            }
        });
        // a generator that never produced a team would make this property vacuous
        assertThat(teamsChecked[0]).isGreaterThan(TRIES / 2);
    }

    @Test
    void resultsDependNeitherOnRepetitionNorOnTheOrderOfTheData() {
        var shuffler = new SplittableRandom(SEED ^ 1);
        forAll(instance -> {
            var data = MatchingData.of(instance.freelancers());
            List<FreelancerSnapshot> shuffled = new ArrayList<>(instance.freelancers());
            Collections.shuffle(shuffled, new java.util.Random(shuffler.nextLong()));
            var shuffledData = MatchingData.of(shuffled);
            for (RoleSnapshot role : instance.roles()) {
                assertThat(summary(MatchingEngine.topCandidates(role, shuffledData, instance.k())))
                        .isEqualTo(summary(MatchingEngine.topCandidates(role, data, instance.k())))
                        .isEqualTo(summary(MatchingEngine.topCandidates(role, data, instance.k())));
                if (role.sharers() > 1) {
                    assertThat(teamSummary(
                                    MatchingEngine.topTeams(role, shuffledData, instance.k(), instance.poolSize())))
                            .isEqualTo(teamSummary(
                                    MatchingEngine.topTeams(role, data, instance.k(), instance.poolSize())));
                }
            }
        });
    }

    @Test
    void topRolesForAFreelancerFollowTheReferenceScores() {
        forAll(instance -> {
            var data = MatchingData.of(instance.freelancers());
            for (int i = 0; i < Math.min(5, data.size()); i++) {
                FreelancerSnapshot f = instance.freelancers().get(i);
                List<long[]> expected = new ArrayList<>();
                for (RoleSnapshot role : instance.roles()) {
                    var score = Reference.score(role, f);
                    score.ifPresent(s -> expected.add(new long[] {role.id(), Double.doubleToLongBits(s)}));
                }
                expected.sort((a, b) -> {
                    double sa = Double.longBitsToDouble(a[1]);
                    double sb = Double.longBitsToDouble(b[1]);
                    return sa != sb ? Double.compare(sb, sa) : Long.compare(a[0], b[0]);
                });
                List<Candidate> fast = MatchingEngine.topRolesFor(i, data, instance.roles(), instance.k());
                assertThat(fast)
                        .extracting(Candidate::roleId)
                        .containsExactlyElementsOf(expected.stream()
                                .limit(instance.k())
                                .map(e -> e[0])
                                .toList());
                assertThat(fast).allSatisfy(c -> assertThat(c.freelancerId()).isEqualTo(f.id()));
            }
        });
    }

    @Test
    void aLargeDataSetIsScannedInParallelWithTheSameResultAsOneByOne() {
        var random = new SplittableRandom(SEED ^ 2);
        List<FreelancerSnapshot> freelancers = new ArrayList<>();
        int size = MatchingEngine.PARALLEL_THRESHOLD + 7_000;
        for (int j = 0; j < size; j++) {
            freelancers.add(Generators.freelancer(random, size - j, 150)); // ids descending, against index order
        }
        var data = MatchingData.of(freelancers);
        for (int r = 0; r < 3; r++) {
            var prepared = PreparedRole.of(Generators.role(random, 1000 + r, 150), data);
            List<long[]> all = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                double score = MatchingEngine.scoreOnly(prepared, i);
                if (score != MatchingEngine.INELIGIBLE) {
                    all.add(new long[] {data.id(i), Double.doubleToLongBits(score)});
                }
            }
            all.sort((a, b) -> {
                double sa = Double.longBitsToDouble(a[1]);
                double sb = Double.longBitsToDouble(b[1]);
                return sa != sb ? Double.compare(sb, sa) : Long.compare(a[0], b[0]);
            });
            assertThat(MatchingEngine.topCandidates(prepared, 50))
                    .extracting(Candidate::freelancerId)
                    .containsExactlyElementsOf(
                            all.stream().limit(50).map(e -> e[0]).toList());
        }
    }

    private static List<String> summary(List<Candidate> candidates) {
        return candidates.stream().map(c -> c.freelancerId() + "@" + c.score()).toList();
    }

    private static List<String> teamSummary(List<Team> teams) {
        return teams.stream()
                .map(t -> t.memberIds() + "@" + t.score() + " " + t.handovers() + " "
                        + t.members().stream()
                                .map(m -> java.util.Arrays.toString(m.assignedSlots()))
                                .toList())
                .toList();
    }

    // ---- the harness

    private static void forAll(Consumer<Instance> property) {
        var random = new SplittableRandom(SEED);
        for (int tryNumber = 1; tryNumber <= TRIES; tryNumber++) {
            Instance instance = Generators.instance(random);
            Throwable failure = failure(property, instance);
            if (failure != null) {
                throw new AssertionError(
                        "Falsified on try %d of %d (seed %#x) by %s"
                                .formatted(tryNumber, TRIES, SEED, describe(instance)),
                        failure);
            }
        }
    }

    private static @Nullable Throwable failure(Consumer<Instance> property, Instance instance) {
        try {
            property.accept(instance);
            return null;
        } catch (AssertionError | RuntimeException failure) {
            return failure;
        }
    }

    private static String describe(Instance instance) {
        return "%d freelancers, roles %s, k %d, pool %d"
                .formatted(
                        instance.freelancers().size(),
                        instance.roles().stream()
                                .map(r -> r.id() + "(sharers " + r.sharers() + ", handover " + r.handoverHalfHours()
                                        + ", " + r.workMode() + ")")
                                .toList(),
                        instance.k(),
                        instance.poolSize());
    }
}
