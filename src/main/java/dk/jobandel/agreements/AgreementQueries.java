package dk.jobandel.agreements;

import dk.jobandel.agreements.core.MonthUsage;
import dk.jobandel.members.Actor;
import dk.jobandel.members.MemberDirectory;
import dk.jobandel.members.MemberLookups;
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
import java.util.Comparator;
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
 * statement here names a pools table. The lists name people and organisations in their one statement through the
 * views members publishes ({@code member_account}, {@code member_organisation}).
 */
@Component
class AgreementQueries {

    private final JdbcClient jdbc;
    private final PoolsForAgreements pools;
    private final MemberLookups members;
    private final MemberDirectory directory;

    AgreementQueries(JdbcClient jdbc, PoolsForAgreements pools, MemberLookups members, MemberDirectory directory) {
        this.jdbc = jdbc;
        this.pools = pools;
        this.members = members;
        this.directory = directory;
    }

    /**
     * An agreement in full, and whether the viewer is staff of a member organisation with a part in it.
     *
     * @param viewerIsMemberStaff for a pool agreement, whether the viewer is staff of an organisation with a part in it
     */
    record Loaded(Agreement agreement, boolean viewerIsMemberStaff) {}

    /**
     * The agreement with its parties, its cooperative's staff and, for a pool agreement, the pool's name and the
     * parts. Six statements, eight for a pool agreement: names, e-mails and who is staff come from the members module,
     * the pool's name from the pools module, the viewer's organisation with the viewer.
     */
    Optional<Loaded> byId(long agreementId, Actor viewer) {
        Optional<Agreement> found = jdbc.sql("""
                        select a.id, a.role_id, a.organisation_id, a.proposal_id, a.start_date, a.end_date,
                               a.status, a.version, a.role_title, a.municipality_code, a.work_mode,
                               a.handover_minutes, a.pay_kind, a.pay_from, a.pay_to, a.pension_percent,
                               a.collective_agreement, a.collective_agreement_name, a.open_to_flexjob, a.created_at,
                               a.pool_id
                        from agreement a where a.id = :id
                        """)
                .param("id", agreementId)
                .query((rs, n) -> agreement(rs))
                .optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Agreement agreement = found.get();
        record PartyRow(long freelancerId, WeekGrid slots) {}
        List<PartyRow> partyRows = jdbc.sql(
                        "select freelancer_id, slots from agreement_party where agreement_id = :id order by position")
                .param("id", agreementId)
                .query((rs, n) -> new PartyRow(rs.getLong(1), WeekGrid.fromBytes(rs.getBytes(2))))
                .list();
        Map<Long, MemberDirectory.MemberSummary> people = new HashMap<>();
        directory
                .staffOf(partyRows.stream().map(PartyRow::freelancerId).toList())
                .forEach(m -> people.put(m.accountId(), m));
        List<Agreement.Party> parties = partyRows.stream()
                .map(p -> new Agreement.Party(
                        p.freelancerId(),
                        people.get(p.freelancerId()).displayName(),
                        people.get(p.freelancerId()).email(),
                        p.slots()))
                .toList();
        List<Agreement.Person> staff = directory.staffOf(members.staffOf(agreement.organisationId())).stream()
                .map(m -> new Agreement.Person(m.accountId(), m.displayName(), m.email()))
                .toList();
        Agreement.PoolShares pool = null;
        boolean memberStaff = false;
        Long poolId = agreement.pool() == null ? null : agreement.pool().poolId();
        List<Long> organisations = new ArrayList<>(List.of(agreement.organisationId()));
        record PartRow(long needId, long organisationId, String title, WeekGrid slots, int halfHours) {}
        List<PartRow> partRows = List.of();
        if (poolId != null) {
            partRows = jdbc.sql("""
                            select need_id, organisation_id, title, slots, half_hours from agreement_part
                            where agreement_id = :id
                            """)
                    .param("id", agreementId)
                    .query((rs, n) -> new PartRow(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getString(3),
                            WeekGrid.fromBytes(rs.getBytes(4)),
                            rs.getInt(5)))
                    .list();
            partRows.forEach(part -> organisations.add(part.organisationId()));
        }
        // by name as the database sorts it, then id: the parts' order
        Map<Long, String> names = members.organisationNames(organisations);
        List<Long> byName = new ArrayList<>(names.keySet());
        if (poolId != null) {
            List<Agreement.Part> parts = partRows.stream()
                    .sorted(Comparator.comparingInt((PartRow part) -> byName.indexOf(part.organisationId()))
                            .thenComparingLong(PartRow::needId))
                    .map(part -> new Agreement.Part(
                            part.needId(),
                            part.organisationId(),
                            names.get(part.organisationId()),
                            part.title(),
                            part.slots(),
                            part.halfHours()))
                    .toList();
            pool = new Agreement.PoolShares(poolId, pools.name(poolId).orElseThrow(), parts);
            Long viewerOrganisation = viewer.organisationId();
            memberStaff = viewerOrganisation != null
                    && parts.stream().anyMatch(part -> part.organisationId() == viewerOrganisation);
        }
        return Optional.of(new Loaded(
                new Agreement(
                        agreement.id(),
                        agreement.roleId(),
                        agreement.organisationId(),
                        names.get(agreement.organisationId()),
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
                        from agreement a join member_organisation o on o.organisation_id = a.organisation_id
                        join agreement_party p on p.agreement_id = a.id and p.freelancer_id = :freelancer
                        order by a.start_date desc, a.id desc
                        """)
                .param("freelancer", freelancerId)
                .query((rs, row) -> summary(rs))
                .list();
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
                        from agreement a join member_organisation o on o.organisation_id = a.organisation_id
                        where a.organisation_id = :organisation
                           or exists (select 1 from agreement_part x
                                      where x.agreement_id = a.id and x.organisation_id = :organisation)
                        order by a.start_date desc, a.id desc
                        """)
                .param("organisation", organisationId)
                .query((rs, row) -> summary(rs))
                .list();
    }

    /** Whether the organisation has a part in one of the pool's agreements. One statement. */
    boolean hasPart(long poolId, long organisationId) {
        return jdbc.sql("""
                        select exists (select 1 from agreement_part x join agreement a on a.id = x.agreement_id
                                       where a.pool_id = :pool and x.organisation_id = :org)
                        """)
                .param("pool", poolId)
                .param("org", organisationId)
                .query(Boolean.class)
                .single();
    }

    /**
     * What each of the pool's agreements used in the month, by its worker and each member's parts: workers by name (as
     * the database sorts it), parts by their organisation's name. Four statements, two when nothing ran.
     */
    List<PoolMonth.Work> monthWork(long poolId, YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        record Head(
                long id,
                long freelancerId,
                LocalDate start,
                @Nullable LocalDate end,
                BigDecimal wage,
                BigDecimal pension,
                PayKind payKind) {}
        List<Head> heads = jdbc.sql("""
                        select a.id, p.freelancer_id, a.start_date, a.end_date, a.pay_from, a.pension_percent,
                               a.pay_kind
                        from agreement a join agreement_party p on p.agreement_id = a.id
                        where a.pool_id = :pool and a.start_date <= :last and (a.end_date is null or a.end_date >= :first)
                        order by a.start_date, a.id
                        """)
                .param("pool", poolId)
                .param("first", Date.valueOf(first))
                .param("last", Date.valueOf(last))
                .query((rs, n) -> new Head(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class),
                        rs.getBigDecimal(5),
                        rs.getBigDecimal(6),
                        PayKind.valueOf(rs.getString(7))))
                .list();
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<Long, String> workers = members.displayNames(
                heads.stream().map(Head::freelancerId).distinct().toList());
        List<Long> workersByName = new ArrayList<>(workers.keySet());
        record PartRow(long agreementId, long organisationId, long needId, int halfHoursPerWeek) {}
        List<PartRow> partRows = jdbc.sql("""
                        select agreement_id, organisation_id, need_id, half_hours from agreement_part
                        where agreement_id in (:agreements)
                        """)
                .param("agreements", heads.stream().map(Head::id).toList())
                .query((rs, n) -> new PartRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4)))
                .list();
        Map<Long, String> organisations = partRows.isEmpty()
                ? Map.of()
                : members.organisationNames(partRows.stream()
                        .map(PartRow::organisationId)
                        .distinct()
                        .toList());
        List<Long> organisationsByName = new ArrayList<>(organisations.keySet());
        Map<Long, List<PartRow>> parts = new HashMap<>();
        partRows.stream()
                .sorted(Comparator.comparingInt((PartRow part) -> organisationsByName.indexOf(part.organisationId()))
                        .thenComparingLong(PartRow::needId))
                .forEach(part -> parts.computeIfAbsent(part.agreementId(), id -> new ArrayList<>())
                        .add(part));
        List<PoolMonth.Work> work = new ArrayList<>();
        for (Head head : heads.stream()
                .sorted(Comparator.comparingInt((Head head) -> workersByName.indexOf(head.freelancerId())))
                .toList()) {
            int days = MonthUsage.days(month, head.start(), head.end());
            Map<Long, PoolMonth.Usage> usage = new LinkedHashMap<>();
            for (PartRow part : parts.getOrDefault(head.id(), List.of())) {
                int used = PoolMonth.halfHoursUsed(part.halfHoursPerWeek(), days);
                String name = organisations.get(part.organisationId());
                usage.merge(
                        part.organisationId(),
                        new PoolMonth.Usage(part.organisationId(), name, used),
                        (a, b) -> new PoolMonth.Usage(
                                a.organisationId(), a.organisationName(), a.halfHours() + b.halfHours()));
            }
            work.add(new PoolMonth.Work(
                    head.id(),
                    head.freelancerId(),
                    workers.get(head.freelancerId()),
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
                   array(select x.display_name from agreement_party y join member_account x on x.account_id = y.freelancer_id
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

    /**
     * The agreement's own row, without its organisation's name (""); a pool agreement's shares hold only the pool's
     * id (no name, no parts) until loaded.
     */
    private static Agreement agreement(ResultSet rs) throws SQLException {
        Long poolId = rs.getObject(21, Long.class);
        return new Agreement(
                rs.getLong(1),
                rs.getObject(2, Long.class),
                rs.getLong(3),
                "",
                rs.getObject(4, Long.class),
                rs.getObject(5, LocalDate.class),
                rs.getObject(6, LocalDate.class),
                AgreementStatus.valueOf(rs.getString(7)),
                rs.getLong(8),
                new Terms(
                        rs.getString(9),
                        rs.getShort(10),
                        WorkMode.valueOf(rs.getString(11)),
                        rs.getInt(12),
                        PayKind.valueOf(rs.getString(13)),
                        rs.getBigDecimal(14),
                        rs.getBigDecimal(15),
                        rs.getBigDecimal(16),
                        rs.getBoolean(17),
                        rs.getString(18),
                        rs.getBoolean(19)),
                List.of(),
                List.of(),
                rs.getTimestamp(20).toInstant(),
                poolId == null ? null : new Agreement.PoolShares(poolId, "", List.of()));
    }
}
