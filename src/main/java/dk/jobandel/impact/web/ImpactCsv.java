package dk.jobandel.impact.web;

import dk.jobandel.impact.ImpactFigures.Report;
import dk.jobandel.impact.core.Dimension;
import dk.jobandel.impact.core.Measure;
import dk.jobandel.impact.core.PublishedFigures;
import dk.jobandel.impact.core.Shown;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * CSV files of the protected figures: a hidden figure is an empty cell, never a value. Headers and group names are in
 * the reader's language; numbers are plain digits for spreadsheets.
 */
@Component
class ImpactCsv {

    private final MessageSource messages;
    private final ImpactView view;

    ImpactCsv(MessageSource messages, ImpactView view) {
        this.messages = messages;
        this.view = view;
    }

    /** One breakdown: a row per group and the total. */
    String table(Report report, Dimension d, Locale locale) {
        var table = view.table(report, d, locale, "");
        List<String> header = new ArrayList<>();
        header.add(msg("impact.dimension." + ImpactView.slug(d), locale));
        for (Measure m : Measure.values()) {
            header.add(msg("impact.measure." + m.name(), locale));
        }
        return write(header, printer -> {
            for (var row : table.rows()) {
                List<Object> line = new ArrayList<>();
                line.add(row.label());
                row.values().forEach(s -> line.add(cell(s)));
                printer.printRecord(line);
            }
            List<Object> total = new ArrayList<>();
            total.add(msg("impact.total", locale));
            table.total().forEach(s -> total.add(cell(s)));
            printer.printRecord(total);
        });
    }

    /** The period's figures, one per line. */
    String figures(Report report, Locale locale) {
        PublishedFigures f = report.figures();
        return write(List.of(msg("impact.csv.figure", locale), msg("impact.csv.value", locale)), printer -> {
            printer.printRecord(
                    msg("impact.csv.period", locale),
                    report.period().from() + "/" + report.period().to());
            for (var line : ImpactPages.figureLines(f)) {
                printer.printRecord(msg("impact.figure." + line.key(), locale), cell(line.value()));
            }
        });
    }

    /**
     * The participant report in the European Social Fund's style, for the period: entries (people who started) and
     * outcomes (secure work, still in work after 6 months, ended early) by gender, age band and labour-market
     * situation, from people who consented to impact statistics (the rest are one group, "not stated").
     */
    String esf(Report report, Locale locale) {
        List<String> header = List.of(
                msg("impact.esf.period", locale),
                msg("impact.esf.characteristic", locale),
                msg("impact.esf.group", locale),
                msg("impact.esf.entries", locale),
                msg("impact.esf.secure", locale),
                msg("impact.esf.still6", locale),
                msg("impact.esf.endedEarly", locale));
        String period = report.period().from() + "/" + report.period().to();
        return write(header, printer -> {
            for (Dimension d : List.of(Dimension.GENDER, Dimension.AGE_BAND, Dimension.SITUATION)) {
                var table = view.table(report, d, locale, "");
                String characteristic = msg("impact.dimension." + ImpactView.slug(d), locale);
                for (var row : table.rows()) {
                    printer.printRecord(
                            period,
                            characteristic,
                            row.label(),
                            cell(row.value(Measure.PEOPLE)),
                            cell(row.value(Measure.SECURE)),
                            cell(row.value(Measure.STILL_AT_6_MONTHS)),
                            cell(row.value(Measure.ENDED_EARLY)));
                }
                printer.printRecord(
                        period,
                        characteristic,
                        msg("impact.total", locale),
                        cell(table.total(Measure.PEOPLE)),
                        cell(table.total(Measure.SECURE)),
                        cell(table.total(Measure.STILL_AT_6_MONTHS)),
                        cell(table.total(Measure.ENDED_EARLY)));
            }
        });
    }

    private static String cell(Shown shown) {
        return shown.hidden() ? "" : Long.toString(shown.value());
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    @FunctionalInterface
    interface Body {
        void write(CSVPrinter printer) throws IOException;
    }

    private static String write(List<String> header, Body body) {
        var out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader(header.toArray(String[]::new))
                .setRecordSeparator("\r\n")
                .get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            body.write(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
