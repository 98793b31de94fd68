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
    void theBatchScoresExactlyAsOneByOne() {
        var random = new SplittableRandom(SEED ^ 3);
        forAll(instance -> {
            var data = MatchingData.of(instance.freelancers());
            for (RoleSnapshot role : instance.roles()) {
                var prepared = PreparedRole.of(role, data);
                int from = random.nextInt(data.size());
                int to = from + random.nextInt(data.size() - from + 1);
                int[] indexes = new int[to - from];
                double[] scores = new double[to - from];
                int n = MatchingEngine.scoreRange(prepared, from, to, indexes, scores);
                List<String> oneByOne = new ArrayList<>();
                for (int i = from; i < to; i++) {
                    double score = MatchingEngine.scoreOnly(prepared, i);
                    if (score != MatchingEngine.INELIGIBLE) {
                        oneByOne.add(i + "@" + score);
                    }
                }
                List<String> batch = new ArrayList<>();
                for (int j = 0; j < n; j++) {
                    batch.add(indexes[j] + "@" + scores[j]);
                }
                assertThat(batch)
                        .as("role %d over [%d, %d)", role.id(), from, to)
                        .isEqualTo(oneByOne);
            }
        });
    }

    /**
     * The first filter packs 61 skills and the three work modes into each word and reads only the word of the role's
     * rarest required skill: requirements around those word boundaries (and the bitsets' own 64-bit ones), any work
     * mode, and data without any skill, checked pair by pair against the reference and the batch against one by one.
     */
    @Test
    void requirementsAnywhereInTheSkillIndexAreCheckedAsTheReferenceSays() {
        int[] edges = {0, 1, 59, 60, 61, 62, 63, 64, 65, 120, 121, 122, 127, 128, 182, 183, 191, 192};
        var random = new SplittableRandom(SEED ^ 4);
        int eligible = 0;
        for (int tryNumber = 0; tryNumber < TRIES; tryNumber++) {
            boolean noSkills = random.nextInt(10) == 0;
            List<FreelancerSnapshot> freelancers = new ArrayList<>();
            for (int j = 0; j < 30; j++) {
                var builder = Snapshots.freelancer(1 + j)
                        .works(random.nextBoolean(), random.nextBoolean(), random.nextBoolean())
                        .wantsHalfHours(0, 40 + random.nextInt(60))
                        .travelsKm(random.nextInt(40))
                        .livesAt(
                                Snapshots.CPH_LAT + (random.nextDouble() - 0.5) * 0.4,
                                Snapshots.CPH_LON + (random.nextDouble() - 0.5) * 0.6);
                if (noSkills) {
                    builder.skillWords(0);
                } else {
                    int words = 1 + random.nextInt(4); // bitsets of different lengths in one data set
                    builder.skillWords(words);
                    for (int skill : edges) {
                        if (random.nextInt(3) > 0 && skill < 64 * words) {
                            builder.skill(skill, 1 + random.nextInt(3));
                        }
                    }
                }
                freelancers.add(fitting(builder.build()));
            }
            var data = MatchingData.of(freelancers);
            var role = Snapshots.role(500 + tryNumber)
                    .mode(WorkMode.values()[random.nextInt(3)])
                    .sharedBy(1 + random.nextInt(3));
            for (int j = random.nextInt(4); j > 0; j--) {
                role.everyoneNeeds(edges[random.nextInt(edges.length)], 1 + random.nextInt(3));
            }
            for (int j = random.nextInt(2); j > 0; j--) {
                role.someoneNeeds(edges[random.nextInt(edges.length)], 1 + random.nextInt(3));
            }
            RoleSnapshot snapshot = role.build();
            var prepared = PreparedRole.of(snapshot, data);
            int[] indexes = new int[data.size()];
            double[] scores = new double[data.size()];
            int n = MatchingEngine.scoreRange(prepared, 0, data.size(), indexes, scores);
            int batch = 0;
            for (int i = 0; i < data.size(); i++) {
                var expected = Reference.score(snapshot, freelancers.get(i));
                double actual = MatchingEngine.scoreOnly(prepared, i);
                assertThat(actual != MatchingEngine.INELIGIBLE)
                        .as("try %d, freelancer %d", tryNumber, i)
                        .isEqualTo(expected.isPresent());
                if (expected.isPresent()) {
                    eligible++;
                    assertThat(actual).isCloseTo(expected.get(), org.assertj.core.api.Assertions.within(TOLERANCE));
                    assertThat(batch).isLessThan(n);
                    assertThat(indexes[batch]).isEqualTo(i);
                    assertThat(scores[batch]).isEqualTo(actual);
                    batch++;
                }
            }
            assertThat(batch).isEqualTo(n);
        }
        // requirements nobody meets would make this vacuous
        assertThat(eligible).isGreaterThan(TRIES);
    }

    /** At least one work mode, so that the mode is a real test. */
    private static FreelancerSnapshot fitting(FreelancerSnapshot f) {
        if (f.onSite() || f.hybrid() || f.remote()) {
            return f;
        }
        return new FreelancerSnapshot(
                f.id(),
                f.atLeast1(),
                f.atLeast2(),
                f.atLeast3(),
                f.available(),
                f.desiredMinHalfHours(),
                f.desiredMaxHalfHours(),
                f.lat(),
                f.lon(),
                f.travelKm(),
                false,
                true,
                false,
                f.workStyle());
    }

    /**
     * Issue 19: the top k teams over every eligible person, not over a pool of the best single candidates, and
     * teams that are only valid with an uneven split among them.
     */
    @Test
    void topTeamsAreExactlyWhatExhaustiveSearchFinds() {
        int[] uneven = {0};
        forAll(instance -> {
            var data = MatchingData.of(instance.freelancers());
            for (RoleSnapshot role : instance.roles()) {
                if (role.sharers() < 2) {
                    continue;
                }
                List<Team> fast = MatchingEngine.topTeams(role, data, instance.k());
                List<Reference.ScoredTeam> slow = Reference.topTeams(role, instance.freelancers(), instance.k());
                uneven[0] += (int) fast.stream()
                        .filter(t -> t.breakdown().get(Criterion.FAIRNESS).score() < 1 - 1e-9)
                        .count();
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
        // teams that need an uneven split must be among those checked, or the property says little about them
        assertThat(uneven[0]).isGreaterThan(TRIES / 10);
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
                for (Team team : MatchingEngine.topTeams(role, data, instance.k())) {
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
                    assertThat(teamSummary(MatchingEngine.topTeams(role, shuffledData, instance.k())))
                            .isEqualTo(teamSummary(MatchingEngine.topTeams(role, data, instance.k())));
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
