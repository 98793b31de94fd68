package dk.jobandel.matching.engine.pool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The search's fast whole-portfolio check ({@code PoolModel.evaluate}) accepts exactly the portfolios that the
 * slot-by-slot checker ({@link PortfolioRules#violations}) accepts, and scores them as the slow reference does, on
 * random subsets of each generated worker's candidate needs (seeded).
 */
class PortfolioCheckAgreementTest {

    @Test
    void fastCheckAndCheckerAgreeOnRandomPortfolios() {
        SplittableRandom random = new SplittableRandom(0xA9_2EE);
        int accepted = 0;
        int refused = 0;
        var rules = new java.util.EnumMap<PortfolioRules.Rule, Integer>(PortfolioRules.Rule.class);
        for (int t = 0; t < 400; t++) {
            var instance = PoolGenerators.instance(random.split(), 12, 1);
            PoolWorker worker = instance.workers().getFirst();
            PoolModel model = new PoolModel(instance.needs(), List.of(worker), 40);
            int[] candidates = model.needsOf[0];
            for (int s = 0; s < 20 && candidates.length > 0; s++) {
                List<Integer> chosen = new ArrayList<>();
                for (int n : candidates) {
                    if (random.nextInt(3) == 0) {
                        chosen.add(n);
                    }
                }
                int[] list = chosen.stream().mapToInt(Integer::intValue).toArray();
                List<PoolNeed> needs = chosen.stream().map(n -> model.needs[n]).toList();
                boolean fast = model.evaluate(0, list, list.length);
                var violations = PortfolioRules.violations(worker, needs, 40);
                boolean slow = violations.isEmpty();
                violations.forEach(v -> rules.merge(v.rule(), 1, Integer::sum));
                assertThat(fast).as("try %d, needs %s", t, chosen).isEqualTo(slow);
                if (fast) {
                    accepted++;
                    var expected = PoolReference.score(worker, needs, 40);
                    assertThat(model.lastHalfHours).isEqualTo(expected.halfHours());
                    assertThat(model.lastSoft).isEqualTo(expected.soft());
                } else {
                    refused++;
                }
            }
        }
        assertThat(accepted).as("portfolios accepted").isGreaterThan(500);
        assertThat(refused).as("portfolios refused").isGreaterThan(500);
        // each rule a portfolio of candidate needs can break was broken somewhere
        assertThat(rules.keySet())
                .as("rules broken: %s", rules)
                .contains(
                        PortfolioRules.Rule.OVERLAP,
                        PortfolioRules.Rule.TRAVEL,
                        PortfolioRules.Rule.OVER_DESIRED_MAX,
                        PortfolioRules.Rule.DAILY_REST);
    }
}
