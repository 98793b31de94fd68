package dk.jobandel.matching.engine;

import java.util.List;

/**
 * How a score came about, criterion by criterion, in the order of {@link Weights}. The points add up to the score
 * (up to rounding in the last bits; the score is the one the ranking used).
 */
public record Breakdown(List<CriterionScore> criteria) {

    public Breakdown {
        criteria = List.copyOf(criteria);
    }

    /** The score for one criterion. */
    public CriterionScore get(Criterion criterion) {
        return criteria.stream()
                .filter(c -> c.criterion() == criterion)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No " + criterion + " in this breakdown"));
    }

    /** The sum of the points. */
    public double total() {
        double total = 0;
        for (CriterionScore c : criteria) {
            total += c.points();
        }
        return total;
    }
}
