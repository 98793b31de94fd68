package dk.jobandel.advisor.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A secure-terms score: for each {@link Principle} whether the basic and the advanced threshold is met (one point
 * each, ten at most), with the next step for every principle not yet at advanced.
 */
public record Score(Map<Principle, Reached> principles) {

    public static final int MAX = 2 * Principle.values().length;

    /** How far a principle's thresholds are met. */
    public enum Reached {
        NONE,
        BASIC,
        ADVANCED;

        int points() {
            return ordinal();
        }
    }

    /** The next step for one principle: reach {@code towards} (basic or advanced). */
    public record Step(Principle principle, Reached towards) {
        public String messageKey() {
            return "advisor.principle." + principle.name() + ".step." + towards.name();
        }
    }

    public Score {
        principles = Map.copyOf(principles);
    }

    public int points() {
        return principles.values().stream().mapToInt(Reached::points).sum();
    }

    public Reached of(Principle principle) {
        return principles.getOrDefault(principle, Reached.NONE);
    }

    public List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        for (Principle p : Principle.values()) {
            Reached reached = of(p);
            if (reached != Reached.ADVANCED) {
                steps.add(new Step(p, reached == Reached.NONE ? Reached.BASIC : Reached.ADVANCED));
            }
        }
        return List.copyOf(steps);
    }

    /** A cooperative's score: each principle at the level all its roles reach (the weakest role decides). */
    public static Score weakest(Collection<Score> scores) {
        Map<Principle, Reached> combined = new EnumMap<>(Principle.class);
        for (Principle p : Principle.values()) {
            Reached least = scores.isEmpty() ? Reached.NONE : Reached.ADVANCED;
            for (Score score : scores) {
                if (score.of(p).compareTo(least) < 0) {
                    least = score.of(p);
                }
            }
            combined.put(p, least);
        }
        return new Score(combined);
    }
}
