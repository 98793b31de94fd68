package dk.jobandel.matching.engine;

import static dk.jobandel.matching.engine.Week.FRI;
import static dk.jobandel.matching.engine.Week.MON;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two examples of issue 19: teams that are only valid with an uneven split, because of the hours the people
 * want. The old planner aimed at even shares, ignored the wished hours and then refused its own split.
 */
class ExactSplitTest {

    static final long[] OFFICE_WEEK = Week.days(MON, FRI, "08:00", "17:00"); // 90 half-hours

    /**
     * A part-time person free all day who wants 20–35 h, a morning person and an afternoon person who want 15–22.5 h
     * each: an even third (15 h plus overlaps) is below the first person's wish.
     */
    @Test
    void aPartWeekPersonWithAMorningAndAnAfternoonPersonGetAValidSplit() {
        var role = Snapshots.role(1)
                .sharedBy(3)
                .schedule(OFFICE_WEEK)
                .handoverHalfHours(1)
                .build();
        var data = MatchingData.of(List.of(
                Snapshots.freelancer(11)
                        .available(Week.days(MON, FRI, "08:00", "17:00"))
                        .wantsHalfHours(40, 70)
                        .build(),
                Snapshots.freelancer(12)
                        .available(Week.days(MON, FRI, "08:00", "12:30"))
                        .wantsHalfHours(30, 45)
                        .build(),
                Snapshots.freelancer(13)
                        .available(Week.days(MON, FRI, "12:00", "17:00"))
                        .wantsHalfHours(30, 45)
                        .build()));
        List<Team> teams = MatchingEngine.topTeams(role, data, 5);
        assertThat(teams).hasSize(1);
        Team team = teams.getFirst();
        assertThat(TeamRules.violations(role, team, data)).isEmpty();
        assertThat(team.members())
                .allSatisfy(m -> assertThat(m.halfHours()).isBetween(m.desiredMinHalfHours(), m.desiredMaxHalfHours()));
    }

    /** Three full-day people, one of whom wants 25–30 h: an even third (15 h) is far below that. */
    @Test
    void threeFullDayPeopleOneOfWhomWantsMostOfTheWeek() {
        var role = Snapshots.role(2)
                .sharedBy(3)
                .schedule(OFFICE_WEEK)
                .handoverHalfHours(1)
                .build();
        var data = MatchingData.of(List.of(
                Snapshots.freelancer(21)
                        .available(Week.days(MON, FRI, "07:00", "18:00"))
                        .wantsHalfHours(50, 60)
                        .build(),
                Snapshots.freelancer(22)
                        .available(Week.days(MON, FRI, "07:00", "18:00"))
                        .build(),
                Snapshots.freelancer(23)
                        .available(Week.days(MON, FRI, "07:00", "18:00"))
                        .build()));
        List<Team> teams = MatchingEngine.topTeams(role, data, 5);
        assertThat(teams).hasSize(1);
        Team team = teams.getFirst();
        assertThat(TeamRules.violations(role, team, data)).isEmpty();
        TeamMember wantsMost = team.members().stream()
                .filter(m -> m.freelancerId() == 21)
                .findFirst()
                .orElseThrow();
        // as close to an even third as the wish allows: exactly the least they want
        assertThat(wantsMost.halfHours()).isEqualTo(50);
    }
}
