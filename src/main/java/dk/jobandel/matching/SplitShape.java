package dk.jobandel.matching;

import dk.jobandel.matching.engine.SplitRules;
import dk.jobandel.shared.WeekGrid;
import java.util.List;

/**
 * The matching engine's rule for the shape of a job-share split ({@link SplitRules}: within each run of the
 * schedule a chain of at most three stints, one person at a time except for exactly the handover overlap at each
 * change), for other modules: review checks a consultant's adjusted split against the very rule the engine
 * searched under.
 */
public final class SplitShape {

    private SplitShape() {}

    /** The first half-hour where the split breaks the rule, or -1 when it keeps it. */
    public static int firstViolation(WeekGrid schedule, int handoverHalfHours, List<WeekGrid> slots) {
        long[][] assigned = new long[slots.size()][];
        for (int m = 0; m < slots.size(); m++) {
            assigned[m] = words(slots.get(m));
        }
        return SplitRules.firstShapeViolation(words(schedule), handoverHalfHours, assigned);
    }

    private static long[] words(WeekGrid grid) {
        long[] words = new long[WeekGrid.WORDS];
        for (int w = 0; w < words.length; w++) {
            words[w] = grid.word(w);
        }
        return words;
    }
}
