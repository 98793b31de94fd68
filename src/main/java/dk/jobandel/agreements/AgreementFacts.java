package dk.jobandel.agreements;

import dk.jobandel.members.MemberLookups;
import dk.jobandel.roles.PayKind;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreements as facts for counting (the impact module's figures): one row per person in an agreement, without names
 * or access checks, so callers must only publish aggregates. Two statements: the agreements, and the employers' names
 * from the members module.
 */
@Service
public class AgreementFacts {

    private final JdbcClient jdbc;
    private final MemberLookups members;

    AgreementFacts(JdbcClient jdbc, MemberLookups members) {
        this.jdbc = jdbc;
        this.members = members;
    }

    /**
     * One person's part in one agreement.
     *
     * @param poolId the pool for a pool agreement, {@code null} for a role's
     * @param organisationId the employer (a pool's host)
     * @param memberOrganisationIds for a pool agreement, every member with a part in it
     * @param lastDay the last working day, {@code null} until further notice
     * @param halfHoursPerWeek the person's half-hours a week worked (a pool agreement: its parts together)
     */
    public record Fact(
            long agreementId,
            long freelancerId,
            @Nullable Long poolId,
            long organisationId,
            String organisationName,
            List<Long> memberOrganisationIds,
            short municipalityCode,
            LocalDate startDate,
            @Nullable LocalDate lastDay,
            int halfHoursPerWeek,
            PayKind payKind,
            BigDecimal payFrom,
            BigDecimal pensionPercent) {

        public Fact {
            memberOrganisationIds = List.copyOf(memberOrganisationIds);
        }
    }

    /** Every person's part in every agreement that starts on or before {@code until}. */
    @Transactional(readOnly = true)
    public List<Fact> startedBy(LocalDate until) {
        List<Fact> unnamed = jdbc.sql("""
                        select a.id, p.freelancer_id, a.pool_id, a.organisation_id, '' as name, a.municipality_code,
                               a.start_date, a.end_date, a.pay_kind, a.pay_from, a.pension_percent,
                               coalesce(parts.half_hours, p.half_hours) as half_hours,
                               coalesce(parts.members, '{}') as members
                        from agreement a
                        join agreement_party p on p.agreement_id = a.id
                        left join (
                            select agreement_id, sum(half_hours)::int as half_hours,
                                   array_agg(distinct organisation_id) as members
                            from agreement_part group by agreement_id
                        ) parts on parts.agreement_id = a.id
                        where a.start_date <= :until
                        """)
                .param("until", Date.valueOf(until))
                .query((rs, row) -> {
                    long pool = rs.getLong(3);
                    Long poolId = rs.wasNull() ? null : pool;
                    Date end = rs.getDate(8);
                    Array members = rs.getArray(13);
                    Long[] ids = (Long[]) members.getArray();
                    return new Fact(
                            rs.getLong(1),
                            rs.getLong(2),
                            poolId,
                            rs.getLong(4),
                            rs.getString(5),
                            List.of(ids),
                            rs.getShort(6),
                            rs.getDate(7).toLocalDate(),
                            end == null ? null : end.toLocalDate(),
                            rs.getInt(12),
                            PayKind.valueOf(rs.getString(9)),
                            rs.getBigDecimal(10),
                            rs.getBigDecimal(11));
                })
                .list();
        if (unnamed.isEmpty()) {
            return unnamed;
        }
        Map<Long, String> names = members.organisationNames(
                unnamed.stream().map(Fact::organisationId).distinct().toList());
        return unnamed.stream()
                .map(f -> new Fact(
                        f.agreementId(),
                        f.freelancerId(),
                        f.poolId(),
                        f.organisationId(),
                        names.getOrDefault(f.organisationId(), ""),
                        f.memberOrganisationIds(),
                        f.municipalityCode(),
                        f.startDate(),
                        f.lastDay(),
                        f.halfHoursPerWeek(),
                        f.payKind(),
                        f.payFrom(),
                        f.pensionPercent()))
                .toList();
    }
}
