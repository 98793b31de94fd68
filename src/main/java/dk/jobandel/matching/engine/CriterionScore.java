package dk.jobandel.matching.engine;

/**
 * One criterion's part of a score.
 *
 * @param criterion what was scored
 * @param weight the points the criterion is worth
 * @param score how well it was met, 0–1
 */
public record CriterionScore(Criterion criterion, double weight, double score) {

    /** The points earned: weight × score. */
    public double points() {
        return weight * score;
    }
}
