package dk.jobandel.matching.engine.pool;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A pool's monthly cost split: what each member pays for the hours it used of each worker, to the øre.
 *
 * <p>For each worker the month's cost is worked out as on a payslip, each amount rounded to the øre (half up): the
 * wage (half-hours used × the hourly wage ÷ 2), the employer's pension (the pension percentage of the wage), holiday
 * pay for the hourly-paid (12.5 % of the wage; salaried staff keep their pay on holiday, which this does not cover),
 * together the cost; then the pool fee (the fee percentage of the cost). The cost and the fee are then each split
 * among the members in proportion to the half-hours each used, by the largest-remainder method: every member gets
 * the øre its exact share rounds down to, and the øre left over go one each to the largest fractional remainders,
 * ties to the lower member id. So the members' shares add up exactly to the worker's cost plus fee, and the pool's
 * totals to the sum over its workers, with integer arithmetic throughout.
 *
 * <p>Only the arithmetic: the statements that show it and their CSV file are the pools module's billing
 * ({@code dk.jobandel.pools.billing}).
 */
public final class CostSplit {

    /** Holiday pay (feriepenge) for hourly-paid staff, percent of the wage. */
    public static final BigDecimal HOLIDAY_PAY_PERCENT = new BigDecimal("12.5");

    private CostSplit() {}

    /**
     * A worker's pay terms.
     *
     * @param hourlyWageOre gross wage per hour, in øre
     * @param pensionPercent the employer's pension contribution, percent of the wage (e.g. 8.00)
     * @param hourlyPaid paid by the hour, so holiday pay of 12.5 % is added
     */
    public record WorkerTerms(long hourlyWageOre, BigDecimal pensionPercent, boolean hourlyPaid) {

        public WorkerTerms {
            if (hourlyWageOre < 0 || pensionPercent.signum() < 0) {
                throw new IllegalArgumentException("Wage and pension must not be negative");
            }
        }
    }

    /** Half-hours a member used of a worker in the month. */
    public record Usage(long workerId, long memberId, int halfHours) {

        public Usage {
            if (halfHours < 0) {
                throw new IllegalArgumentException("Half-hours must not be negative");
            }
        }
    }

    /** One member's share of one worker's month, in øre. */
    public record MemberShare(long memberId, int halfHours, long costOre, long feeOre) {

        public long totalOre() {
            return costOre + feeOre;
        }
    }

    /**
     * One worker's month: the payslip amounts and the members' shares, which add up to {@code costOre} and {@code
     * feeOre} exactly.
     */
    public record WorkerMonth(
            long workerId,
            int halfHours,
            long wageOre,
            long pensionOre,
            long holidayPayOre,
            long costOre,
            long feeOre,
            List<MemberShare> shares) {

        public WorkerMonth {
            shares = List.copyOf(shares);
        }

        public long totalOre() {
            return costOre + feeOre;
        }
    }

    /** A pool's month: every worker's split. */
    public record Statement(YearMonth month, BigDecimal feePercent, List<WorkerMonth> workers) {

        public Statement {
            workers = List.copyOf(workers);
        }

        /** What each member pays in all, by member id, in øre. */
        public SortedMap<Long, Long> totalByMember() {
            var totals = new TreeMap<Long, Long>();
            for (WorkerMonth worker : workers) {
                for (MemberShare share : worker.shares()) {
                    totals.merge(share.memberId(), share.totalOre(), Long::sum);
                }
            }
            return totals;
        }

        /** The workers' cost plus fees, in øre. */
        public long totalOre() {
            return workers.stream().mapToLong(WorkerMonth::totalOre).sum();
        }
    }

    /** One worker's month from the half-hours each member used. */
    public static WorkerMonth split(
            long workerId, WorkerTerms terms, BigDecimal feePercent, Map<Long, Integer> halfHoursByMember) {
        var byMember = new TreeMap<>(halfHoursByMember);
        long halfHours = 0;
        for (int h : byMember.values()) {
            if (h < 0) {
                throw new IllegalArgumentException("Half-hours must not be negative");
            }
            halfHours += h;
        }
        // half-hours × hourly wage ÷ 2, rounded half up, in whole numbers
        long wage = (Math.multiplyExact(halfHours, terms.hourlyWageOre()) + 1) / 2;
        long pension = percentOf(wage, terms.pensionPercent());
        long holidayPay = terms.hourlyPaid() ? percentOf(wage, HOLIDAY_PAY_PERCENT) : 0;
        long cost = wage + pension + holidayPay;
        long fee = percentOf(cost, feePercent);
        long[] weights = new long[byMember.size()];
        long[] keys = new long[byMember.size()];
        int i = 0;
        for (var entry : byMember.entrySet()) {
            keys[i] = entry.getKey();
            weights[i++] = entry.getValue();
        }
        long[] costs = largestRemainder(cost, weights, keys);
        long[] fees = largestRemainder(fee, weights, keys);
        List<MemberShare> shares = new ArrayList<>();
        for (int k = 0; k < keys.length; k++) {
            shares.add(new MemberShare(keys[k], (int) weights[k], costs[k], fees[k]));
        }
        return new WorkerMonth(workerId, (int) halfHours, wage, pension, holidayPay, cost, fee, shares);
    }

    /** A pool's statement: one split per worker in the usage, workers by id. */
    public static Statement statement(
            YearMonth month, BigDecimal feePercent, Map<Long, WorkerTerms> terms, List<Usage> usage) {
        var byWorker = new TreeMap<Long, TreeMap<Long, Integer>>();
        for (Usage u : usage) {
            byWorker.computeIfAbsent(u.workerId(), id -> new TreeMap<>())
                    .merge(u.memberId(), u.halfHours(), Integer::sum);
        }
        List<WorkerMonth> workers = new ArrayList<>();
        for (var entry : byWorker.entrySet()) {
            WorkerTerms workerTerms = terms.get(entry.getKey());
            if (workerTerms == null) {
                throw new IllegalArgumentException("No terms for worker " + entry.getKey());
            }
            workers.add(split(entry.getKey(), workerTerms, feePercent, entry.getValue()));
        }
        return new Statement(month, feePercent, workers);
    }

    /**
     * {@code total} split in proportion to {@code weights} into whole units that add up to {@code total} exactly: each
     * gets its exact share rounded down, and the units left over go one each to the largest remainders, ties to the
     * lower key. All weights 0 is allowed only for a total of 0.
     */
    public static long[] largestRemainder(long total, long[] weights, long[] keys) {
        if (total < 0) {
            throw new IllegalArgumentException("The total must not be negative");
        }
        long sum = 0;
        for (long weight : weights) {
            if (weight < 0) {
                throw new IllegalArgumentException("Weights must not be negative");
            }
            sum = Math.addExact(sum, weight);
        }
        long[] shares = new long[weights.length];
        if (sum == 0) {
            if (total != 0) {
                throw new IllegalArgumentException("Nothing to split " + total + " by");
            }
            return shares;
        }
        long[] remainders = new long[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            long product = Math.multiplyExact(total, weights[i]);
            shares[i] = product / sum;
            remainders[i] = product % sum;
            given += shares[i];
        }
        Integer[] order = new Integer[weights.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(
                order, Comparator.<Integer>comparingLong(i -> -remainders[i]).thenComparingLong(i -> keys[i]));
        for (int k = 0; k < total - given; k++) {
            shares[order[k]]++;
        }
        return shares;
    }

    private static long percentOf(long amount, BigDecimal percent) {
        return BigDecimal.valueOf(amount)
                .multiply(percent)
                .movePointLeft(2)
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
    }
}
