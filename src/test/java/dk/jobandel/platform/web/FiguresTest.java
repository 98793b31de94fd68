package dk.jobandel.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FiguresTest {

    final Figures danish = new Figures(Locale.forLanguageTag("da"));
    final Figures english = new Figures(Locale.ENGLISH);

    @Test
    void numbersAreWrittenAsThePagesLanguageWritesThem() {
        assertThat(danish.decimal(1234.5, 1)).isEqualTo("1.234,5");
        assertThat(english.decimal(1234.5, 1)).isEqualTo("1,234.5");
        assertThat(danish.amount(new BigDecimal("1234.5"))).isEqualTo("1.234,50");
        assertThat(danish.integer(37)).isEqualTo("37");
        assertThat(danish.percentOf(0.125)).isEqualTo("13");
        assertThat(danish.decimal(null, 1)).isEmpty();
    }

    @Test
    void eachPrecisionKeepsItsOwnFormatWhenFormatsAreReused() {
        // the same instance formats with several precisions in turn, as one page does
        assertThat(danish.decimal(17.25, 1)).isEqualTo("17,3");
        assertThat(danish.integer(17.5)).isEqualTo("18");
        assertThat(danish.decimal(17.25, 1)).isEqualTo("17,3");
        assertThat(danish.compact(17.5, 1)).isEqualTo("17,5");
        assertThat(danish.compact(8, 1)).isEqualTo("8");
        assertThat(danish.decimal(8, 2)).isEqualTo("8,00");
        assertThat(danish.decimal(1.23456, 5)).isEqualTo("1,23456");
        assertThat(danish.integer(2.5)).isEqualTo("3");
    }
}
