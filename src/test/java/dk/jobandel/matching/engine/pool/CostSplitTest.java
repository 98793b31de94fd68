package dk.jobandel.matching.engine.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.jobandel.matching.engine.pool.CostSplit.MemberShare;
import dk.jobandel.matching.engine.pool.CostSplit.Usage;
import dk.jobandel.matching.engine.pool.CostSplit.WorkerMonth;
import dk.jobandel.matching.engine.pool.CostSplit.WorkerTerms;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The monthly cost split: worked examples and exact sums on seeded random months. The CSV read back is the pools
 * module's ({@code pools.billing.StatementCsvTest}).
 */
class CostSplitTest {

    private static final YearMonth MONTH = YearMonth.of(2026, 11);

    @Test
    void workedExampleWithPensionHolidayPayAndFee() {
        // 180 kr an hour, 8 % pension, hourly paid; members used 20, 13 and 3.5 hours; pool fee 5 %
        var terms = new WorkerTerms(18_000, new BigDecimal("8.00"), true);
        WorkerMonth month = CostSplit.split(7, terms, new BigDecimal("5"), Map.of(100L, 40, 200L, 26, 300L, 7));
        assertThat(month.halfHours()).isEqualTo(73);
        assertThat(month.wageOre()).isEqualTo(657_000); // 36.5 h × 180 kr
        assertThat(month.pensionOre()).isEqualTo(52_560); // 8 %
        assertThat(month.holidayPayOre()).isEqualTo(82_125); // 12.5 %
        assertThat(month.costOre()).isEqualTo(791_685);
        assertThat(month.feeOre()).isEqualTo(39_584); // 5 % of 7,916.85 kr = 395.8425 kr
        // the cost divides evenly (10,845 øre a half-hour); the fee leaves 2 øre for the largest remainders
        assertThat(month.shares())
                .containsExactly(
                        new MemberShare(100, 40, 433_800, 21_690),
                        new MemberShare(200, 26, 281_970, 14_098),
                        new MemberShare(300, 7, 75_915, 3_796));
        assertThat(month.shares().stream().mapToLong(MemberShare::totalOre).sum())
                .isEqualTo(791_685 + 39_584);
    }

    @Test
    void equalRemaindersGoToTheLowerMemberId() {
        // 3 half-hours at 100.01 kr: 150.015 kr rounds to 150.02 kr; three equal shares of 50.00666… kr
        var terms = new WorkerTerms(10_001, BigDecimal.ZERO, false);
        WorkerMonth month = CostSplit.split(7, terms, BigDecimal.ZERO, Map.of(30L, 1, 10L, 1, 20L, 1));
        assertThat(month.costOre()).isEqualTo(15_002);
        assertThat(month.holidayPayOre()).isZero(); // salaried: no holiday pay on top
        assertThat(month.shares())
                .extracting(MemberShare::memberId, MemberShare::costOre)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(10L, 5_001L),
                        org.assertj.core.groups.Tuple.tuple(20L, 5_001L),
                        org.assertj.core.groups.Tuple.tuple(30L, 5_000L));
    }

    @Test
    void sharesAddUpExactlyOnRandomMonths() {
        SplittableRandom random = new SplittableRandom(0xC057_2026L);
        for (int t = 0; t < 2_000; t++) {
            var statement = randomStatement(random);
            for (WorkerMonth worker : statement.workers()) {
                long cost =
                        worker.shares().stream().mapToLong(MemberShare::costOre).sum();
                long fee =
                        worker.shares().stream().mapToLong(MemberShare::feeOre).sum();
                assertThat(cost).as("try %d worker %d", t, worker.workerId()).isEqualTo(worker.costOre());
                assertThat(fee).as("try %d worker %d", t, worker.workerId()).isEqualTo(worker.feeOre());
                assertThat(worker.costOre()).isEqualTo(worker.wageOre() + worker.pensionOre() + worker.holidayPayOre());
                for (MemberShare share : worker.shares()) {
                    // the exact proportional share rounded down, or one øre more
                    long floor = BigDecimal.valueOf(worker.costOre())
                            .multiply(BigDecimal.valueOf(share.halfHours()))
                            .divide(BigDecimal.valueOf(worker.halfHours()), 0, RoundingMode.FLOOR)
                            .longValueExact();
                    assertThat(share.costOre()).isBetween(floor, floor + 1);
                }
            }
            long byMember = statement.totalByMember().values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
            assertThat(byMember).isEqualTo(statement.totalOre());
        }
    }

    @Test
    void largestRemainderAddsUpAndBreaksTiesByKey() {
        SplittableRandom random = new SplittableRandom(11);
        for (int t = 0; t < 5_000; t++) {
            int n = 1 + random.nextInt(8);
            long[] weights = new long[n];
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                weights[i] = random.nextInt(random.nextBoolean() ? 3 : 200);
                keys[i] = 1000 - i * 7L;
            }
            weights[random.nextInt(n)] += 1;
            long total = random.nextLong(10_000_000);
            long[] shares = CostSplit.largestRemainder(total, weights, keys);
            assertThat(java.util.Arrays.stream(shares).sum()).as("try %d", t).isEqualTo(total);
        }
        assertThat(CostSplit.largestRemainder(2, new long[] {1, 1, 1}, new long[] {5, 3, 9}))
                .containsExactly(1, 1, 0); // the two lower keys, 3 and 5, get the øre left over
        assertThatThrownBy(() -> CostSplit.largestRemainder(1, new long[] {0}, new long[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static CostSplit.Statement randomStatement(SplittableRandom random) {
        int workers = 1 + random.nextInt(5);
        Map<Long, WorkerTerms> terms = new HashMap<>();
        List<Usage> usage = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            long workerId = 1 + w;
            terms.put(
                    workerId,
                    new WorkerTerms(
                            12_000 + random.nextInt(30_000),
                            BigDecimal.valueOf(random.nextInt(1500), 2),
                            random.nextBoolean()));
            int members = 1 + random.nextInt(6);
            for (int m = 0; m < members; m++) {
                usage.add(new Usage(workerId, 100 + random.nextInt(10), random.nextInt(1, 120)));
            }
        }
        BigDecimal fee = BigDecimal.valueOf(random.nextInt(1000), 2);
        return CostSplit.statement(MONTH, fee, terms, usage);
    }
}
