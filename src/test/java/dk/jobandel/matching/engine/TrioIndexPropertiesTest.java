package dk.jobandel.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The trio search's index of third members ({@code TeamSearch.thirdsByIndex}): for a fixed pair, only people in the
 * buckets that can complete it (the must-one skills it lacks, free at the sample half-hours it leaves open), run by
 * run of one nice-to-have mask with the trio's skills in the bound. With the index (in wide and in tiny windows, so
 * that pairs often go back to the heap) and without it, the search must give exactly the top k of the exhaustive
 * {@link Reference}. Seeded; a failure names the try (docs/adr/0007-property-tests-without-jqwik.md).
 */
class TrioIndexPropertiesTest {

    private static final long SEED = 0x7210_1019L;
    private static final int TRIES = 300;

    @Test
    void theIndexOfThirdMembersGivesTheExhaustiveTopK() {
        var random = new SplittableRandom(SEED);
        int trioRoles = 0;
        int indexed = 0;
        for (int tryNumber = 1; tryNumber <= TRIES; tryNumber++) {
            var instance = Generators.instance(random);
            var data = MatchingData.of(instance.freelancers());
            for (RoleSnapshot role : instance.roles()) {
                if (role.sharers() != 3) {
                    continue;
                }
                trioRoles++;
                List<Reference.ScoredTeam> slow = Reference.topTeams(role, instance.freelancers(), instance.k());
                // index off; index with the default window; index with windows of one and three positions
                int[] windows = {-1, 0, 1, 3};
                for (int window : windows) {
                    PreparedRole prepared = PreparedRole.of(role, data);
                    TeamSearch search = new TeamSearch(prepared, instance.k()).thirdIndex(window >= 0);
                    if (window > 0) {
                        search.thirdWindow(window);
                    }
                    List<Team> fast = search.run(MatchingEngine.eligibleIndexes(prepared));
                    if (window == 0 && search.thirdIndexed()) {
                        indexed++;
                    }
                    String way = window < 0 ? "scan" : window == 0 ? "index" : "index, window " + window;
                    assertThat(search.exact())
                            .as("try %d, role %d, %s", tryNumber, role.id(), way)
                            .isTrue();
                    assertThat(fast)
                            .extracting(Team::memberIds)
                            .as("try %d, role %d, %s", tryNumber, role.id(), way)
                            .containsExactlyElementsOf(
                                    slow.stream().map(Reference.ScoredTeam::ids).toList());
                    for (int j = 0; j < fast.size(); j++) {
                        assertThat(fast.get(j).score())
                                .as("try %d, role %d, %s, team %d", tryNumber, role.id(), way, j)
                                .isCloseTo(slow.get(j).score(), within(1e-9));
                    }
                }
            }
        }
        // the index must really have been used, or the property says nothing about it
        assertThat(trioRoles).isGreaterThan(TRIES / 3);
        assertThat(indexed).isGreaterThan(TRIES / 4);
    }
}
