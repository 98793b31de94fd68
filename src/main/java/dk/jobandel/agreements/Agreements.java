package dk.jobandel.agreements;

import dk.jobandel.agreements.Creation.Created;
import dk.jobandel.agreements.Creation.Reason;
import dk.jobandel.agreements.Creation.Refused;
import dk.jobandel.agreements.WorkingTimeRules.Commitment;
import dk.jobandel.agreements.WorkingTimeRules.Violation;
import dk.jobandel.audit.AuditTrail;
import dk.jobandel.members.MemberDirectory;
import dk.jobandel.members.Organisations;
import dk.jobandel.notifications.NoticeKind;
import dk.jobandel.notifications.Notifications;
import dk.jobandel.platform.SignedInMember;
import dk.jobandel.pools.Pools;
import dk.jobandel.roles.PayKind;
import dk.jobandel.roles.Role;
import dk.jobandel.roles.RoleDetails;
import dk.jobandel.roles.SharedRoles;
import dk.jobandel.roles.WorkMode;
import dk.jobandel.shared.WeekGrid;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreements: making one from what every party accepted, ending one, and reading them for the people in them.
 *
 * <p>Making an agreement books each person's half-hours for its dates. The database refuses a booking that overlaps
 * the same person's booked time in overlapping dates (an exclusion constraint, SQLSTATE 23P01), also when two
 * agreements are made at the same moment; that refusal, and a broken working-time rule ({@link WorkingTimeRules}), come
 * back as a {@link Refused} and leave nothing behind. Agreements for the same person are made one at a time (a
 * transaction-scoped advisory lock per person), so the working-time check always sees every other agreement of that
 * person.
 *
 * <p>Who may see an agreement: its freelancers, its cooperative's staff, consultants and admins. For anybody else it
 * does not exist ({@link AgreementNotFound}). Its freelancers and the cooperative's staff may end it.
 */
@Service
public class Agreements {

    /** The audit trail's subject type of agreements; states are {@link AgreementStatus} names. */
    public static final String SUBJECT_TYPE = "AGREEMENT";

    /** The advisory-lock class (first key) of "agreements of this person": the two-key form, apart from others. */
    private static final int PERSON_LOCK = 0x4A_41_41_47; // "JAAG"

    private final JdbcClient jdbc;
    private final SharedRoles roles;
    private final Pools pools;
    private final Organisations organisations;
    private final MemberDirectory directory;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final Clock clock;

