package dk.jobandel.advisor.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreCardUnitTest {

    private final ScoreCard card = new ScoreCard(RuleBook.shipped());

    @Test
    void aSoundRoleReachesEveryAdvancedThreshold() {
        Score score = card.score(TermsMother.jobShare().build());
        assertThat(score.points()).isEqualTo(Score.MAX);
        assertThat(score.steps()).isEmpty();
    }

    @Test
    void aWeakRoleScoresLowWithAStepPerPrinciple() {
        Score score = card.score(TermsMother.jobShare()
                .hours("10")
                .split(80, 20)
                .handover(0)
                .pension("0")
                .agreement(null, null, null)
                .fullTime(null, null)
                .membership(false)
                .build());
        assertThat(score.points()).isZero();
        assertThat(score.steps()).extracting(Score.Step::messageKey).contains("advisor.principle.PAY.step.BASIC");
        assertThat(score.steps()).hasSize(5);
    }

    @Test
    void pensionBelowTheAdvancedRateKeepsPayAtBasic() {
        Score score = card.score(TermsMother.jobShare()
                .pension("8")
                .agreement("HK", "150", null)
                .fullTime(null, null)
                .build());
        assertThat(score.of(Principle.PAY)).isEqualTo(Score.Reached.BASIC);
        assertThat(score.steps()).contains(new Score.Step(Principle.PAY, Score.Reached.ADVANCED));
    }

    @Test
    void theCooperativeIsAsStrongAsItsWeakestRole() {
        Score strong = card.score(TermsMother.jobShare().build());
        Score weak = card.score(TermsMother.jobShare().membership(false).build());
        Score both = Score.weakest(List.of(strong, weak));
        assertThat(both.of(Principle.REPRESENTATION)).isEqualTo(Score.Reached.BASIC);
        assertThat(both.points()).isEqualTo(Score.MAX - 1);
        assertThat(Score.weakest(List.of()).points()).isZero();
    }
}
