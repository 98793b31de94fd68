package dk.jobandel.matching.core;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.matching.engine.FreelancerSnapshot;
import dk.jobandel.matching.engine.MatchingData;
import dk.jobandel.matching.engine.RoleSnapshot;
import dk.jobandel.matching.engine.WorkMode;
import dk.jobandel.shared.WeekGrid;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Which published roles a change affects: the roles it names, the roles a changed person is proposed for, and the
 * roles a changed person is now eligible for; in the published order.
 */
class AffectedRolesTest {

    private static final double LAT = 55.6761;
    private static final double LON = 12.5683;

    /** Roles 1, 2 and 3 each need skill 1, 2 or 3; person 11 holds skill 1, person 12 skill 2. */
    private final List<RoleSnapshot> published = List.of(role(1, 1), role(2, 2), role(3, 3));

    private final MatchingData data = MatchingData.of(List.of(person(11, 1), person(12, 2)));

    @Test
    void withoutPeopleOnlyTheNamedPublishedRoles() {
        assertThat(ids(AffectedRoles.of(published, data, Set.of(3L, 4L), Set.of(), List.of(1L))))
                .containsExactly(3L);
    }

    @Test
    void aChangedPersonAddsTheRolesTheyAreEligibleForAndProposedFor() {
        assertThat(ids(AffectedRoles.of(published, data, Set.of(), Set.of(11L), List.of(3L))))
                .containsExactly(1L, 3L);
        assertThat(ids(AffectedRoles.of(published, data, Set.of(3L), Set.of(11L, 12L), List.of())))
                .containsExactly(1L, 2L, 3L);
    }

    @Test
    void aPersonNoLongerMatchableAffectsOnlyTheRolesTheyWereProposedFor() {
        assertThat(ids(AffectedRoles.of(published, data, Set.of(), Set.of(99L), List.of(2L))))
                .containsExactly(2L);
        assertThat(ids(AffectedRoles.of(published, data, Set.of(), Set.of(99L), List.of())))
                .isEmpty();
    }

    private static List<Long> ids(List<RoleSnapshot> roles) {
        return roles.stream().map(RoleSnapshot::id).toList();
    }

    private static RoleSnapshot role(long id, int skill) {
        WeekGrid schedule = WeekGrid.range(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(16, 0));
        return new RoleSnapshot(
                id,
                words(schedule),
                1,
                0,
                new int[0],
                new long[] {1L << skill},
                new long[1],
                new long[1],
                List.of(),
                List.of(),
                LAT,
                LON,
                WorkMode.ON_SITE);
    }

    private static FreelancerSnapshot person(long id, int skill) {
        return new FreelancerSnapshot(
                id,
                new long[] {1L << skill},
                new long[1],
                new long[1],
                words(WeekGrid.FULL),
                0,
                96,
                LAT,
                LON,
                30,
                true,
                true,
                true,
                new byte[0]);
    }

    private static long[] words(WeekGrid grid) {
        long[] words = new long[WeekGrid.WORDS];
        for (int i = 0; i < WeekGrid.WORDS; i++) {
            words[i] = grid.word(i);
        }
        return words;
    }
}