    Agreements(
            JdbcClient jdbc,
            SharedRoles roles,
            Pools pools,
            Organisations organisations,
            MemberDirectory directory,
            AuditTrail audit,
            Notifications notifications,
            Clock clock) {
        this.jdbc = jdbc;
        this.roles = roles;
        this.pools = pools;
        this.organisations = organisations;
        this.directory = directory;
        this.audit = audit;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * Makes the agreement with the role's terms as they are now, books every party's time and records the creation in
     * the audit trail; or refuses it, when a party's time is booked already or a working-time rule would break, and
     * then leaves the database as it was. Joins the caller's transaction: a refusal rolls back only what this method
     * did (to a savepoint) and throws nothing, so the caller's own work can still commit.
     *
     * @throws dk.jobandel.roles.RoleNotFound if the role does not exist
     * @throws IllegalArgumentException if a party is not a freelancer's account
     */
    @Transactional
    public Creation create(NewAgreement request) {
        Role role = roles.role(request.roleId());
        RoleDetails details = role.details();
        String collectiveAgreementName =
                organisations.byId(role.organisationId()).profile().collectiveAgreementName();
        Terms terms = new Terms(
                details.title(),
                details.municipalityCode(),
                details.workMode(),
                details.handoverMinutes(),
                details.payKind(),
                details.payFrom(),
                details.payTo(),
                details.pensionPercent(),
                details.collectiveAgreement(),
                details.collectiveAgreement() ? collectiveAgreementName : "",
                details.openToFlexjob());
        return make(
                new Draft(
                        role.id(),
                        null,
                        role.organisationId(),
                        request.proposalId(),
                        request.startDate(),
                        request.endDate(),
                        terms,
                        request.parties(),
                        request.actorId()),
                agreementId -> {});
    }

    /**
     * Makes a pool agreement: the worker is employed by the pool's host (the employer of record) on the pool's terms
     * as they are now (its name as the title, its municipality, on site, hourly pay at the pool's wage and pension, no
     * collective agreement named); the union of the parts' windows is booked for the worker and each member's part is
     * recorded. Refuses it like {@link #create}: when the worker's time is booked already ({@code DOUBLE_BOOKED}) or a
     * working-time rule would break across all of the worker's agreements (checked on the whole reserved windows),
     * and then leaves the database as it was; joins the caller's transaction in the same way. Does not mark the needs
     * filled: that is the caller's business ({@code Pools.markFilled}).
     *
     * @throws dk.jobandel.pools.PoolNotFound if the pool does not exist
     * @throws IllegalArgumentException if the worker is not a freelancer's account, or a part's need is not the pool's
     *     need of that organisation
     */
    @Transactional
    public Creation createForPool(NewPoolAgreement request) {
        Pools.Pool pool = pools.pool(request.poolId());
        checkParts(request);
        Terms terms = new Terms(
                pool.name(),
                pool.municipalityCode(),
                WorkMode.ON_SITE,
                0,
                PayKind.HOURLY,
                pool.hourlyWage(),
                null,
                pool.pensionPercent(),
                false,
                "",
                false);
        return make(
                new Draft(
                        null,
                        pool.id(),
                        pool.hostOrganisationId(),
                        request.proposalId(),
                        request.startDate(),
                        request.endDate(),
                        terms,
                        List.of(new NewAgreement.Party(request.freelancerId(), request.slots())),
                        request.actorId()),
                agreementId -> insertParts(agreementId, request.parts()));
    }

    /** Every part's need belongs to the pool and was posted by the part's organisation. One statement. */
    private void checkParts(NewPoolAgreement request) {
        Map<Long, Long> owners = new HashMap<>();
        jdbc.sql("select id, organisation_id from pool_need where pool_id = :pool and id in (:needs)")
                .param("pool", request.poolId())
                .param(
                        "needs",
                        request.parts().stream()
                                .map(NewPoolAgreement.Part::needId)
                                .toList())
                .query(rs -> {
                    owners.put(rs.getLong(1), rs.getLong(2));
                });
        for (NewPoolAgreement.Part part : request.parts()) {
            Long owner = owners.get(part.needId());
            if (owner == null || owner != part.organisationId()) {
                throw new IllegalArgumentException("Need " + part.needId() + " is not pool " + request.poolId()
                        + "'s need of organisation " + part.organisationId());
            }
        }
    }

    /** What {@link #make} writes: the agreement's subject (a role or a pool), its employer, dates, terms and people. */
    private record Draft(
            @Nullable Long roleId,
            @Nullable Long poolId,
            long organisationId,
            @Nullable Long proposalId,
            LocalDate startDate,
            @Nullable LocalDate endDate,
            Terms terms,
            List<NewAgreement.Party> parties,
            @Nullable Long actorId) {}

    /**
     * The steps every agreement goes through: lock its people, insert it and its parties, let {@code details} add
     * what belongs to its kind, book everybody's time, check the working-time rules and record it; or undo all of it
     * to the savepoint and say why.
     */
    private Creation make(Draft draft, java.util.function.LongConsumer details) {
        Map<Long, String> names = new HashMap<>();
        for (NewAgreement.Party party : draft.parties()) {
            long id = party.freelancerId();
            names.put(
                    id,
                    directory
                            .freelancer(id)
                            .orElseThrow(() -> new IllegalArgumentException("Account " + id + " is not a freelancer"))
                            .displayName());
        }

        jdbc.sql("savepoint agreement_creation").update();
        draft.parties().stream()
                .mapToLong(NewAgreement.Party::freelancerId)
                .sorted() // one order for every transaction: no deadlocks between them
                .forEach(this::lockPerson);
        long agreementId = insertAgreement(draft);
        int position = 0;
        for (NewAgreement.Party party : draft.parties()) {
            insertParty(agreementId, party, position++);
        }
        details.accept(agreementId);
        for (NewAgreement.Party party : draft.parties()) {
            try {
                insertBookings(agreementId, party.freelancerId(), draft.startDate(), draft.endDate(), party.slots());
            } catch (DataAccessException refused) {
                if (!isExclusionViolation(refused)) {
                    throw refused;
                }
                undo();
                long id = party.freelancerId();
                return new Refused(Reason.DOUBLE_BOOKED, id, names.get(id), null, 0);
            }
        }
        Map<Long, List<Commitment>> others = commitments(agreementId, draft);
        for (NewAgreement.Party party : draft.parties()) {
            long id = party.freelancerId();
            Optional<Violation> violation = WorkingTimeRules.check(
                    new Commitment(draft.startDate(), draft.endDate(), party.slots()),
                    others.getOrDefault(id, List.of()));
            if (violation.isPresent()) {
                undo();
                Violation v = violation.get();
                return new Refused(Reason.valueOf(v.rule().name()), id, names.get(id), v.from(), v.weeklyHours());
            }
        }
        audit.record(SUBJECT_TYPE, agreementId, null, AgreementStatus.ACTIVE.name(), draft.actorId(), null);
        jdbc.sql("release savepoint agreement_creation").update();
        return new Created(agreementId);
    }

    private void insertParts(long agreementId, List<NewPoolAgreement.Part> parts) {
        for (NewPoolAgreement.Part part : parts) {
            jdbc.sql("""
                            insert into agreement_part (agreement_id, need_id, organisation_id, title, slots, half_hours)
                            values (:agreement, :need, :organisation, :title, :slots, :halfHours)
                            """)
                    .param("agreement", agreementId)
                    .param("need", part.needId())
                    .param("organisation", part.organisationId())
                    .param("title", part.title())
                    .param("slots", part.slots().toBytes())
                    .param("halfHours", part.halfHours())
                    .update();
        }
    }

    /**
     * Ends the agreement after {@code lastDay}: its status becomes {@link AgreementStatus#ENDED} and every booking
     * stops after that day. Either side may end it: one of its freelancers or the cooperative's staff.
     *
     * @param basedOnVersion the version the member saw; a different one means somebody changed it in between
     * @param reason what the member wrote, for the audit trail; may be blank
     * @throws AgreementNotFound if there is no such agreement or the member may not end it
     * @throws AgreementChanged if it changed since {@code basedOnVersion}
     * @throws EndRefused if {@code lastDay} is before today, before the start, or after an end already agreed
     */
    @Transactional
    public void end(long agreementId, long basedOnVersion, long actorId, LocalDate lastDay, @Nullable String reason) {
        var current = jdbc.sql("""
                        select a.status, a.start_date, a.end_date, a.version,
                               exists (select 1 from agreement_party p
                                       where p.agreement_id = a.id and p.freelancer_id = :actor)
                               or exists (select 1 from organisation_staff s
                                          where s.organisation_id = a.organisation_id and s.account_id = :actor)
                        from agreement a where a.id = :id
                        """)
                .param("id", agreementId)
                .param("actor", actorId)
                .query((rs, row) -> new EndCheck(
                        AgreementStatus.valueOf(rs.getString(1)),
                        rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class),
                        rs.getLong(4),
                        rs.getBoolean(5)))
                .optional()
                .filter(EndCheck::allowed)
                .orElseThrow(() -> new AgreementNotFound(agreementId));
        if (current.version() != basedOnVersion) {
            throw new AgreementChanged(agreementId);
        }
        if (current.status() != AgreementStatus.ACTIVE) {
            throw new EndRefused("agreement.end.alreadyEnded");
        }
        if (lastDay.isBefore(LocalDate.now(clock))) {
            throw new EndRefused("agreement.end.beforeToday");
        }
        if (lastDay.isBefore(current.startDate())) {
            throw new EndRefused("agreement.end.beforeStart");
        }
        if (current.endDate() != null && lastDay.isAfter(current.endDate())) {
            throw new EndRefused("agreement.end.afterEnd");
        }
        int updated = jdbc.sql("""
                        update agreement set status = 'ENDED', end_date = :lastDay, ended_at = :now,
                                             version = version + 1
                        where id = :id and version = :version
                        """)
                .param("lastDay", Date.valueOf(lastDay))
                .param("now", Timestamp.from(clock.instant()))
                .param("id", agreementId)
                .param("version", basedOnVersion)
                .update();
        if (updated != 1) {
            throw new AgreementChanged(agreementId);
        }
        jdbc.sql("update booking set period = daterange(lower(period), :lastDay, '[]') where agreement_id = :id")
                .param("lastDay", Date.valueOf(lastDay))
                .param("id", agreementId)
                .update();
        audit.record(
                SUBJECT_TYPE,
                agreementId,
                AgreementStatus.ACTIVE.name(),
                AgreementStatus.ENDED.name(),
                actorId,
                reason);
        tellTheOthersItEnds(agreementId, actorId, lastDay);
    }

