package dk.jobandel.pools.billing;

import static dk.jobandel.pools.billing.CostedMonth.kroner;

import dk.jobandel.members.Actor;
import dk.jobandel.platform.ConcealedAsNotFound;
import dk.jobandel.platform.PageNotFound;
import dk.jobandel.pools.billing.CostedMonth.Line;
import dk.jobandel.pools.billing.CostedMonth.WorkerLine;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A pool's monthly statements: what each member pays for the hours it used of each worker, from the costed month
 * ({@link MonthCosts}, which decides who may read it and how the month's half-hours are counted). The host's staff,
 * consultants and admins see every member's shares and the totals; a member's staff see only their own organisation's
 * shares, worked out from the same whole split, so that every member's øre are the same whoever looks.
 */
@Service
public class PoolStatements {

    private final MonthCosts costs;

    PoolStatements(MonthCosts costs) {
        this.costs = costs;
    }

    /**
     * A pool's month as its statement page shows it.
     *
     * @param workers each agreement's month, with only the reader's own shares for a member's staff
     * @param members each member's total, only the reader's own for a member's staff
     * @param split the whole month, for the CSV file; {@code null} for a member's staff
     */
    public record Statement(
            CostedMonth month,
            List<WorkerLine> workers,
            List<Line> members,
            long costOre,
            long feeOre,
            @Nullable CostedMonth split) {

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

    /**
     * The pool's statement for the month, for the reader.
     *
     * @throws dk.jobandel.pools.PoolNotFound when there is no such pool
     * @throws StatementNotFound for a reader who is neither the host's or a member's staff nor a consultant or admin
     */
    @Transactional(readOnly = true)
    public Statement statement(long poolId, YearMonth month, Actor viewer) {
        CostedMonth whole = costs.costedMonth(poolId, month, viewer).orElseThrow(() -> new StatementNotFound(poolId));
        Long own = whole.viewerOrganisationId();
        List<WorkerLine> workers = new ArrayList<>();
        Map<Long, Line> totals = new LinkedHashMap<>();
        for (WorkerLine worker : whole.workers()) {
            List<Line> shares = worker.shares().stream()
                    .filter(share -> own == null || own == share.organisationId())
                    .toList();
            shares.forEach(share -> totals.merge(share.organisationId(), share, Line::plus));
            if (!shares.isEmpty()) {
                workers.add(worker.withShares(shares));
            }
        }
        List<Line> members = totals.values().stream()
                .sorted(Comparator.comparing(Line::organisationName).thenComparingLong(Line::organisationId))
                .toList();
        long cost = members.stream().mapToLong(Line::costOre).sum();
        long fee = members.stream().mapToLong(Line::feeOre).sum();
        return new Statement(whole, workers, members, cost, fee, own == null ? whole : null);
    }

    /**
     * The whole statement as CSV ({@link StatementCsv}): for the host's staff, consultants and admins only.
     *
     * @throws StatementNotFound for anybody outside the pool
     * @throws NotForReader for a member's staff
     */
    @Transactional(readOnly = true)
    public String csv(long poolId, YearMonth month, Actor viewer) {
        CostedMonth split = statement(poolId, month, viewer).split();
        if (split == null) {
            throw new NotForReader(poolId);
        }
        return StatementCsv.write(split);
    }

    /** The whole statement is not for this reader (a member's staff see only their own shares): read as not found. */
    public static final class NotForReader extends PageNotFound {

        NotForReader(long poolId) {
            super("Pool " + poolId + "'s whole statement is for its host and consultants");
        }
    }

    /** The pool's statements are not for this reader (they are outside the pool): read as not found. */
    public static final class StatementNotFound extends PageNotFound implements ConcealedAsNotFound {

        StatementNotFound(long poolId) {
            super("No statement of pool " + poolId + " for this member");
        }
    }
}
