package dk.jobandel.review.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.matching.MatchingProposals;
import dk.jobandel.matching.MatchingProposals.Member;
import dk.jobandel.matching.engine.Breakdown;
import dk.jobandel.matching.engine.Criterion;
import dk.jobandel.matching.engine.CriterionScore;
import dk.jobandel.matching.engine.SkillNeed;
import dk.jobandel.matching.engine.TeamReasons;
import dk.jobandel.review.Rights;
import dk.jobandel.roles.PayKind;
import dk.jobandel.shared.WeekGrid;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionSummaryTest {

    static final WeekGrid SCHEDULE = WeekGrid.parse("man 08:00–16:00, tir 08:00–16:00");
    static final Locale DANISH = Locale.of("da");

    static MatchingProposals.Proposal team(
            List<Member> members, List<SkillNeed> missing, int unanswered, double style) {
        var breakdown = new Breakdown(List.of(
                new CriterionScore(Criterion.COVERAGE, 35, 1),
                new CriterionScore(Criterion.TRAVEL, 10, 0.9),
                new CriterionScore(Criterion.WORK_STYLE, 10, style)));
        return new MatchingProposals.Proposal(
                1,
                1,
                1,
                MatchingProposals.Kind.TEAM,
                0,
                80,
                "UNREVIEWED",
                0,
                true,
                Instant.EPOCH,
                members,
                breakdown,
                null,
                new TeamReasons(List.of(), List.of(), missing, unanswered),
                List.of());
    }

    static Member member(long id, String slots, double km, int minHours, int maxHours) {
        WeekGrid grid = WeekGrid.parse(slots);
        return new Member(id, grid, grid.slotCount(), km, minHours * 2, maxHours * 2);
    }

    static DecisionSummary summary(MatchingProposals.Proposal proposal) {
        List<Rights> rights = proposal.members().stream()
                .map(m -> Rights.of(m.halfHours(), PayKind.HOURLY, new BigDecimal("180"), new BigDecimal("12")))
                .toList();
        return DecisionSummary.of(
                proposal,
                SCHEDULE,
                false,
                new BigDecimal("12"),
                Map.of(1L, "Victor", 2L, "Maja"),
                rights,
                id -> "Kok",
                DANISH);
    }

    static List<String> marks(DecisionSummary summary) {
        return summary.checks().stream()
                .map(c -> c.criterion() + " " + c.mark())
                .toList();
    }

    @Test
    void aTeamThatCoversEverythingWithinEveryonesHoursIsFineOnEveryCriterion() {
        DecisionSummary summary = summary(team(
                List.of(member(1, "man 08:00–16:00", 0, 5, 10), member(2, "tir 08:00–16:00", 12.5, 5, 10)),
                List.of(),
                0,
                0.85));

        assertThat(marks(summary))
                .containsExactly("coverage OK", "skills OK", "hours OK", "distance OK", "workStyle OK", "rights OK");
        assertThat(summary.people())
                .extracting(DecisionSummary.Person::distance)
                .containsExactly(null, "12,5");
        assertThat(summary.people()).extracting(DecisionSummary.Person::share).containsExactly("50", "50");
    }

    @Test
    void gapsMissingSkillsHoursOutsideWishesAndUnansweredWorkStyleAreWorthALook() {
        DecisionSummary summary = summary(team(
                List.of(member(1, "man 08:00–16:00", 3, 10, 20), member(2, "tir 08:00–10:00", 3, 1, 2)),
                List.of(new SkillNeed(4, 2)),
                1,
                0));

        assertThat(marks(summary))
                .containsExactly(
                        "coverage WARN", "skills WARN", "hours WARN", "distance OK", "workStyle WARN", "rights WARN");
        assertThat(summary.checks().getFirst().args()).containsExactly("10", "16", "tir 10:00–16:00");
        assertThat(summary.checks().get(1).args()).containsExactly("Kok");
        assertThat(summary.checks().get(2).args()).containsExactly("Victor 8");
        assertThat(summary.checks().get(5).key()).isEqualTo("review.check.rights.noStatement");
        assertThat(summary.checks().get(5).args()).containsExactly("Maja");
    }
}