    /**
     * Every other party (its freelancers and the cooperative's staff, and for a pool agreement the staff of each member
     * with a part) gets a notice and an e-mail.
     */
    private void tellTheOthersItEnds(long agreementId, long actorId, LocalDate lastDay) {
        record Facts(String title, long organisationId, String organisationName) {}
        Facts facts = jdbc.sql("""
                        select a.role_title, a.organisation_id, o.name from agreement a
                        join organisation o on o.id = a.organisation_id where a.id = :id
                        """)
                .param("id", agreementId)
                .query((rs, row) -> new Facts(rs.getString(1), rs.getLong(2), rs.getString(3)))
                .single();
        java.util.Set<Long> recipients =
                new java.util.TreeSet<>(jdbc.sql("select freelancer_id from agreement_party where agreement_id = :id")
                        .param("id", agreementId)
                        .query(Long.class)
                        .list());
        recipients.addAll(organisations.byId(facts.organisationId()).getStaffAccountIds());
        // a pool agreement's members lose the worker's time in their parts too
        recipients.addAll(
                jdbc.sql("""
                        select s.account_id from organisation_staff s
                        where s.organisation_id in (select organisation_id from agreement_part where agreement_id = :id)
                        """).param("id", agreementId).query(Long.class).list());
        recipients.remove(actorId);
        notifications.notify(
                recipients,
                NoticeKind.AGREEMENT_ENDED,
                List.of(facts.title(), facts.organisationName(), lastDay),
                "/agreements/" + agreementId);
    }

