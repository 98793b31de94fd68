package dk.jobandel.platform.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * The one formatter for every number, amount and percentage shown on a page, as {@code #figures} in templates.
 * It writes numbers as the page's language does: {@code 1.234,5} on Danish pages and {@code 1,234.5} on English
 * ones, so a page never mixes the two.
 *
 * <p>One instance serves one template execution, on one thread (the dialect makes it per execution): it keeps the
 * formats it made, because making a {@link NumberFormat} for a locale costs far more than formatting with it, and a
 * list page formats hundreds of numbers. Not for sharing between threads.
 */
public final class Figures {

    /** Formats with 0-3 fixed decimals and compact ones with 0-3 at most, made on first use. */
    private final NumberFormat[] fixed = new NumberFormat[4];

    private final NumberFormat[] compact = new NumberFormat[4];

    private final Locale locale;

    public Figures(Locale locale) {
        this.locale = locale == null ? Locale.forLanguageTag("da") : locale;
    }

    public Locale locale() {
        return locale;
    }

    /** A number with exactly {@code fractionDigits} decimals, rounded half up; empty for no number. */
    public String decimal(Number value, int fractionDigits) {
        if (value == null) {
            return "";
        }
        NumberFormat format = fractionDigits >= 0 && fractionDigits < fixed.length ? fixed[fractionDigits] : null;
        if (format == null) {
            format = NumberFormat.getNumberInstance(locale);
            format.setGroupingUsed(true);
            format.setMinimumFractionDigits(fractionDigits);
            format.setMaximumFractionDigits(fractionDigits);
            format.setRoundingMode(RoundingMode.HALF_UP);
            if (fractionDigits >= 0 && fractionDigits < fixed.length) {
                fixed[fractionDigits] = format;
            }
        }
        return format.format(toBigDecimal(value));
    }

    /** A number with at most {@code maxFractionDigits} decimals and no trailing zeros ("17,5", "8"). */
    public String compact(Number value, int maxFractionDigits) {
        if (value == null) {
            return "";
        }
        NumberFormat format =
                maxFractionDigits >= 0 && maxFractionDigits < compact.length ? compact[maxFractionDigits] : null;
        if (format == null) {
            format = NumberFormat.getNumberInstance(locale);
            format.setMinimumFractionDigits(0);
            format.setMaximumFractionDigits(maxFractionDigits);
            format.setRoundingMode(RoundingMode.HALF_UP);
            if (maxFractionDigits >= 0 && maxFractionDigits < compact.length) {
                compact[maxFractionDigits] = format;
            }
        }
        return format.format(toBigDecimal(value));
    }

    /** A whole number with thousands grouped. */
    public String integer(Number value) {
        return decimal(value, 0);
    }

    /** Hours with one decimal ("17,5" / "17.5"). */
    public String hours(Number value) {
        return decimal(value, 1);
    }

    /** An amount in kroner with two decimals, without the currency ("1.234,50"). */
    public String amount(Number value) {
        return decimal(value, 2);
    }

    /** A share between 0 and 1 as a whole percentage number without the sign ("12"). */
    public String percentOf(Number share) {
        if (share == null) {
            return "";
        }
        return decimal(toBigDecimal(share).multiply(BigDecimal.valueOf(100)), 0);
    }

    private static BigDecimal toBigDecimal(Number value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(value.longValue());
        }
        return BigDecimal.valueOf(value.doubleValue());
    }
}
