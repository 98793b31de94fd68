package dk.jobandel.procurement;

import dk.jobandel.audit.AuditTrail;
import dk.jobandel.audit.Subject;
import dk.jobandel.members.Actor;
import dk.jobandel.procurement.core.ContractAccess;
import dk.jobandel.procurement.core.ContractStatus;
import dk.jobandel.procurement.core.FollowUp;
import dk.jobandel.procurement.core.Period;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the award: the winner commits to each target and reports each period's actual with its evidence; the
 * municipality records the dialogue on a shortfall and a penalty (bod) if it decides one.
 */
@Service
public class ContractFollowUp {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Contracts contracts;
    private final AuditTrail audit;

    ContractFollowUp(JdbcClient jdbc, Clock clock, Contracts contracts, AuditTrail audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.contracts = contracts;
        this.audit = audit;
    }

    private record Clause(long id, int followUpMonths) {}

    private Contracts.Visible winner(Actor actor, long contractId) {
        Contracts.Visible v = contracts.load(actor, contractId);
        if (v.access() != ContractAccess.WINNER) {
            throw new ProcurementNotFound(contractId);
        }
        return v;
    }

    private Clause clause(long contractId, long clauseId) {
        return jdbc.sql("""
                        select c.id, v.follow_up_months from contract_clause c
                        join clause_template_version v on v.template_id = c.template_id
                                                      and v.number = c.template_version
                        where c.id = :clause and c.contract_id = :contract and v.target_unit <> 'NONE'
                        """)
                .param("clause", clauseId)
                .param("contract", contractId)
                .query((rs, row) -> new Clause(rs.getLong(1), rs.getInt(2)))
                .optional()
                .orElseThrow(() -> new ProcurementNotFound(clauseId));
    }

    /** The winner's commitment to one target; it may be restated until the first report on it. */
    @Transactional
    public void commit(Actor actor, long contractId, long clauseId, BigDecimal value) {
        winner(actor, contractId);
        clause(contractId, clauseId);
        int updated = jdbc.sql("""
                        update contract_clause set committed_value = :value, committed_at = :at
                        where id = :id and not exists (select 1 from clause_report r where r.clause_id = :id)
                        """)
                .param("value", value)
                .param("at", Timestamp.from(clock.instant()))
                .param("id", clauseId)
                .update();
        if (updated == 0) {
            throw new ProcurementRefused("alreadyReported", "value");
        }
    }

    /** The winner's actual for one period, with evidence. The period must have begun and be one of the clause's. */
    @Transactional
    public void report(
            Actor actor, long contractId, long clauseId, LocalDate periodStart, BigDecimal actual, String evidence) {
        Contracts.Contract c = winner(actor, contractId).contract();
        Clause clause = clause(contractId, clauseId);
        boolean committed = jdbc.sql("select committed_value is not null from contract_clause where id = :id")
                .param("id", clauseId)
                .query(Boolean.class)
                .single();
        if (!committed) {
            throw new ProcurementRefused("commitFirst", "actual");
        }
        boolean known = FollowUp.periods(c.details().startsOn(), c.details().endsOn(), clause.followUpMonths()).stream()
                .map(Period::start)
                .anyMatch(periodStart::equals);
        if (!known) {
            throw new ProcurementRefused("unknownPeriod", "periodStart");
        }
        if (periodStart.isAfter(LocalDate.now(clock))) {
            throw new ProcurementRefused("futurePeriod", "periodStart");
        }
        try {
            jdbc.sql("""
                            insert into clause_report (clause_id, period_start, actual_value, evidence, reported_by,
                                                       reported_at)
                            values (:clause, :start, :actual, :evidence, :by, :at)
                            """)
                    .param("clause", clauseId)
                    .param("start", Date.valueOf(periodStart))
                    .param("actual", actual)
                    .param("evidence", evidence.strip())
                    .param("by", actor.accountId())
                    .param("at", Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ProcurementRefused("periodReported", "periodStart");
        }
    }

    /** A dialogue note by the municipality (or a consultant), with a penalty if one is decided. */
    @Transactional
    public void recordDialogue(Actor actor, long contractId, LocalDate heldOn, String note, @Nullable Long penaltyDkk) {
        Contracts.Visible v = contracts.load(actor, contractId);
        if (!v.access().full()) {
            throw new ProcurementNotFound(contractId);
        }
        if (v.contract().status() != ContractStatus.AWARDED) {
            throw new ProcurementRefused("notAwarded");
        }
        if (heldOn.isAfter(LocalDate.now(clock))) {
            throw new ProcurementRefused("futureDate", "heldOn");
        }
        jdbc.sql("""
                        insert into contract_dialogue (contract_id, held_on, note, penalty_dkk, recorded_by, recorded_at)
                        values (:contract, :held, :note, :penalty, :by, :at)
                        """)
                .param("contract", contractId)
                .param("held", Date.valueOf(heldOn))
                .param("note", note.strip())
                .param("penalty", penaltyDkk)
                .param("by", actor.accountId())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        if (penaltyDkk != null) {
            audit.record(
                    new Subject("PROCUREMENT_CONTRACT", contractId),
                    null,
                    "PENALTY",
                    actor.accountId(),
                    penaltyDkk + " DKK");
        }
    }
}