    private record EndCheck(
            AgreementStatus status,
            LocalDate startDate,
            @Nullable LocalDate endDate,
            long version,
            boolean allowed) {}

    /**
     * The agreement, for one of its freelancers, its cooperative's staff, a consultant or an admin; a pool agreement
     * also for the staff of each member organisation with a part in it. Three statements, four for a pool agreement.
     *
     * @throws AgreementNotFound for anybody else, or when there is no such agreement
     */
    @Transactional(readOnly = true)
    public Agreement byId(long agreementId, SignedInMember viewer) {
        record Row(
                Agreement agreement,
                @Nullable Long poolId,
                @Nullable String poolName) {}
        Row row = jdbc.sql("""
                        select a.id, a.role_id, a.organisation_id, o.name, a.proposal_id, a.start_date, a.end_date,
                               a.status, a.version, a.role_title, a.municipality_code, a.work_mode,
                               a.handover_minutes, a.pay_kind, a.pay_from, a.pay_to, a.pension_percent,
                               a.collective_agreement, a.collective_agreement_name, a.open_to_flexjob, a.created_at,
                               a.pool_id, p.name
                        from agreement a join organisation o on o.id = a.organisation_id
                        left join pool p on p.id = a.pool_id
                        where a.id = :id
                        """)
                .param("id", agreementId)
                .query((rs, n) -> new Row(agreement(rs), rs.getObject(22, Long.class), rs.getString(23)))
                .optional()
                .orElseThrow(() -> new AgreementNotFound(agreementId));
        Agreement agreement = row.agreement();
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
        if (row.poolId() != null) {
            List<Agreement.Part> parts = new ArrayList<>();
            boolean[] viewerIsMemberStaff = {false};
            jdbc.sql("""
                            select ap.need_id, ap.organisation_id, o.name, ap.title, ap.slots, ap.half_hours,
                                   exists (select 1 from organisation_staff s
                                           where s.organisation_id = ap.organisation_id and s.account_id = :viewer)
                            from agreement_part ap join organisation o on o.id = ap.organisation_id
                            where ap.agreement_id = :id order by o.name, ap.organisation_id, ap.need_id
                            """)
                    .param("id", agreementId)
                    .param("viewer", viewer.accountId())
                    .query(rs -> {
                        parts.add(new Agreement.Part(
                                rs.getLong(1),
                                rs.getLong(2),
                                rs.getString(3),
                                rs.getString(4),
                                WeekGrid.fromBytes(rs.getBytes(5)),
                                rs.getInt(6)));
                        viewerIsMemberStaff[0] |= rs.getBoolean(7);
                    });
            pool = new Agreement.PoolShares(row.poolId(), java.util.Objects.requireNonNull(row.poolName()), parts);
            memberStaff = viewerIsMemberStaff[0];
        }
        Agreement full = new Agreement(
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
                pool);
        long viewerId = viewer.accountId();
        if (!(full.isParty(viewerId) || full.isStaff(viewerId) || memberStaff || overseer(viewer))) {
            throw new AgreementNotFound(agreementId);
        }
        return full;
    }

