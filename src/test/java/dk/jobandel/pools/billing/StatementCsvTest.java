package dk.jobandel.pools.billing;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.matching.engine.pool.CostSplit;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** A pool's month as CSV: read back, every share's row and the totals are the same amounts; names cannot be formulas. */
class StatementCsvTest {

    private static final YearMonth MONTH = YearMonth.of(2026, 11);

    @Test
    void statementCsvReadsBackToTheSameAmounts() throws IOException {
        SplittableRandom random = new SplittableRandom(0xC5F);
        for (int t = 0; t < 200; t++) {
            CostedMonth month = randomMonth(random);
            List<CSVRecord> rows = read(StatementCsv.write(month));
            int shares =
                    month.workers().stream().mapToInt(w -> w.shares().size()).sum();
            assertThat(rows).hasSize(shares + 1);
            BigDecimal sum = BigDecimal.ZERO;
            int i = 0;
            for (CostedMonth.WorkerLine worker : month.workers()) {
                for (CostedMonth.Line share : worker.shares()) {
                    CSVRecord row = rows.get(i++);
                    assertThat(row.get("month")).isEqualTo("2026-11");
                    assertThat(Long.parseLong(row.get("worker_id"))).isEqualTo(worker.freelancerId());
                    assertThat(row.get("worker_name")).isEqualTo(worker.name());
                    assertThat(Long.parseLong(row.get("member_id"))).isEqualTo(share.organisationId());
                    assertThat(row.get("member_name")).isEqualTo(share.organisationName());
                    assertThat(new BigDecimal(row.get("hours")))
                            .isEqualByComparingTo(
                                    BigDecimal.valueOf(share.halfHours(), 0).divide(BigDecimal.TWO));
                    assertThat(new BigDecimal(row.get("total_dkk"))).isEqualTo(BigDecimal.valueOf(share.totalOre(), 2));
                    assertThat(new BigDecimal(row.get("cost_dkk")).add(new BigDecimal(row.get("fee_dkk"))))
                            .isEqualTo(new BigDecimal(row.get("total_dkk")));
                    sum = sum.add(new BigDecimal(row.get("total_dkk")));
                }
            }
            CSVRecord total = rows.getLast();
            assertThat(total.get("worker_id")).isEqualTo(StatementCsv.TOTAL);
            assertThat(new BigDecimal(total.get("total_dkk"))).isEqualTo(sum);
            assertThat(sum).isEqualTo(BigDecimal.valueOf(month.totalOre(), 2));
        }
    }

    @Test
    void aNameASpreadsheetWouldTakeForAFormulaGetsAnApostrophe() throws IOException {
        var share = new CostedMonth.Line(10, "=SUM(A1)", 2, 100, 8);
        var worker = new CostedMonth.WorkerLine(1, 7, "@Wilma", 2, 80, 8, 12, 100, 8, List.of(share));
        var month = new CostedMonth(1, "Pool", "Host", BigDecimal.ONE, MONTH, null, List.of(worker));

        CSVRecord row = read(StatementCsv.write(month)).getFirst();

        assertThat(row.get("worker_name")).isEqualTo("'@Wilma");
        assertThat(row.get("member_name")).isEqualTo("'=SUM(A1)");
    }

    private static List<CSVRecord> read(String csv) throws IOException {
        var format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (var parser = format.parse(new StringReader(csv))) {
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(StatementCsv.HEADER);
            return parser.getRecords();
        }
    }

    /** Up to five workers' months, each split by the engine among up to six of ten members. */
    private static CostedMonth randomMonth(SplittableRandom random) {
        BigDecimal fee = BigDecimal.valueOf(random.nextInt(1000), 2);
        List<CostedMonth.WorkerLine> workers = new ArrayList<>();
        for (int w = 1 + random.nextInt(5); w > 0; w--) {
            var terms = new CostSplit.WorkerTerms(
                    12_000 + random.nextInt(30_000), BigDecimal.valueOf(random.nextInt(1500), 2), random.nextBoolean());
            Map<Long, Integer> used = new TreeMap<>();
            for (int m = 1 + random.nextInt(6); m > 0; m--) {
                used.merge(100L + random.nextInt(10), random.nextInt(1, 120), Integer::sum);
            }
            CostSplit.WorkerMonth split = CostSplit.split(w, terms, fee, used);
            List<CostedMonth.Line> shares = split.shares().stream()
                    .map(s -> new CostedMonth.Line(
                            s.memberId(), "Member, " + s.memberId(), s.halfHours(), s.costOre(), s.feeOre()))
                    .toList();
            workers.add(new CostedMonth.WorkerLine(
                    w,
                    w,
                    "Worker \"" + w + "\"",
                    split.halfHours(),
                    split.wageOre(),
                    split.pensionOre(),
                    split.holidayPayOre(),
                    split.costOre(),
                    split.feeOre(),
                    shares));
        }
        return new CostedMonth(1, "Pool", "Host", fee, MONTH, null, workers);
    }
}
