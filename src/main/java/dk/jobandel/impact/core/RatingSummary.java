package dk.jobandel.impact.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The firms' 1–5 ratings of closed guidance courses, in aggregate and under the same disclosure control as the other
 * figures: the number of ratings is shown as {@link Disclosure#count} shows people (hidden below {@value
 * Disclosure#MIN_GROUP}, rounded to {@value Disclosure#ROUND_TO}), and the average (to one decimal) only when at least
 * {@value Disclosure#MIN_GROUP} firms rated. No single rating is ever shown.
 *
 * @param ratings how many ratings, as shown
 * @param average the average rating, or {@code null} when hidden or when there are none
 */
public record RatingSummary(Shown ratings, @Nullable BigDecimal average) {

    public static RatingSummary of(List<Integer> ratings) {
        for (int r : ratings) {
            if (r < 1 || r > 5) {
                throw new IllegalArgumentException("A rating is 1 to 5: " + r);
            }
        }
        int n = ratings.size();
        if (n < Disclosure.MIN_GROUP) {
            return new RatingSummary(Disclosure.count(n), null);
        }
        long sum = 0;
        for (int r : ratings) {
            sum += r;
        }
        BigDecimal average = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP);
        return new RatingSummary(Disclosure.count(n), average);
    }

    public boolean averageHidden() {
        return average == null;
    }
}
