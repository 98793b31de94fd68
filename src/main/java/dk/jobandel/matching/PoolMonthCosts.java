package dk.jobandel.matching;

import dk.jobandel.agreements.AgreementNotFound;
import dk.jobandel.agreements.Agreements;
import dk.jobandel.agreements.PoolMonth;
import dk.jobandel.matching.engine.pool.CostSplit;
import dk.jobandel.members.Actor;
import dk.jobandel.pools.billing.CostedMonth;
import dk.jobandel.pools.billing.MonthCosts;
import dk.jobandel.roles.PayKind;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pools' statements get their costed month here: the month of the pool's agreements ({@link Agreements#poolMonth},
 * which decides who may read it and how the month's half-hours are counted), split by the engine's {@link CostSplit}.
 * Pools declares the port ({@link MonthCosts}) because agreements and matching both depend on pools.
 */
@Component
class PoolMonthCosts implements MonthCosts {

    private final Agreements agreements;

    PoolMonthCosts(Agreements agreements) {
        this.agreements = agreements;
    }

    /** The statements of the agreements' pool month; the split is arithmetic. */
    @Override
    @Transactional(readOnly = true)
    public Optional<CostedMonth> costedMonth(long poolId, YearMonth month, Actor viewer) {
        PoolMonth poolMonth;
        try {
            poolMonth = agreements.poolMonth(poolId, month, viewer);
        } catch (AgreementNotFound notForReader) {
            return Optional.empty();
        }
        List<CostedMonth.WorkerLine> workers = new ArrayList<>();
        for (PoolMonth.Work work : poolMonth.agreements()) {
            if (work.usage().isEmpty()) {
                continue;
            }
            Map<Long, String> names = new HashMap<>();
            Map<Long, Integer> halfHours = new LinkedHashMap<>();
            for (PoolMonth.Usage usage : work.usage()) {
                names.put(usage.organisationId(), usage.organisationName());
                halfHours.merge(usage.organisationId(), usage.halfHours(), Integer::sum);
            }
            CostSplit.WorkerMonth split =
                    CostSplit.split(work.freelancerId(), terms(work), poolMonth.feePercent(), halfHours);
            List<CostedMonth.Line> shares = split.shares().stream()
                    .map(share -> new CostedMonth.Line(
                            share.memberId(),
                            names.get(share.memberId()),
                            share.halfHours(),
                            share.costOre(),
                            share.feeOre()))
                    .toList();
            workers.add(new CostedMonth.WorkerLine(
                    work.agreementId(),
                    work.freelancerId(),
                    work.freelancerName(),
                    split.halfHours(),
                    split.wageOre(),
                    split.pensionOre(),
                    split.holidayPayOre(),
                    split.costOre(),
                    split.feeOre(),
                    shares));
        }
        return Optional.of(new CostedMonth(
                poolMonth.poolId(),
                poolMonth.poolName(),
                poolMonth.hostName(),
                poolMonth.feePercent(),
                month,
                poolMonth.viewerOrganisationId(),
                workers));
    }

    /** The agreement's copied pay: its hourly wage in øre (exact), its pension, holiday pay when hourly-paid. */
    static CostSplit.WorkerTerms terms(PoolMonth.Work work) {
        return new CostSplit.WorkerTerms(
                work.hourlyWage().movePointRight(2).longValueExact(),
                work.pensionPercent(),
                work.payKind() == PayKind.HOURLY);
    }
}