    /**
     * A freelancer's agreements, newest start first, with their own weekly hours: for the freelancer, consultants and
     * admins. One statement.
     *
     * @throws AgreementNotFound for any other viewer
     */
    @Transactional(readOnly = true)
    public List<AgreementSummary> forFreelancer(long freelancerId, SignedInMember viewer) {
        if (viewer.accountId() != freelancerId && !overseer(viewer)) {
            throw new AgreementNotFound(0);
        }
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

    /**
     * An organisation's agreements, newest start first, with everybody's weekly hours together: for its staff,
     * consultants and admins. Pool agreements count for their host (all parts' hours) and for each member with a part
     * in them (its own parts' hours). One statement.
     *
     * @throws AgreementNotFound for any other viewer
     */
    @Transactional(readOnly = true)
    public List<AgreementSummary> forOrganisation(long organisationId, SignedInMember viewer) {
        boolean staff = jdbc.sql("""
                        select exists (select 1 from organisation_staff
                                       where organisation_id = :organisation and account_id = :viewer)
                        """)
                .param("organisation", organisationId)
                .param("viewer", viewer.accountId())
                .query(Boolean.class)
                .single();
        if (!staff && !overseer(viewer)) {
            throw new AgreementNotFound(0);
        }
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
     * What the pool's agreements used in the month, for its statement (see {@link PoolMonth}): for the host's staff,
     * consultants and admins all of it; for the staff of a member (approved, or with a part in one of the pool's
     * agreements) all of it too, since a fair split needs everybody's hours, but marked with their organisation so
     * that only its shares are shown. Ended agreements count for the days they ran. Four statements.
     *
     * @throws dk.jobandel.pools.PoolNotFound when there is no such pool
     * @throws AgreementNotFound for anybody else (as for agreements they may not see)
     */
    @Transactional(readOnly = true)
    public PoolMonth poolMonth(long poolId, java.time.YearMonth month, SignedInMember viewer) {
        Pools.Pool pool = pools.pool(poolId);
        Long viewerOrganisation = null;
        if (!overseer(viewer)) {
            record Staff(long organisationId, boolean member) {}
            Staff staff = jdbc.sql("""
                            select s.organisation_id,
                                   exists (select 1 from pool_member m where m.pool_id = :pool
                                           and m.organisation_id = s.organisation_id and m.status = 'APPROVED')
                                   or exists (select 1 from agreement_part x join agreement a on a.id = x.agreement_id
                                              where a.pool_id = :pool and x.organisation_id = s.organisation_id)
                            from organisation_staff s where s.account_id = :viewer
                            """)
                    .param("pool", poolId)
                    .param("viewer", viewer.accountId())
                    .query((rs, n) -> new Staff(rs.getLong(1), rs.getBoolean(2)))
                    .optional()
                    .orElseThrow(() -> new AgreementNotFound(0));
            if (staff.organisationId() != pool.hostOrganisationId()) {
                if (!staff.member()) {
                    throw new AgreementNotFound(0);
                }
                viewerOrganisation = staff.organisationId();
            }
        }
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        record Head(
                long id,
                long freelancerId,
                String name,
                LocalDate start,
                @Nullable LocalDate end,
                java.math.BigDecimal wage,
                java.math.BigDecimal pension,
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
            LocalDate from = head.start().isAfter(first) ? head.start() : first;
            LocalDate until = head.end() == null || head.end().isAfter(last) ? last : head.end();
            int days = (int) java.time.temporal.ChronoUnit.DAYS.between(from, until) + 1;
            Map<Long, PoolMonth.Usage> usage = new java.util.LinkedHashMap<>();
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
        return new PoolMonth(
                pool.id(), pool.name(), pool.hostName(), pool.feePercent(), month, viewerOrganisation, work);
    }

    /** The agreement made from a proposal, if one was. */
    @Transactional(readOnly = true)
    public Optional<Long> idForProposal(long proposalId) {
        return jdbc.sql("select id from agreement where proposal_id = :proposal order by id limit 1")
                .param("proposal", proposalId)
                .query(Long.class)
                .optional();
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

    private static Agreement agreement(ResultSet rs) throws SQLException {
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
                null);
    }

    private static boolean overseer(SignedInMember viewer) {
        return viewer.hasRole("CONSULTANT") || viewer.hasRole("ADMIN");
    }

    private void lockPerson(long freelancerId) {
        jdbc.sql("select pg_advisory_xact_lock(:lockClass, cast(:person % 2147483647 as integer))")
                .param("lockClass", PERSON_LOCK)
                .param("person", freelancerId)
                .query((rs, row) -> 1)
                .single();
    }

    private long insertAgreement(Draft draft) {
        Terms terms = draft.terms();
        return jdbc.sql("""
                        insert into agreement (role_id, pool_id, organisation_id, proposal_id, start_date, end_date,
                                               status, role_title, municipality_code, work_mode, handover_minutes,
                                               pay_kind, pay_from, pay_to, pension_percent, collective_agreement,
                                               collective_agreement_name, open_to_flexjob, created_at)
                        values (:role, :pool, :organisation, :proposal, :start, :end, 'ACTIVE', :title, :municipality,
                                :workMode, :handover, :payKind, :payFrom, :payTo, :pension, :collective,
                                :collectiveName, :flexjob, :now)
                        returning id
                        """)
                .param("role", draft.roleId())
                .param("pool", draft.poolId())
                .param("organisation", draft.organisationId())
                .param("proposal", draft.proposalId())
                .param("start", Date.valueOf(draft.startDate()))
                .param("end", draft.endDate() == null ? null : Date.valueOf(draft.endDate()))
                .param("title", terms.roleTitle())
                .param("municipality", terms.municipalityCode())
                .param("workMode", terms.workMode().name())
                .param("handover", terms.handoverMinutes())
                .param("payKind", terms.payKind().name())
                .param("payFrom", terms.payFrom())
                .param("payTo", terms.payTo())
                .param("pension", terms.pensionPercent())
                .param("collective", terms.collectiveAgreement())
                .param("collectiveName", terms.collectiveAgreementName())
                .param("flexjob", terms.openToFlexjob())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
    }

    private void insertParty(long agreementId, NewAgreement.Party party, int position) {
        jdbc.sql("""
                        insert into agreement_party (agreement_id, freelancer_id, position, slots, half_hours)
                        values (:agreement, :freelancer, :position, :slots, :halfHours)
                        """)
                .param("agreement", agreementId)
                .param("freelancer", party.freelancerId())
                .param("position", position)
                .param("slots", party.slots().toBytes())
                .param("halfHours", party.slots().slotCount())
                .update();
    }

    private void insertBookings(
            long agreementId, long freelancerId, LocalDate start, @Nullable LocalDate end, WeekGrid slots) {
        for (int[] run : Bookings.runs(slots)) {
            jdbc.sql("""
                            insert into booking (agreement_id, freelancer_id, period, slots)
                            values (:agreement, :freelancer, daterange(cast(:start as date), cast(:end as date), '[]'),
                                    int4range(:from, :to))
                            """)
                    .param("agreement", agreementId)
                    .param("freelancer", freelancerId)
                    .param("start", Date.valueOf(start))
                    .param("end", end == null ? null : Date.valueOf(end))
                    .param("from", run[0])
                    .param("to", run[1])
                    .update();
        }
    }

    /** Every party's other agreements that touch the new dates, give or take a day (for the night between). */
    private Map<Long, List<Commitment>> commitments(long agreementId, Draft request) {
        Map<Long, List<Commitment>> byPerson = new HashMap<>();
        jdbc.sql("""
                        select p.freelancer_id, a.start_date, a.end_date, p.slots
                        from agreement_party p join agreement a on a.id = p.agreement_id
                        where p.freelancer_id in (:people) and a.id <> :agreement
                          and daterange(a.start_date, a.end_date, '[]')
                              && daterange(cast(:from as date), cast(:until as date), '[)')
                        """)
                .param(
                        "people",
                        request.parties().stream()
                                .map(NewAgreement.Party::freelancerId)
                                .toList())
                .param("agreement", agreementId)
                .param("from", Date.valueOf(request.startDate().minusDays(1)))
                .param(
                        "until",
                        request.endDate() == null
                                ? null
                                : Date.valueOf(request.endDate().plusDays(2)))
                .query(rs -> {
                    byPerson.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new Commitment(
                                    rs.getObject(2, LocalDate.class),
                                    rs.getObject(3, LocalDate.class),
                                    WeekGrid.fromBytes(rs.getBytes(4))));
                });
        return byPerson;
    }

    /** Takes back everything {@link #create} did so far; the caller's transaction goes on. */
    private void undo() {
        jdbc.sql("rollback to savepoint agreement_creation").update();
        jdbc.sql("release savepoint agreement_creation").update();
    }

    private static boolean isExclusionViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23P01".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
