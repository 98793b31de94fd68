package dk.jobandel.matching;

import dk.jobandel.agreements.Agreements;
import dk.jobandel.agreements.PoolMonth;
import dk.jobandel.matching.engine.pool.CostSplit;
import dk.jobandel.platform.SignedInMember;
import dk.jobandel.roles.PayKind;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A pool's monthly statements: what each member pays for the hours it used of each worker, split by
 * {@link CostSplit} from the month of the pool's agreements ({@link Agreements#poolMonth}, which decides who may read
 * it and how the month's half-hours are counted). The host's staff, consultants and admins see every member's shares
 * and the totals; a member's staff see only their own organisation's shares, worked out from the same whole split, so
 * that every member's øre are the same whoever looks.
 */
@Service
public class PoolStatements {

    private final Agreements agreements;

    PoolStatements(Agreements agreements) {
        this.agreements = agreements;
    }

    /**
     * A pool's month as its statement page shows it.
     *
     * @param workers each agreement's month (a worker with two agreements in the month has two), with only the
     *     reader's own shares for a member's staff
     * @param members each member's total, only the reader's own for a member's staff
     * @param split the whole split, for the CSV file; {@code null} for a member's staff
     */
    public record Statement(
            PoolMonth month,
            List<WorkerLine> workers,
            List<Line> members,
            long costOre,
            long feeOre,
            CostSplit.@Nullable Statement split) {

        public Statement {
            workers = List.copyOf(workers);
            members = List.copyOf(members);
        }

        public boolean whole() {
            return month.whole();
        }

        public boolean isEmpty() {
            return workers.isEmpty();
        }

        public long totalOre() {
            return costOre + feeOre;
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

        public double hours() {
            return members.stream().mapToInt(Line::halfHours).sum() / 2.0;
        }
    }

    /** One worker's month under one agreement: the payslip amounts and the members' shares, in øre. */
    public record WorkerLine(
            long agreementId,
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
    }

    /**
     * The pool's statement for the month, for the reader. Five statements.
     *
     * @throws dk.jobandel.pools.PoolNotFound when there is no such pool
     * @throws dk.jobandel.agreements.AgreementNotFound for a reader who is neither the host's or a member's staff nor
     *     a consultant or admin
     */
    @Transactional(readOnly = true)
    public Statement statement(long poolId, YearMonth month, SignedInMember viewer) {
        PoolMonth poolMonth = agreements.poolMonth(poolId, month, viewer);
        Map<Long, String> names = new HashMap<>();
        List<CostSplit.WorkerMonth> split = new ArrayList<>();
        List<PoolMonth.Work> works = new ArrayList<>();
        for (PoolMonth.Work work : poolMonth.agreements()) {
            if (work.usage().isEmpty()) {
                continue;
            }
            Map<Long, Integer> halfHours = new LinkedHashMap<>();
            for (PoolMonth.Usage usage : work.usage()) {
                names.put(usage.organisationId(), usage.organisationName());
                halfHours.merge(usage.organisationId(), usage.halfHours(), Integer::sum);
            }
            split.add(CostSplit.split(work.freelancerId(), terms(work), poolMonth.feePercent(), halfHours));
            works.add(work);
        }
        CostSplit.Statement whole = new CostSplit.Statement(month, poolMonth.feePercent(), split);
        Long own = poolMonth.viewerOrganisationId();
        List<WorkerLine> workers = new ArrayList<>();
        Map<Long, Line> totals = new LinkedHashMap<>();
        for (int i = 0; i < split.size(); i++) {
            CostSplit.WorkerMonth month1 = split.get(i);
            PoolMonth.Work work = works.get(i);
            List<Line> shares = new ArrayList<>();
            for (CostSplit.MemberShare share : month1.shares()) {
                if (own != null && own != share.memberId()) {
                    continue;
                }
                Line line = new Line(
                        share.memberId(),
                        names.get(share.memberId()),
                        share.halfHours(),
                        share.costOre(),
                        share.feeOre());
                shares.add(line);
                totals.merge(
                        share.memberId(),
                        line,
                        (a, b) -> new Line(
                                a.organisationId(),
                                a.organisationName(),
                                a.halfHours() + b.halfHours(),
                                a.costOre() + b.costOre(),
                                a.feeOre() + b.feeOre()));
            }
            if (shares.isEmpty()) {
                continue;
            }
            workers.add(new WorkerLine(
                    work.agreementId(),
                    work.freelancerName(),
                    month1.halfHours(),
                    month1.wageOre(),
                    month1.pensionOre(),
                    month1.holidayPayOre(),
                    month1.costOre(),
                    month1.feeOre(),
                    shares));
        }
        List<Line> members = totals.values().stream()
                .sorted(java.util.Comparator.comparing(Line::organisationName).thenComparingLong(Line::organisationId))
                .toList();
        long cost = members.stream().mapToLong(Line::costOre).sum();
        long fee = members.stream().mapToLong(Line::feeOre).sum();
        return new Statement(poolMonth, workers, members, cost, fee, own == null ? whole : null);
    }

    /**
     * The whole statement as CSV ({@link CostSplit#statementCsv}): for the host's staff, consultants and admins only.
     *
     * @throws dk.jobandel.agreements.AgreementNotFound for anybody outside the pool
     * @throws NotForReader for a member's staff
     */
    @Transactional(readOnly = true)
    public String csv(long poolId, YearMonth month, SignedInMember viewer) {
        Statement whole = statement(poolId, month, viewer);
        CostSplit.@Nullable Statement split = whole.split();
        if (split == null) {
            throw new NotForReader(poolId);
        }
        Map<Long, String> workerNames = new HashMap<>();
        Map<Long, String> memberNames = new HashMap<>();
        for (PoolMonth.Work work : whole.month().agreements()) {
            workerNames.put(work.freelancerId(), work.freelancerName());
            for (PoolMonth.Usage usage : work.usage()) {
                memberNames.put(usage.organisationId(), usage.organisationName());
            }
        }
        return CostSplit.statementCsv(split, workerNames, memberNames);
    }

    /** The whole statement is not for this reader (a member's staff see only their own shares): read as not found. */
    public static final class NotForReader extends RuntimeException {

        NotForReader(long poolId) {
            super("Pool " + poolId + "'s whole statement is for its host and consultants");
        }
    }

    /** The agreement's copied pay: its hourly wage in øre (exact), its pension, holiday pay when hourly-paid. */
    static CostSplit.WorkerTerms terms(PoolMonth.Work work) {
        return new CostSplit.WorkerTerms(
                work.hourlyWage().movePointRight(2).longValueExact(),
                work.pensionPercent(),
                work.payKind() == PayKind.HOURLY);
    }

    static BigDecimal kroner(long ore) {
        return BigDecimal.valueOf(ore, 2);
    }
}
