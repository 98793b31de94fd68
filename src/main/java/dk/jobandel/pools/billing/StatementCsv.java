package dk.jobandel.pools.billing;

import dk.jobandel.pools.billing.CostedMonth.Line;
import dk.jobandel.pools.billing.CostedMonth.WorkerLine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A pool's whole month as CSV (RFC 4180, comma-separated, CRLF line ends): a header row, one row per worker and member
 * (in the month's order of workers, members by id), and a totals row. Hours with one decimal, amounts in kroner with
 * two; the worker's and the member's names in a column beside their ids, so the file reads without a look-up. Column
 * names are fixed identifiers, not prose, so the file reads the same whatever the reader's language.
 */
public final class StatementCsv {

    /** The CSV columns. */
    public static final List<String> HEADER = List.of(
            "month",
            "worker_id",
            "worker_name",
            "member_id",
            "member_name",
            "hours",
            "cost_dkk",
            "fee_dkk",
            "total_dkk");

    /** The label of the totals row, in the worker column. */
    public static final String TOTAL = "total";

    private StatementCsv() {}

    /**
     * The month as CSV. A name that a spreadsheet would take for a formula (it begins with {@code = + - @}, a tab or a
     * carriage return) is written with a leading apostrophe.
     */
    public static String write(CostedMonth month) {
        var out = new StringBuilder();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader(HEADER.toArray(String[]::new))
                .get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            long halfHours = 0;
            long cost = 0;
            long fee = 0;
            for (WorkerLine worker : month.workers()) {
                for (Line share : worker.shares()) {
                    printer.printRecord(
                            month.month(),
                            worker.freelancerId(),
                            cell(worker.name()),
                            share.organisationId(),
                            cell(share.organisationName()),
                            hours(share.halfHours()),
                            kroner(share.costOre()),
                            kroner(share.feeOre()),
                            kroner(share.totalOre()));
                    halfHours += share.halfHours();
                    cost += share.costOre();
                    fee += share.feeOre();
                }
            }
            printer.printRecord(
                    month.month(), TOTAL, "", "", "", hours(halfHours), kroner(cost), kroner(fee), kroner(cost + fee));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String cell(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String hours(long halfHours) {
        return BigDecimal.valueOf(halfHours * 5, 1).toPlainString();
    }

    private static String kroner(long ore) {
        return BigDecimal.valueOf(ore, 2).toPlainString();
    }
}
