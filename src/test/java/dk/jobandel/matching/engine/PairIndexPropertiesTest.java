package dk.jobandel.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The pair search's two ways of finding a member's partners ({@link TeamSearch.PairMode}): the scan of the partner
 * buckets, nice-to-have mask by mask, and the walk of the ball of answers within the distance the k-th score allows.
 * Forced one way or the other, or left to choose, the search must give exactly the top k of the exhaustive {@link
 * Reference}; and the ball sizes that decide between them must be the true counts. Seeded; a failure names the try
 * (docs/adr/0007-property-tests-without-jqwik.md).
 */
class PairIndexPropertiesTest {

    private static final long SEED = 0x0BA1_1019L;
    private static final int TRIES = 400;

    @Test
    void everyWayOfFindingPartnersGivesTheExhaustiveTopK() {
        var random = new SplittableRandom(SEED);
        long ballMembers = 0;
        int pairRoles = 0;
        for (int tryNumber = 1; tryNumber <= TRIES; tryNumber++) {
            var instance = Generators.instance(random);
            // every other try: answers close to one another, so that small balls and ties in work style are common
            List<FreelancerSnapshot> freelancers =
                    tryNumber % 2 == 0 ? instance.freelancers() : alike(instance.freelancers(), random);
            var data = MatchingData.of(freelancers);
            for (RoleSnapshot role : instance.roles()) {
                if (role.sharers() != 2) {
                    continue;
                }
                pairRoles++;
                List<Reference.ScoredTeam> slow = Reference.topTeams(role, freelancers, instance.k());
                for (TeamSearch.PairMode mode : TeamSearch.PairMode.values()) {
                    PreparedRole prepared = PreparedRole.of(role, data);
                    TeamSearch search = new TeamSearch(prepared, instance.k()).pairMode(mode);
                    List<Team> fast = search.run(MatchingEngine.eligibleIndexes(prepared));
                    if (mode == TeamSearch.PairMode.BALL) {
                        ballMembers += search.ballMembers();
                    }
                    assertThat(fast)
                            .extracting(Team::memberIds)
                            .as("try %d, role %d, %s", tryNumber, role.id(), mode)
                            .containsExactlyElementsOf(
                                    slow.stream().map(Reference.ScoredTeam::ids).toList());
                    for (int j = 0; j < fast.size(); j++) {
                        assertThat(fast.get(j).score())
                                .as("try %d, role %d, %s, team %d", tryNumber, role.id(), mode, j)
                                .isCloseTo(slow.get(j).score(), within(1e-9));
                    }
                }
            }
        }
        // the ball must really have been walked, or the property says nothing about it
        assertThat(pairRoles).isGreaterThan(TRIES / 2);
        assertThat(ballMembers).isGreaterThan(TRIES / 2);
    }

    @Test
    void theBallSizesAreTheCountsOfAnswerSetsWithinEachDistance() {
        var random = new SplittableRandom(SEED + 1);
        int questions = FreelancerSnapshot.WORK_STYLE_QUESTIONS;
        int points = (int) Math.pow(5, questions);
        for (int tryNumber = 1; tryNumber <= 6; tryNumber++) {
            int[] centre = new int[questions];
            int edge = 0;
            int near = 0;
            for (int q = 0; q < questions; q++) {
                centre[q] = 1 + random.nextInt(5);
                edge += centre[q] == 1 || centre[q] == 5 ? 1 : 0;
                near += centre[q] == 2 || centre[q] == 4 ? 1 : 0;
            }
            long[] atDistance = new long[4 * questions + 1];
            for (int point = 0; point < points; point++) {
                int distance = 0;
                for (int q = 0, rest = point; q < questions; q++, rest /= 5) {
                    distance += Math.abs(rest % 5 + 1 - centre[q]);
                }
                atDistance[distance]++;
            }
            long within = 0;
            for (int radius = 0; radius < atDistance.length; radius++) {
                within += atDistance[radius];
                assertThat(TeamSearch.BALL_SIZES[edge][near][radius])
                        .as("try %d, centre %s, radius %d", tryNumber, java.util.Arrays.toString(centre), radius)
                        .isEqualTo(within);
            }
        }
    }

    /** The same people with answers drawn near one shared set (a third not answering), for ties and small balls. */
    static List<FreelancerSnapshot> alike(List<FreelancerSnapshot> freelancers, SplittableRandom random) {
        int questions = FreelancerSnapshot.WORK_STYLE_QUESTIONS;
        byte[] shared = new byte[questions];
        for (int q = 0; q < questions; q++) {
            shared[q] = (byte) (1 + random.nextInt(5));
        }
        List<FreelancerSnapshot> result = new ArrayList<>();
        for (FreelancerSnapshot f : freelancers) {
            byte[] answers = new byte[0];
            if (random.nextInt(3) > 0) {
                answers = shared.clone();
                for (int changes = random.nextInt(4); changes > 0; changes--) {
                    int q = random.nextInt(questions);
                    answers[q] = (byte) Math.max(1, Math.min(5, answers[q] + (random.nextBoolean() ? 1 : -1)));
                }
            }
            result.add(new FreelancerSnapshot(
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
                    f.onSite(),
                    f.hybrid(),
                    f.remote(),
                    answers));
        }
        return result;
    }
}
