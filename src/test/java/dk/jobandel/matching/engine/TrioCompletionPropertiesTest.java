package dk.jobandel.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The trio search's completion bound ({@code TeamSearch.thirdsByIndex}: a fixed pair is left at once when no third
 * member left in the buckets that can complete it reaches the top k, by the best third member's bound or by the
 * spread of the pair's answers, {@code TeamSearch.spreadBound}) must give exactly the top k of the exhaustive
 * {@link Reference}, with it and without it; and the budget counts the pairs walked as well as the combinations
 * checked. Seeded; a failure names the try (docs/adr/0007-property-tests-without-jqwik.md).
 */
class TrioCompletionPropertiesTest {

    private static final long SEED = 0x3C0B_1019L;
    private static final int TRIES = 300;

    @Test
    void theCompletionBoundGivesTheExhaustiveTopK() {
        var random = new SplittableRandom(SEED);
        int trioRoles = 0;
        long cuts = 0;
        long spreadCuts = 0;
        for (int tryNumber = 1; tryNumber <= TRIES; tryNumber++) {
            var instance = Generators.instance(random);
            // every other try: answers close to one another, so that pairs near and far in answers both occur
            List<FreelancerSnapshot> freelancers = tryNumber % 2 == 0
                    ? instance.freelancers()
                    : PairIndexPropertiesTest.alike(instance.freelancers(), random);
            var data = MatchingData.of(freelancers);
            for (RoleSnapshot role : instance.roles()) {
                if (role.sharers() != 3) {
                    continue;
                }
                trioRoles++;
                List<Reference.ScoredTeam> slow = Reference.topTeams(role, freelancers, instance.k());
                // bound on, bound off, bound on with windows of one position (pairs back to the heap at every pop)
                int[] ways = {0, -1, 1};
                for (int way : ways) {
                    PreparedRole prepared = PreparedRole.of(role, data);
                    TeamSearch search = new TeamSearch(prepared, instance.k()).completionBound(way >= 0);
                    if (way > 0) {
                        search.thirdWindow(way);
                    }
                    List<Team> fast = search.run(MatchingEngine.eligibleIndexes(prepared));
                    if (way >= 0) {
                        cuts += search.completionCuts();
                        spreadCuts += search.spreadCuts();
                    }
                    String how = way < 0 ? "bound off" : way == 0 ? "bound on" : "bound on, window 1";
                    assertThat(search.exact())
                            .as("try %d, role %d, %s", tryNumber, role.id(), how)
                            .isTrue();
                    assertThat(fast)
                            .extracting(Team::memberIds)
                            .as("try %d, role %d, %s", tryNumber, role.id(), how)
                            .containsExactlyElementsOf(
                                    slow.stream().map(Reference.ScoredTeam::ids).toList());
                    for (int j = 0; j < fast.size(); j++) {
                        assertThat(fast.get(j).score())
                                .as("try %d, role %d, %s, team %d", tryNumber, role.id(), how, j)
                                .isCloseTo(slow.get(j).score(), within(1e-9));
                    }
                }
            }
        }
        // both parts of the bound must really have cut pairs, or the property says nothing about them
        assertThat(trioRoles).isGreaterThan(TRIES / 3);
        assertThat(cuts).isGreaterThan(TRIES);
        assertThat(spreadCuts).isGreaterThan(TRIES / 30);
    }

    @Test
    void theBudgetCountsPairsWalkedAsWellAsCombinationsChecked() {
        var random = new SplittableRandom(SEED + 1);
        int withPairsWalked = 0;
        for (int tryNumber = 1; tryNumber <= TRIES / 3; tryNumber++) {
            var instance = Generators.instance(random);
            var data = MatchingData.of(instance.freelancers());
            for (RoleSnapshot role : instance.roles()) {
                if (role.sharers() < 2) {
                    continue;
                }
                PreparedRole prepared = PreparedRole.of(role, data);
                int[] eligible = MatchingEngine.eligibleIndexes(prepared);
                TeamSearch unlimited = new TeamSearch(prepared, instance.k()).budget(Long.MAX_VALUE);
                List<Team> exact = unlimited.run(eligible);
                long work = unlimited.combinations() + unlimited.pairsWalked();
                if (work == 0) {
                    continue;
                }
                withPairsWalked += unlimited.pairsWalked() > 0 ? 1 : 0;
                TeamSearch enough = new TeamSearch(prepared, instance.k()).budget(work);
                assertThat(enough.run(eligible))
                        .as("try %d, role %d, budget %d", tryNumber, role.id(), work)
                        .extracting(Team::memberIds)
                        .containsExactlyElementsOf(
                                exact.stream().map(Team::memberIds).toList());
                assertThat(enough.exact())
                        .as("try %d, role %d, budget %d", tryNumber, role.id(), work)
                        .isTrue();
                // one unit short: stopped, not proven best, and no more work counted than the budget
                TeamSearch shortOne = new TeamSearch(prepared, instance.k()).budget(work - 1);
                shortOne.run(eligible);
                assertThat(shortOne.exact())
                        .as("try %d, role %d, budget %d", tryNumber, role.id(), work - 1)
                        .isFalse();
                assertThat(shortOne.combinations() + shortOne.pairsWalked())
                        .as("try %d, role %d", tryNumber, role.id())
                        .isLessThanOrEqualTo(work - 1);
            }
        }
        assertThat(withPairsWalked).isGreaterThan(TRIES / 10);
    }
}
