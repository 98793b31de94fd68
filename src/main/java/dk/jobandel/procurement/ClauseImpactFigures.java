package dk.jobandel.procurement;

import dk.jobandel.members.MemberLookups;
import dk.jobandel.procurement.core.FollowUp;
import dk.jobandel.procurement.core.Period;
import dk.jobandel.procurement.core.TargetUnit;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers {@link ProcurementImpact} in three statements (the clauses, the suppliers' names from the members module, the
 * reports), whatever the number of contracts and reports.
 */
@Service
class ClauseImpactFigures implements ProcurementImpact {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MemberLookups members;

    ClauseImpactFigures(JdbcClient jdbc, Clock clock, MemberLookups members) {
        this.members = members;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Head(ClauseFigures clause, int followUpMonths) {}

    private record Row(LocalDate periodStart, BigDecimal value, LocalDate reportedOn) {}

    @Override
    @Transactional(readOnly = true)
    public List<ClauseFigures> awardedClauses(LocalDate until) {
        List<Head> heads = jdbc.sql("""
                        select c.id, k.id, k.organisation_id, k.supplier_organisation_id, k.municipality_code,
                               v.target_unit, k.starts_on, k.ends_on, c.committed_value, v.follow_up_months
                        from contract_clause c
                        join procurement_contract k on k.id = c.contract_id
                        join clause_template_version v on v.template_id = c.template_id
                                                      and v.number = c.template_version
                        where k.status = 'AWARDED' and k.supplier_organisation_id is not null
                          and v.target_unit <> 'NONE' and k.starts_on <= :until
                        order by k.id, c.id
                        """)
                .param("until", Date.valueOf(until))
                .query((rs, row) -> new Head(
                        new ClauseFigures(
                                rs.getLong(1),
                                rs.getLong(2),
                                rs.getLong(3),
                                rs.getLong(4),
                                "",
                                rs.getShort(5),
                                TargetUnit.valueOf(rs.getString(6)),
                                rs.getDate(7).toLocalDate(),
                                rs.getDate(8).toLocalDate(),
                                rs.getBigDecimal(9),
                                List.of()),
                        rs.getInt(10)))
                .list();
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<Long, String> suppliers = members.organisationNames(
                heads.stream().map(h -> h.clause().supplierOrganisationId()).collect(Collectors.toSet()));
        Map<Long, List<Row>> reports = new HashMap<>();
        jdbc.sql("""
                        select r.clause_id, r.period_start, r.actual_value, r.reported_at
                        from clause_report r where r.clause_id in (:ids) order by r.clause_id, r.period_start
                        """)
                .param("ids", heads.stream().map(h -> h.clause().clauseId()).toList())
                .query((rs, row) -> reports.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Row(
                                rs.getDate(2).toLocalDate(),
                                rs.getBigDecimal(3),
                                LocalDate.ofInstant(rs.getTimestamp(4).toInstant(), clock.getZone()))))
                .list();
        List<ClauseFigures> clauses = new ArrayList<>(heads.size());
        for (Head h : heads) {
            ClauseFigures c = h.clause();
            Map<LocalDate, LocalDate> periodEnds = new HashMap<>();
            for (Period p : FollowUp.periods(c.startsOn(), c.endsOn(), h.followUpMonths())) {
                periodEnds.put(p.start(), p.end());
            }
            List<Actual> actuals = reports.getOrDefault(c.clauseId(), List.of()).stream()
                    .filter(r -> periodEnds.containsKey(r.periodStart()))
                    .map(r -> new Actual(r.periodStart(), periodEnds.get(r.periodStart()), r.reportedOn(), r.value()))
                    .toList();
            clauses.add(new ClauseFigures(
                    c.clauseId(),
                    c.contractId(),
                    c.municipalityOrganisationId(),
                    c.supplierOrganisationId(),
                    suppliers.getOrDefault(c.supplierOrganisationId(), ""),
                    c.municipalityCode(),
                    c.unit(),
                    c.startsOn(),
                    c.endsOn(),
                    c.committed(),
                    actuals));
        }
        return clauses;
    }
}
