package dk.jobandel.agreements;

import dk.jobandel.agreements.core.MonthUsage;
import dk.jobandel.pools.PoolsForAgreements;
import dk.jobandel.roles.PayKind;
import dk.jobandel.roles.WorkMode;
import dk.jobandel.shared.WeekGrid;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read models of the agreement pages: one agreement with its people, the lists of a freelancer and of an
 * organisation, and a pool's month. A pool's name comes from the pools module ({@link PoolsForAgreements}); no
 * statement here names a pools table.
 */
@Component
class AgreementQueries {

    private final JdbcClient jdbc;
    private final PoolsForAgreements pools;

    AgreementQueries(JdbcClient jdbc, PoolsForAgreements pools) {
        this.jdbc = jdbc;
        this.pools = pools;
    }

    /**
     * An agreement in full, and whether the viewer is staff of a member organisation with a part in it.
     *
     * @param viewerIsMemberStaff for a pool agreement, whether the viewer is staff of an organisation with a part in it
     */
    record Loaded(Agreement agreement, boolean viewerIsMemberStaff) {}

    /**
     * The agreement with its parties, its cooperative's staff and, for a pool agreement, the pool's name and the
     * parts. Three statements, five for a pool agreement.
     */
    Optional<Loaded> byId(long agreementId, long viewerId) {
        Optional<Agreement> found = jdbc.sql("""
                        select a.id, a.role_id, a.organisation_id, o.name, a.proposal_id, a.start_date, a.end_date,
                               a.status, a.version, a.role_title, a.municipality_code, a.work_mode,
                               a.handover_minutes, a.pay_kind, a.pay_from, a.pay_to, a.pension_percent,
                               a.collective_agreement, a.collective_agreement_name, a.open_to_flexjob, a.created_at,
                               a.pool_id
                        from agreement a join organisation o on o.id = a.organisation_id
                        where a.id = :id
                        """)
                .param("id", agreementId)
                .query((rs, n) -> agreement(rs))
                .optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Agreement agreement = found.get();
        List<Agreement.Party> parties = jdbc.sql("""
                        select p.freelancer_id, a.display_name, a.email, p.slots
                        from agreement_party p join account a on a.id = p.freelancer_id
                        where p.agreement_id = :id order by p.position
                        """)
                .param("id", agreementId)
                .query((rs, n) -> new Agreement.Party(
                        rs.getLong(1), rs.getString(2), rs.getString(3), WeekGrid.fromBytes(rs.getBytes(4))))
                .list();
        List<Agreement.Person> staff = jdbc.sql("""
                        select a.id, a.display_name, a.email
                        from organisation_staff s join account a on a.id = s.account_id
                        where s.organisation_id = :organisation order by a.display_name, a.id
                        """)
                .param("organisation", agreement.organisationId())
                .query((rs, n) -> new Agreement.Person(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
        Agreement.PoolShares pool = null;
        boolean memberStaff = false;
        Long poolId = agreement.pool() == null ? null : agreement.pool().poolId();
        if (poolId != null) {
            List<Agreement.Part> parts = new ArrayList<>();
            boolean[] viewerIsMemberStaff = {false};
            jdbc.sql("""
                            select ap.need_id, ap.organisation_id, o.name, ap.title, ap.slots, ap.half_hours,
                                   exists (select 1 from organisation_staff s
                                           where s.organisation_id = ap.organisation_id and s.account_id = :viewer)
                            from agreement_part ap join organisation o on o.id = ap.organisation_id
                            where ap.agreement_id = :id order by o.name, ap.organisation_id, ap.need_id
                            """).param("id", agreementId).param("viewer", viewerId).query(rs -> {
                parts.add(new Agreement.Part(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        WeekGrid.fromBytes(rs.getBytes(5)),
                        rs.getInt(6)));
                viewerIsMemberStaff[0] |= rs.getBoolean(7);
            });
            String poolName = pools.name(poolId).orElseThrow();
            pool = new Agreement.PoolShares(poolId, poolName, parts);
            memberStaff = viewerIsMemberStaff[0];
        }
        return Optional.of(new Loaded(
                new Agreement(
                        agreement.id(),
                        agreement.roleId(),
                        agreement.organisationId(),
                        agreement.organisationName(),
                        agreement.proposalId(),
                        agreement.startDate(),
                        agreement.endDate(),
                        agreement.status(),
                        agreement.version(),
                        agreement.terms(),
                        parties,
                        staff,
                        agreement.createdAt(),
                        pool),
                memberStaff));
    }

    /** A freelancer's agreements, newest start first, with their own weekly hours. One statement. */
    List<AgreementSummary> forFreelancer(long freelancerId) {
        return jdbc.sql(SUMMARY_SELECT + """
                        , coalesce((select sum(x.half_hours) from agreement_part x where x.agreement_id = a.id),
                                   p.half_hours)
                        from agreement a join organisation o on o.id = a.organisation_id
                        join agreement_party p on p.agreement_id = a.id and p.freelancer_id = :freelancer
                        order by a.start_date desc, a.id desc
                        """)
                .param("freelancer", freelancerId)
                .query((rs, row) -> summary(rs))
                .list();
    }

    /** Whether the account is staff of the organisation. One statement. */
    boolean isStaff(long organisationId, long accountId) {
        return jdbc.sql("""
                        select exists (select 1 from organisation_staff
                                       where organisation_id = :organisation and account_id = :viewer)
                        """)
                .param("organisation", organisationId)
                .param("viewer", accountId)
                .query(Boolean.class)
                .single();
    }

    /**
     * An organisation's agreements, newest start first, with everybody's weekly hours together. Pool agreements count
     * for their host (all parts' hours) and for each member with a part in them (its own parts' hours). One statement.
     */
    List<AgreementSummary> forOrganisation(long organisationId) {
        return jdbc.sql(SUMMARY_SELECT + """
                        , case when a.pool_id is null
                                    then (select sum(q.half_hours) from agreement_party q where q.agreement_id = a.id)
                               else (select sum(x.half_hours) from agreement_part x
                                     where x.agreement_id = a.id
                                       and (a.organisation_id = :organisation or x.organisation_id = :organisation))
                          end
                        from agreement a join organisation o on o.id = a.organisation_id
                        where a.organisation_id = :organisation
                           or exists (select 1 from agreement_part x
                                      where x.agreement_id = a.id and x.organisation_id = :organisation)
                        order by a.start_date desc, a.id desc
                        """)
                .param("organisation", organisationId)
                .query((rs, row) -> summary(rs))
                .list();
    }

    /**
     * The organisation the account is staff of, and whether it has a part in one of the pool's agreements.
     *
     * @param hasPart whether the organisation has a part in one of the pool's agreements
     */
    record Staffing(long organisationId, boolean hasPart) {}

    /** One statement; empty when the account is nobody's staff. */
    Optional<Staffing> staffing(long poolId, long accountId) {
        return jdbc.sql("""
                        select s.organisation_id,
                               exists (select 1 from agreement_part x join agreement a on a.id = x.agreement_id
                                       where a.pool_id = :pool and x.organisation_id = s.organisation_id)
                        from organisation_staff s where s.account_id = :viewer
                        """)
                .param("pool", poolId)
                .param("viewer", accountId)
                .query((rs, n) -> new Staffing(rs.getLong(1), rs.getBoolean(2)))
                .optional();
    }

    /** What each of the pool's agreements used in the month, by its worker and each member's parts. Two statements. */
    List<PoolMonth.Work> monthWork(long poolId, YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        record Head(
                long id,
                long freelancerId,
                String name,
                LocalDate start,
                @Nullable LocalDate end,
                BigDecimal wage,
                BigDecimal pension,
                PayKind payKind) {}
        List<Head> heads = jdbc.sql("""
                        select a.id, p.freelancer_id, acc.display_name, a.start_date, a.end_date, a.pay_from,
                               a.pension_percent, a.pay_kind
                        from agreement a join agreement_party p on p.agreement_id = a.id
                        join account acc on acc.id = p.freelancer_id
                        where a.pool_id = :pool and a.start_date <= :last and (a.end_date is null or a.end_date >= :first)
                        order by acc.display_name, p.freelancer_id, a.start_date, a.id
                        """)
                .param("pool", poolId)
                .param("first", Date.valueOf(first))
                .param("last", Date.valueOf(last))
                .query((rs, n) -> new Head(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class),
                        rs.getBigDecimal(6),
                        rs.getBigDecimal(7),
                        PayKind.valueOf(rs.getString(8))))
                .list();
        record PartRow(long organisationId, String organisationName, int halfHoursPerWeek) {}
        Map<Long, List<PartRow>> parts = new HashMap<>();
        if (!heads.isEmpty()) {
            jdbc.sql("""
                            select x.agreement_id, x.organisation_id, o.name, x.half_hours
                            from agreement_part x join organisation o on o.id = x.organisation_id
                            where x.agreement_id in (:agreements) order by o.name, x.organisation_id, x.need_id
                            """)
                    .param("agreements", heads.stream().map(Head::id).toList())
                    .query(rs -> {
                        parts.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                                .add(new PartRow(rs.getLong(2), rs.getString(3), rs.getInt(4)));
                    });
        }
        List<PoolMonth.Work> work = new ArrayList<>();
        for (Head head : heads) {
            int days = MonthUsage.days(month, head.start(), head.end());
            Map<Long, PoolMonth.Usage> usage = new LinkedHashMap<>();
            for (PartRow part : parts.getOrDefault(head.id(), List.of())) {
                int used = PoolMonth.halfHoursUsed(part.halfHoursPerWeek(), days);
                usage.merge(
                        part.organisationId(),
                        new PoolMonth.Usage(part.organisationId(), part.organisationName(), used),
                        (a, b) -> new PoolMonth.Usage(
                                a.organisationId(), a.organisationName(), a.halfHours() + b.halfHours()));
            }
            work.add(new PoolMonth.Work(
                    head.id(),
                    head.freelancerId(),
                    head.name(),
                    head.wage(),
                    head.pension(),
                    head.payKind(),
                    days,
                    List.copyOf(usage.values())));
        }
        return work;
    }

    private static final String SUMMARY_SELECT = """
            select a.id, a.role_title, o.name, a.start_date, a.end_date, a.status,
                   array(select x.display_name from agreement_party y join account x on x.id = y.freelancer_id
                         where y.agreement_id = a.id order by y.position)
            """;

    private static AgreementSummary summary(ResultSet rs) throws SQLException {
        return new AgreementSummary(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getObject(4, LocalDate.class),
                rs.getObject(5, LocalDate.class),
                AgreementStatus.valueOf(rs.getString(6)),
                Arrays.asList((String[]) rs.getArray(7).getArray()),
                rs.getInt(8) / 2.0);
    }

    /** The agreement's own row; a pool agreement's shares hold only the pool's id (no name, no parts) until loaded. */
    private static Agreement agreement(ResultSet rs) throws SQLException {
        Long poolId = rs.getObject(22, Long.class);
        return new Agreement(
                rs.getLong(1),
                rs.getObject(2, Long.class),
                rs.getLong(3),
                rs.getString(4),
                rs.getObject(5, Long.class),
                rs.getObject(6, LocalDate.class),
                rs.getObject(7, LocalDate.class),
                AgreementStatus.valueOf(rs.getString(8)),
                rs.getLong(9),
                new Terms(
                        rs.getString(10),
                        rs.getShort(11),
                        WorkMode.valueOf(rs.getString(12)),
                        rs.getInt(13),
                        PayKind.valueOf(rs.getString(14)),
                        rs.getBigDecimal(15),
                        rs.getBigDecimal(16),
                        rs.getBigDecimal(17),
                        rs.getBoolean(18),
                        rs.getString(19),
                        rs.getBoolean(20)),
                List.of(),
                List.of(),
                rs.getTimestamp(21).toInstant(),
                poolId == null ? null : new Agreement.PoolShares(poolId, "", List.of()));
    }
}
