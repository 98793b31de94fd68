package dk.jobandel.pools.billing;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A pool's month with every worker's cost split among the members, to the øre.
 *
 * @param viewerOrganisationId for a member's staff, their organisation: they may see only its shares; {@code null}
 *     for the host's staff, consultants and admins, who see everything
 * @param workers each agreement's month with usage (a worker with two agreements in the month has two), with every
 *     member's shares
 */
public record CostedMonth(
        long poolId,
        String poolName,
        String hostName,
        BigDecimal feePercent,
        YearMonth month,
        @Nullable Long viewerOrganisationId,
        List<WorkerLine> workers) {

    public CostedMonth {
        workers = List.copyOf(workers);
    }

    /** Whether the reader sees every member's shares and the totals. */
    public boolean whole() {
        return viewerOrganisationId == null;
    }

    /** The workers' cost plus fees, in øre. */
    public long totalOre() {
        return workers.stream().mapToLong(w -> w.costOre() + w.feeOre()).sum();
    }

    /** One worker's month under one agreement: the payslip amounts and the members' shares, in øre. */
    public record WorkerLine(
            long agreementId,
            long freelancerId,
            String name,
            int halfHours,
            long wageOre,
            long pensionOre,
            long holidayPayOre,
            long costOre,
            long feeOre,
            List<Line> shares) {

        public WorkerLine {
            shares = List.copyOf(shares);
        }

        /** The same month with only these shares. */
        WorkerLine withShares(List<Line> only) {
            return new WorkerLine(
                    agreementId,
                    freelancerId,
                    name,
                    halfHours,
                    wageOre,
                    pensionOre,
                    holidayPayOre,
                    costOre,
                    feeOre,
                    only);
        }

        public double hours() {
            return halfHours / 2.0;
        }

        public BigDecimal wageKr() {
            return kroner(wageOre);
        }

        public BigDecimal pensionKr() {
            return kroner(pensionOre);
        }

        public BigDecimal holidayPayKr() {
            return kroner(holidayPayOre);
        }

        public BigDecimal costKr() {
            return kroner(costOre);
        }

        public BigDecimal feeKr() {
            return kroner(feeOre);
        }

        public BigDecimal totalKr() {
            return kroner(costOre + feeOre);
        }
    }

    /** A member's hours and amounts (of one worker, or in all), in øre. */
    public record Line(long organisationId, String organisationName, int halfHours, long costOre, long feeOre) {

        public long totalOre() {
            return costOre + feeOre;
        }

        public double hours() {
            return halfHours / 2.0;
        }

        public BigDecimal costKr() {
            return kroner(costOre);
        }

        public BigDecimal feeKr() {
            return kroner(feeOre);
        }

        public BigDecimal totalKr() {
            return kroner(totalOre());
        }

        Line plus(Line other) {
            return new Line(
                    organisationId,
                    organisationName,
                    halfHours + other.halfHours,
                    costOre + other.costOre,
                    feeOre + other.feeOre);
        }
    }

    static BigDecimal kroner(long ore) {
        return BigDecimal.valueOf(ore, 2);
    }
}
