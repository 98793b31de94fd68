package dk.jobandel.impact.web;

import dk.jobandel.impact.ImpactFigures.Report;
import dk.jobandel.impact.core.Dimension;
import dk.jobandel.impact.core.Measure;
import dk.jobandel.impact.core.PublishedTable;
import dk.jobandel.impact.core.Shown;
import dk.jobandel.shared.Municipality;
import dk.jobandel.shared.ReferenceData;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A report's breakdowns as pages, charts and CSV files show them: each group named in the reader's language. */
@Component
class ImpactView {

    private final MessageSource messages;
    private final ReferenceData referenceData;

    ImpactView(MessageSource messages, ReferenceData referenceData) {
        this.messages = messages;
        this.referenceData = referenceData;
    }

    /**
     * One group of a breakdown.
     *
     * @param peopleWidth the bar of people as a share of the chart's width (0–100), 0 when hidden
     * @param secureWidth the bar of people in secure work, likewise
     */
    record Row(String label, List<Shown> values, int peopleWidth, int secureWidth) {

        public Shown value(Measure m) {
            return values.get(m.ordinal());
        }

        public boolean hidden() {
            return value(Measure.PEOPLE).hidden();
        }
    }

    /** One breakdown with its rows, total and where its CSV file is. */
    record Table(Dimension dimension, List<Row> rows, List<Shown> total, boolean anyHidden, String csv) {

        public Shown total(Measure m) {
            return total.get(m.ordinal());
        }

        public String id() {
            return dimension.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The chart's height in its own units: one bar pair per row. */
        public int chartHeight() {
            return Math.max(1, rows.size()) * 24;
        }
    }

    List<Table> tables(Report report, Locale locale, String csvBase, String query) {
        List<Table> tables = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            if (report.has(d)) {
                tables.add(table(report, d, locale, csvBase + "/" + slug(d) + ".csv" + query));
            }
        }
        return tables;
    }

    Table table(Report report, Dimension d, Locale locale, String csv) {
        PublishedTable t = report.table(d);
        long max = t.max(Measure.PEOPLE);
        List<Row> rows = new ArrayList<>();
        for (PublishedTable.Row r : t.rows()) {
            rows.add(new Row(
                    label(report, d, r.key(), locale),
                    r.values(),
                    width(r.value(Measure.PEOPLE), max),
                    width(r.value(Measure.SECURE), max)));
        }
        return new Table(d, rows, t.total(), t.anyHidden(), csv);
    }

    static String slug(Dimension d) {
        return d.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Dimension dimension(String slug) {
        return Dimension.valueOf(slug.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    private static int width(Shown shown, long max) {
        return shown.hidden() ? 0 : (int) Math.round(100.0 * shown.orZero() / max);
    }

    String label(Report report, Dimension d, String key, Locale locale) {
        if (Dimension.NOT_STATED.equals(key)) {
            return messages.getMessage("impact.group.NOT_STATED", null, locale);
        }
        return switch (d) {
            case REGION ->
                referenceData.regions().stream()
                        .filter(r -> Short.toString(r.code()).equals(key))
                        .map(r -> r.name(locale))
                        .findFirst()
                        .orElse(key);
            case MUNICIPALITY -> referenceData.municipalityName(Short.parseShort(key));
            case ORGANISATION -> report.organisationNames().getOrDefault(Long.parseLong(key), key);
            case MONTH -> YearMonth.parse(key).format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
            default -> messages.getMessage("impact." + slug(d) + "." + key, null, key, locale);
        };
    }

    List<Municipality> municipalities() {
        return referenceData.municipalities().stream()
                .sorted(java.util.Comparator.comparing(Municipality::name))
                .toList();
    }
}
