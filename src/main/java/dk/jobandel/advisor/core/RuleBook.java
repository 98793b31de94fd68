package dk.jobandel.advisor.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Every threshold and rate of the terms check in one versioned place, each with its source: read from
 * {@code advisor/rules.properties}, so that a change of law is one edit there and the messages quote the new figure.
 *
 * @param version the rule book's version, shown with each finding's source
 * @param checked when the figures were last checked against their sources
 * @param sources the source text per topic ({@code contract-statement}, {@code salaried}, …)
 */
public record RuleBook(
        String version,
        LocalDate checked,
        BigDecimal contractStatementHours,
        BigDecimal contractStatementDays,
        BigDecimal salariedHours,
        BigDecimal holidayPayPercent,
        BigDecimal paidHolidayDaysPerMonth,
        BigDecimal weeklyHoursMax,
        BigDecimal dailyRestHours,
        BigDecimal weeklyRestHours,
        BigDecimal fullTimeHours,
        BigDecimal akasseHoursPerWeek,
        BigDecimal pensionAdvancedPercent,
        BigDecimal splitMaxSharePercent,
        Map<String, String> sources) {

    public static final String RESOURCE = "/advisor/rules.properties";

    public RuleBook {
        sources = Map.copyOf(sources);
    }

    /** The rule book shipped with the application. */
    public static RuleBook shipped() {
        try (InputStream in = RuleBook.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a rule book; a missing figure is an error, not a silent default. */
    public static RuleBook read(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, String> sources = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.endsWith(".source")) {
                sources.put(key.substring(0, key.length() - ".source".length()), p.getProperty(key));
            }
        }
        return new RuleBook(
                required(p, "version"),
                LocalDate.parse(required(p, "checked")),
                number(p, "contract-statement.hours"),
                number(p, "contract-statement.days"),
                number(p, "salaried.hours"),
                number(p, "holiday-pay.percent"),
                number(p, "paid-holiday.days-per-month"),
                number(p, "weekly-hours.max"),
                number(p, "daily-rest.hours"),
                number(p, "weekly-rest.hours"),
                number(p, "full-time.hours"),
                number(p, "akasse.hours-per-week"),
                number(p, "pension.advanced-percent"),
                number(p, "split.max-share-percent"),
                sources);
    }

    /** The source of a topic, e.g. {@code source("salaried")}. */
    public String source(String topic) {
        String text = sources.get(topic);
        if (text == null) {
            throw new IllegalArgumentException("no source for " + topic);
        }
        return text;
    }

    private static BigDecimal number(Properties p, String key) {
        return new BigDecimal(required(p, key).trim());
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("advisor rule book lacks " + key);
        }
        return value;
    }
}
