package dk.jobandel.impact.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatingSummaryTest {

    @Test
    void fewerThanFiveRatingsHideTheAverageAndTheCount() {
        RatingSummary four = RatingSummary.of(List.of(5, 5, 5, 1));
        assertThat(four.averageHidden()).isTrue();
        assertThat(four.ratings().hidden()).isTrue();
        RatingSummary none = RatingSummary.of(List.of());
        assertThat(none.ratings().value()).isZero();
        assertThat(none.averageHidden()).isTrue();
    }

    @Test
    void fiveOrMoreShowTheAverageToOneDecimalAndTheCountRoundedToFive() {
        RatingSummary five = RatingSummary.of(List.of(5, 4, 4, 3, 5));
        assertThat(five.average()).isEqualByComparingTo(new BigDecimal("4.2"));
        assertThat(five.ratings().value()).isEqualTo(5);
        RatingSummary seven = RatingSummary.of(List.of(1, 2, 3, 4, 5, 5, 5));
        assertThat(seven.average()).isEqualByComparingTo(new BigDecimal("3.6")); // 25 / 7 = 3.571…
        assertThat(seven.ratings().value()).isEqualTo(5); // 7 rounds to 5: the exact number is not given away
        assertThat(RatingSummary.of(List.of(3, 3, 3, 3, 3, 3, 3, 3)).ratings().value())
                .isEqualTo(10);
    }

    @Test
    void aRatingOutsideOneToFiveIsAProgrammingError() {
        assertThatThrownBy(() -> RatingSummary.of(List.of(0, 5, 5, 5, 5))).isInstanceOf(IllegalArgumentException.class);
    }
}
