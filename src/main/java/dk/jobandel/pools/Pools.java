package dk.jobandel.pools;

import dk.jobandel.advisor.SecureTerms;
import dk.jobandel.audit.AuditTrail;
import dk.jobandel.notifications.NoticeKind;
import dk.jobandel.notifications.Notifications;
import dk.jobandel.platform.RateLimits;
import dk.jobandel.platform.UsageLimits;
import dk.jobandel.shared.ReferenceData;
import dk.jobandel.shared.WeekGrid;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pools as members, hosts and consultants use them, and as the portfolio planner reads them. Every action names
 * the acting account; the service finds out itself whether it is a consultant (or admin) or which organisation's
 * staff it belongs to. A pool's needs, workers and applications are seen only by its approved members' staff and by
 * consultants: everybody else gets {@link PoolNotFound}. Decisions name the version they were based on, so of two
 * concurrent decisions on one application exactly one is taken.
 */
@Service
public class Pools {

    /** Subject type of membership changes in the audit trail (state keys {@code state.POOL_MEMBER.*}). */
    public static final String MEMBER_SUBJECT = "POOL_MEMBER";

    /** The audit subject of a pool's own changes (its settings and terms). */
    public static final String POOL_SUBJECT = "POOL";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ReferenceData referenceData;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final ObjectProvider<NeedBookings> bookings;
    private final SecureTerms secureTerms;

    private final RateLimits rateLimits;
    private final UsageLimits usageLimits;

    Pools(
            JdbcClient jdbc,
            Clock clock,
            ReferenceData referenceData,
            AuditTrail audit,
            Notifications notifications,
            ObjectProvider<NeedBookings> bookings,
            SecureTerms secureTerms,
            RateLimits rateLimits,
            UsageLimits usageLimits) {
        this.secureTerms = secureTerms;
        this.rateLimits = rateLimits;
        this.usageLimits = usageLimits;
        this.jdbc = jdbc;
        this.clock = clock;
        this.referenceData = referenceData;
        this.audit = audit;
        this.notifications = notifications;
        this.bookings = bookings;
    }

    // --- records the API returns ---

    /**
     * A pool with its settings and host.
     *
     * @param hourlyWage the gross wage per hour the host pays its workers, in kroner
     * @param pensionPercent the employer's pension, percent of the wage
     */
    public record Pool(
            long id,
            String name,
            long hostOrganisationId,
            String hostName,
            String purpose,
            short municipalityCode,
            BigDecimal feePercent,
            int noticeDays,
            BigDecimal minHoursPerMember,
            long version,
            BigDecimal hourlyWage,
            BigDecimal pensionPercent) {}

    /** A pool in a list, with the reader's own membership (or {@code null}). */
    public record Listed(
            long id,
            String name,
            String hostName,
            short municipalityCode,
            int members,
            int openNeeds,
            @Nullable MemberStatus myStatus,
            boolean host) {}

    /** An organisation's membership. */
    public record Member(
            long id,
            long organisationId,
            String organisationName,
            MemberStatus status,
            LocalDateTime appliedAt,
            @Nullable LocalDateTime decidedAt,
            long version) {}

    /** One member's needs in the overview's summary. */
    public record MemberNeeds(
            long organisationId, String organisationName, int open, int filled, double openHours, double filledHours) {}

    /** A worker of the pool. */
    public record Worker(
            long freelancerId, String name, int desiredHoursMin, int desiredHoursMax, LocalDate joinedOn) {}

    /** A freelancer who wants pool work and is not yet a worker of this pool. */
    public record Candidate(long freelancerId, String name, int desiredHoursMin, int desiredHoursMax) {}

    /** The hours the pool's running needs ask for in one week, and how many of them are covered. */
    public record Coverage(LocalDate monday, double neededHours, double coveredHours) {

        /** Covered share in whole percent (0 when nothing is needed). */
        public int percent() {
            return neededHours <= 0 ? 0 : (int) Math.round(100 * coveredHours / neededHours);
        }
    }

    /** What the reader may do and is in the pool. */
    public record Viewer(
            @Nullable Long organisationId,
            @Nullable Long memberId,
            @Nullable MemberStatus status,
            boolean host,
            boolean consultant,
            boolean organisationVerified) {

        public boolean canSeeNeeds() {
            return consultant || status == MemberStatus.APPROVED;
        }

        public boolean canPostNeeds() {
            return status == MemberStatus.APPROVED;
        }

        public boolean canDecide() {
            return host;
        }

        public boolean canManageWorkers() {
            return host || consultant;
        }

        public boolean canApply() {
            return organisationId != null
                    && (status == null || status == MemberStatus.REJECTED || status == MemberStatus.LEFT);
        }

        public boolean canLeave() {
            return !host && (status == MemberStatus.APPLIED || status == MemberStatus.APPROVED);
        }
    }

    /**
     * The pool page. A non-member organisation sees the pool's settings and approved members (to decide whether to
     * apply) but no needs, workers, applications or coverage.
     */
    public record Overview(
            Pool pool,
            Viewer viewer,
            List<Member> members,
            List<MemberNeeds> needs,
            List<Worker> workers,
            @Nullable Coverage coverage) {}

    /** A need as the needs board shows it. */
    public record Need(
            long id,
            long poolId,
            long organisationId,
            String organisationName,
            String title,
            WeekGrid schedule,
            BigDecimal hoursPerWeek,
            boolean remote,
            @Nullable Short municipalityCode,
            LocalDate startDate,
            @Nullable LocalDate endDate,
            NeedStatus status,
            List<NeedSkill> skills,
            long version,
            boolean own) {}

    /**
     * An open need as the portfolio planner reads it. {@code latitude}/{@code longitude} are the municipality's
     * centre, {@code null} when remote. {@code hostOrganisationId} is the pool's employer of record.
     */
    public record OpenNeed(
            long id,
            long poolId,
            long hostOrganisationId,
            long organisationId,
            WeekGrid schedule,
            double hoursPerWeek,
            boolean remote,
            @Nullable Short municipalityCode,
            @Nullable Double latitude,
            @Nullable Double longitude,
            List<NeedSkill> skills,
            LocalDate startDate,
            @Nullable LocalDate endDate) {

        /** The schedule as the engine's six words (Monday 00:00 is bit 0 of word 0). */
        public long[] scheduleWords() {
            long[] words = new long[WeekGrid.WORDS];
            for (int i = 0; i < WeekGrid.WORDS; i++) {
                words[i] = schedule.word(i);
            }
            return words;
        }

        /** The hours in whole minutes, as the engine counts. */
        public int minutesPerWeek() {
            return (int) Math.round(hoursPerWeek * 60);
        }
    }

    /** An active worker of a pool, for the planner. */
    public record PoolWorker(long poolId, long freelancerId, int desiredHoursMin, int desiredHoursMax) {}

    /** A pool host's pending application, for the dashboard. */
    public record Pending(long poolId, String poolName, String organisationName) {}

    /** A cooperative's dashboard: its pools and the applications awaiting its decision as a host. */
    public record Dashboard(List<Listed> pools, List<Pending> pending) {}

    // --- who acts ---

    private record Actor(long accountId, @Nullable Long organisationId, boolean consultant) {}

    private Actor actor(long accountId) {
        return jdbc.sql("""
                        select exists (select 1 from account_role r
                                       where r.account_id = :a and r.role in ('CONSULTANT', 'ADMIN')),
                               (select s.organisation_id from organisation_staff s where s.account_id = :a)
                        """)
                .param("a", accountId)
                .query((rs, row) -> new Actor(accountId, rs.getObject(2, Long.class), rs.getBoolean(1)))
                .single();
    }

    private static final String POOL_COLUMNS = """
            p.id, p.name, p.host_organisation_id, o.name, p.purpose, p.municipality_code, p.fee_percent,
            p.notice_days, p.min_hours_per_member, p.version, p.hourly_wage, p.pension_percent
            """;

    private static Pool pool(ResultSet rs) throws SQLException {
        return new Pool(
                rs.getLong(1),
                rs.getString(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getString(5),
                rs.getShort(6),
                rs.getBigDecimal(7),
                rs.getInt(8),
                rs.getBigDecimal(9),
                rs.getLong(10),
                rs.getBigDecimal(11),
                rs.getBigDecimal(12));
    }

    private Pool poolById(long poolId) {
        return jdbc.sql("select " + POOL_COLUMNS
                        + " from pool p join organisation o on o.id = p.host_organisation_id where p.id = :p")
                .param("p", poolId)
                .query((rs, row) -> pool(rs))
                .optional()
                .orElseThrow(() -> new PoolNotFound(poolId));
    }

    /**
     * The pool with its settings and pay terms, for other modules that have checked who may see what they show (the
     * agreements module copies the pay terms into a worker's agreement). No visibility check.
     *
     * @throws PoolNotFound when there is no such pool
     */
    @Transactional(readOnly = true)
    public Pool pool(long poolId) {
        return poolById(poolId);
    }

    private record Membership(long id, MemberStatus status, long version) {}

    private Optional<Membership> membership(long poolId, @Nullable Long organisationId) {
        if (organisationId == null) {
            return Optional.empty();
        }
        return jdbc.sql("select id, status, version from pool_member where pool_id = :p and organisation_id = :o")
                .param("p", poolId)
                .param("o", organisationId)
                .query((rs, row) -> new Membership(rs.getLong(1), MemberStatus.valueOf(rs.getString(2)), rs.getLong(3)))
                .optional();
    }

    /** Who may see the pool at all: consultants and any cooperative's staff; anybody else reads not found. */
    private Viewer viewer(Actor actor, Pool pool) {
        if (!actor.consultant() && actor.organisationId() == null) {
            throw new PoolNotFound(pool.id());
        }
        Optional<Membership> mine = membership(pool.id(), actor.organisationId());
        boolean verified = actor.organisationId() != null && isVerified(actor.organisationId());
        return new Viewer(
                actor.organisationId(),
                mine.map(Membership::id).orElse(null),
                mine.map(Membership::status).orElse(null),
                actor.organisationId() != null && actor.organisationId() == pool.hostOrganisationId(),
                actor.consultant(),
                verified);
    }

    private boolean isVerified(long organisationId) {
        return jdbc.sql("select verification_status = 'VERIFIED' from organisation where id = :o")
                .param("o", organisationId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    // --- pools and membership ---

    /**
     * Creates a pool. A cooperative's staff create it with their own organisation as host (the host argument is
     * ignored); a consultant names a verified host. The host is an approved member from the start.
     *
     * @throws PoolRefused when the host is missing or not verified, or the name is taken
     * @throws PoolNotFound when the account is neither a consultant nor an organisation's staff
     */
    @Transactional
    public long create(long actingAccountId, @Nullable Long hostOrganisationId, PoolDetails details) {
        Actor actor = actor(actingAccountId);
        long host;
        if (actor.organisationId() != null) {
            host = actor.organisationId();
        } else if (actor.consultant()) {
            if (hostOrganisationId == null) {
                throw new PoolRefused("pool.host.required");
            }
            host = hostOrganisationId;
        } else {
            throw new PoolNotFound(0);
        }
        if (!isVerified(host)) {
            throw new PoolRefused("pool.host.notVerified");
        }
        // review finding 6: a quota per host, and a rate that holds across nodes
        int hosted = jdbc.sql("select count(*) from pool where host_organisation_id = :host")
                .param("host", host)
                .query(Integer.class)
                .single();
        if (hosted >= usageLimits.poolsPerOrganisation()) {
            throw new PoolRefused("pool.quota.hosted");
        }
        if (!rateLimits.tryAcquire(usageLimits.poolCreations(), "organisation:" + host)) {
            throw new PoolRefused("pool.quota.creations");
        }
        if (referenceData.municipality(details.municipalityCode()).isEmpty()) {
            throw new PoolRefused("registration.municipality.unknown");
        }
        boolean taken = jdbc.sql("select exists (select 1 from pool where lower(name) = lower(:n))")
                .param("n", details.name().strip())
                .query(Boolean.class)
                .single();
        if (taken) {
            throw new PoolRefused("pool.name.taken");
        }
        Timestamp now = Timestamp.from(clock.instant());
        long poolId = jdbc.sql("""
                        insert into pool (name, host_organisation_id, purpose, municipality_code, fee_percent,
                                          notice_days, min_hours_per_member, hourly_wage, pension_percent,
                                          created_by, created_at)
                        values (:name, :host, :purpose, :municipality, :fee, :notice, :minHours, :wage, :pension,
                                :by, :now)
                        returning id
                        """)
                .param("name", details.name().strip())
                .param("host", host)
                .param("purpose", details.purpose().strip())
                .param("municipality", details.municipalityCode())
                .param("fee", details.feePercent())
                .param("notice", details.noticeDays())
                .param("minHours", details.minHoursPerMember())
                .param("wage", details.hourlyWage())
                .param("pension", details.pensionPercent())
                .param("by", actingAccountId)
                .param("now", now)
                .query(Long.class)
                .single();
        long memberId = jdbc.sql("""
                        insert into pool_member (pool_id, organisation_id, status, applied_at, decided_at, decided_by)
                        values (:pool, :org, 'APPROVED', :now, :now, :by) returning id
                        """)
                .param("pool", poolId)
                .param("org", host)
                .param("now", now)
                .param("by", actingAccountId)
                .query(Long.class)
                .single();
        audit.record(MEMBER_SUBJECT, memberId, null, MemberStatus.APPROVED.name(), actingAccountId, null);
        return poolId;
    }

    /**
     * The pool, for its host's staff to change its terms.
     *
     * @throws PoolNotFound for anybody else, consultants included (they guide; the host decides)
     */
    @Transactional(readOnly = true)
    public Pool hostedPool(long actingAccountId, long poolId) {
        Pool pool = poolById(poolId);
        Actor actor = actor(actingAccountId);
        if (actor.organisationId() == null || actor.organisationId() != pool.hostOrganisationId()) {
            throw new PoolNotFound(poolId);
        }
        return pool;
    }

    /**
     * The host's staff change the pool's settings and employment terms (issue 21: a cooperative fixes terms the
     * advisor found weak). Agreements already made keep the terms they were made on; new ones take the changed terms.
     *
     * @throws PoolNotFound when the acting member is not the host's staff
     * @throws PoolRefused when the name is taken by another pool or the municipality is unknown
     * @throws PoolChanged when the pool changed since {@code basedOnVersion}
     */
    @Transactional
    public void changeTerms(long actingAccountId, long poolId, long basedOnVersion, PoolDetails details) {
        hostedPool(actingAccountId, poolId);
        if (referenceData.municipality(details.municipalityCode()).isEmpty()) {
            throw new PoolRefused("registration.municipality.unknown");
        }
        boolean taken = jdbc.sql("select exists (select 1 from pool where lower(name) = lower(:n) and id <> :p)")
                .param("n", details.name().strip())
                .param("p", poolId)
                .query(Boolean.class)
                .single();
        if (taken) {
            throw new PoolRefused("pool.name.taken");
        }
        int changed = jdbc.sql("""
                        update pool set name = :name, purpose = :purpose, municipality_code = :municipality,
                                        fee_percent = :fee, notice_days = :notice, min_hours_per_member = :minHours,
                                        hourly_wage = :wage, pension_percent = :pension, version = version + 1
                        where id = :p and version = :v
                        """)
                .param("name", details.name().strip())
                .param("purpose", details.purpose().strip())
                .param("municipality", details.municipalityCode())
                .param("fee", details.feePercent())
                .param("notice", details.noticeDays())
                .param("minHours", details.minHoursPerMember())
                .param("wage", details.hourlyWage())
                .param("pension", details.pensionPercent())
                .param("p", poolId)
                .param("v", basedOnVersion)
                .update();
        if (changed == 0) {
            throw new PoolChanged(poolId);
        }
        audit.record(POOL_SUBJECT, poolId, null, "TERMS_CHANGED", actingAccountId, null);
    }

    /**
     * The acting member's organisation applies to join; the host's staff are notified. An organisation that was
     * rejected or has left may apply again.
     *
     * @throws PoolRefused when the organisation is not verified or already applied or a member
     */
    @Transactional
    public void apply(long actingAccountId, long poolId) {
        Actor actor = actor(actingAccountId);
        Pool pool = poolById(poolId);
        Long organisationId = actor.organisationId();
        if (organisationId == null) {
            throw new PoolNotFound(poolId);
        }
        if (!isVerified(organisationId)) {
            throw new PoolRefused("pool.apply.notVerified");
        }
        if (!rateLimits.tryAcquire(usageLimits.poolApplications(), "organisation:" + organisationId)) {
            throw new PoolRefused("pool.quota.applications");
        }
        Optional<Membership> existing = membership(poolId, organisationId);
        Timestamp now = Timestamp.from(clock.instant());
        long memberId;
        if (existing.isPresent()) {
            Membership m = existing.get();
            if (m.status() == MemberStatus.APPLIED || m.status() == MemberStatus.APPROVED) {
                throw new PoolRefused("pool.apply.already");
            }
            int updated = jdbc.sql("""
                            update pool_member set status = 'APPLIED', applied_at = :now, decided_at = null,
                                   decided_by = null, version = version + 1
                            where id = :id and version = :v
                            """)
                    .param("now", now)
                    .param("id", m.id())
                    .param("v", m.version())
                    .update();
            if (updated == 0) {
                throw new PoolChanged(m.id());
            }
            memberId = m.id();
        } else {
            memberId = jdbc.sql("""
                            insert into pool_member (pool_id, organisation_id, status, applied_at)
                            values (:pool, :org, 'APPLIED', :now) returning id
                            """)
                    .param("pool", poolId)
                    .param("org", organisationId)
                    .param("now", now)
                    .query(Long.class)
                    .single();
        }
        audit.record(
                MEMBER_SUBJECT,
                memberId,
                existing.map(m -> m.status().name()).orElse(null),
                MemberStatus.APPLIED.name(),
                actingAccountId,
                null);
        notifications.notify(
                staffOf(pool.hostOrganisationId()),
                NoticeKind.POOL_APPLICATION_RECEIVED,
                List.of(pool.name(), organisationName(organisationId)),
                "/pools/" + poolId);
    }

    /** The host's staff approve an application; see {@link #decide}. */
    @Transactional
    public void approve(long actingAccountId, long poolId, long memberId, long basedOnVersion) {
        decide(actingAccountId, poolId, memberId, basedOnVersion, MemberStatus.APPROVED, null);
    }

    /** The host's staff reject an application, optionally with a reason; see {@link #decide}. */
    @Transactional
    public void reject(long actingAccountId, long poolId, long memberId, long basedOnVersion, @Nullable String reason) {
        decide(actingAccountId, poolId, memberId, basedOnVersion, MemberStatus.REJECTED, reason);
    }

    /**
     * Decides an application. Only the host's staff may; anybody else reads not found.
     *
     * @throws PoolChanged when the application was decided or withdrawn since {@code basedOnVersion}
     */
    private void decide(
            long actingAccountId,
            long poolId,
            long memberId,
            long basedOnVersion,
            MemberStatus to,
            @Nullable String reason) {
        Actor actor = actor(actingAccountId);
        Pool pool = poolById(poolId);
        if (actor.organisationId() == null || actor.organisationId() != pool.hostOrganisationId()) {
            throw new PoolNotFound(poolId);
        }
        Long applicant = jdbc.sql("select organisation_id from pool_member where id = :m and pool_id = :p")
                .param("m", memberId)
                .param("p", poolId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new PoolNotFound(memberId));
        // the row lock makes a concurrent decision wait, and then find the version moved on
        int updated = jdbc.sql("""
                        update pool_member set status = :to, decided_at = :now, decided_by = :by, version = version + 1
                        where id = :m and version = :v and status = 'APPLIED'
                        """)
                .param("to", to.name())
                .param("now", Timestamp.from(clock.instant()))
                .param("by", actingAccountId)
                .param("m", memberId)
                .param("v", basedOnVersion)
                .update();
        if (updated == 0) {
            throw new PoolChanged(memberId);
        }
        audit.record(MEMBER_SUBJECT, memberId, MemberStatus.APPLIED.name(), to.name(), actingAccountId, reason);
        notifications.notify(
                staffOf(applicant),
                to == MemberStatus.APPROVED
                        ? NoticeKind.POOL_APPLICATION_APPROVED
                        : NoticeKind.POOL_APPLICATION_REJECTED,
                List.of(pool.name(), pool.hostName()),
                "/pools/" + poolId);
    }

    /**
     * The acting member's organisation leaves the pool (or withdraws its application); its open needs are
     * withdrawn with it. The host cannot leave its own pool.
     */
    @Transactional
    public void leave(long actingAccountId, long poolId) {
        Actor actor = actor(actingAccountId);
        Pool pool = poolById(poolId);
        Membership m = membership(poolId, actor.organisationId())
                .filter(x -> x.status() == MemberStatus.APPLIED || x.status() == MemberStatus.APPROVED)
                .orElseThrow(() -> new PoolNotFound(poolId));
        if (pool.hostOrganisationId() == actor.organisationId()) {
            throw new PoolRefused("pool.leave.host");
        }
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.sql("""
                        update pool_member set status = 'LEFT', decided_at = :now, decided_by = :by,
                               version = version + 1
                        where id = :id and version = :v
                        """)
                .param("now", now)
                .param("by", actingAccountId)
                .param("id", m.id())
                .param("v", m.version())
                .update();
        if (updated == 0) {
            throw new PoolChanged(m.id());
        }
        jdbc.sql("""
                        update pool_need set status = 'WITHDRAWN', updated_at = :now, version = version + 1
                        where pool_id = :p and organisation_id = :o and status = 'OPEN'
                        """)
                .param("now", now)
                .param("p", poolId)
                .param("o", actor.organisationId())
                .update();
        audit.record(MEMBER_SUBJECT, m.id(), m.status().name(), MemberStatus.LEFT.name(), actingAccountId, null);
    }

    // --- reading pools ---

    private static final String LISTED = """
            select p.id, p.name, o.name, p.municipality_code,
                   (select count(*) from pool_member x where x.pool_id = p.id and x.status = 'APPROVED'),
                   (select count(*) from pool_need n join pool_member x
                        on x.pool_id = n.pool_id and x.organisation_id = n.organisation_id and x.status = 'APPROVED'
                    where n.pool_id = p.id and n.status = 'OPEN'),
                   m.status, p.host_organisation_id = cast(:org as bigint)
            from pool p join organisation o on o.id = p.host_organisation_id
            left join pool_member m on m.pool_id = p.id and m.organisation_id = cast(:org as bigint)
            """;

    private static Listed listed(ResultSet rs) throws SQLException {
        String status = rs.getString(7);
        return new Listed(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getShort(4),
                rs.getInt(5),
                rs.getInt(6),
                status == null ? null : MemberStatus.valueOf(status),
                rs.getBoolean(8));
    }

    /**
     * The pools the member is in (approved or applied), or every pool for a consultant: one statement after
     * finding out who acts.
     */
    @Transactional(readOnly = true)
    public List<Listed> visibleTo(long accountId) {
        Actor actor = actor(accountId);
        if (!actor.consultant() && actor.organisationId() == null) {
            return List.of();
        }
        return jdbc.sql(LISTED + """
                        where cast(:consultant as boolean) or m.status in ('APPLIED', 'APPROVED')
                        order by p.name, p.id
                        """)
                .param("org", actor.organisationId())
                .param("consultant", actor.consultant() && actor.organisationId() == null)
                .query((rs, row) -> listed(rs))
                .list();
    }

    /**
     * The pools page in one go: the pools the member sees ({@link #visibleTo}), those their organisation could
     * apply to ({@link #joinable}), and for a consultant the organisations that could host a new one. One look-up
     * of who the member is and one statement for the pools, whatever their number.
     */
    @Transactional(readOnly = true)
    public ListPage listPage(long accountId) {
        Actor actor = actor(accountId);
        List<Host> hosts = actor.consultant() ? possibleHosts() : List.of();
        if (!actor.consultant() && actor.organisationId() == null) {
            return new ListPage(List.of(), List.of(), hosts);
        }
        boolean seesAll = actor.consultant() && actor.organisationId() == null;
        List<Listed> all = jdbc.sql(LISTED + " order by p.name, p.id")
                .param("org", actor.organisationId())
                .query((rs, row) -> listed(rs))
                .list();
        List<Listed> mine = new ArrayList<>();
        List<Listed> joinable = new ArrayList<>();
        for (Listed pool : all) {
            String status = pool.myStatus() == null ? null : pool.myStatus().name();
            if (seesAll || "APPLIED".equals(status) || "APPROVED".equals(status)) {
                mine.add(pool);
            }
            if (actor.organisationId() != null
                    && (status == null || "REJECTED".equals(status) || "LEFT".equals(status))) {
                joinable.add(pool);
            }
        }
        return new ListPage(List.copyOf(mine), List.copyOf(joinable), hosts);
    }

    /** What the pools page lists; see {@link #listPage}. */
    public record ListPage(List<Listed> mine, List<Listed> joinable, List<Host> hosts) {}

    /** The pools the member's organisation could apply to: not in them, or rejected or left before. */
    @Transactional(readOnly = true)
    public List<Listed> joinable(long accountId) {
        Actor actor = actor(accountId);
        if (actor.organisationId() == null) {
            return List.of();
        }
        return jdbc.sql(LISTED + """
                        where m.status is null or m.status in ('REJECTED', 'LEFT')
                        order by p.name, p.id
                        """)
                .param("org", actor.organisationId())
                .query((rs, row) -> listed(rs))
                .list();
    }

    /** The pool page for this member at the week of {@code today}; see {@link Overview}. */
    @Transactional(readOnly = true)
    public Overview overview(long accountId, long poolId, LocalDate today) {
        Actor actor = actor(accountId);
        Pool pool = poolById(poolId);
        Viewer viewer = viewer(actor, pool);
        boolean inside = viewer.canSeeNeeds();
        List<Member> members = jdbc.sql("""
                        select m.id, m.organisation_id, o.name, m.status, m.applied_at, m.decided_at, m.version
                        from pool_member m join organisation o on o.id = m.organisation_id
                        where m.pool_id = :p and (m.status = 'APPROVED' or (cast(:inside as boolean)
                                                                           and m.status = 'APPLIED'))
                        order by m.status = 'APPLIED', o.name, m.id
                        """)
                .param("p", poolId)
                .param("inside", inside || viewer.host())
                .query((rs, row) -> new Member(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        MemberStatus.valueOf(rs.getString(4)),
                        local(rs.getTimestamp(5)),
                        rs.getTimestamp(6) == null ? null : local(rs.getTimestamp(6)),
                        rs.getLong(7)))
                .list();
        if (!inside) {
            return new Overview(pool, viewer, members, List.of(), List.of(), null);
        }
        List<MemberNeeds> needs = jdbc.sql("""
                        select o.id, o.name,
                               count(*) filter (where n.status = 'OPEN'),
                               count(*) filter (where n.status = 'FILLED'),
                               coalesce(sum(n.hours_per_week) filter (where n.status = 'OPEN'), 0),
                               coalesce(sum(n.hours_per_week) filter (where n.status = 'FILLED'), 0)
                        from pool_need n join organisation o on o.id = n.organisation_id
                        join pool_member m on m.pool_id = n.pool_id and m.organisation_id = n.organisation_id
                        where n.pool_id = :p and m.status = 'APPROVED' and n.status in ('OPEN', 'FILLED')
                        group by o.id, o.name order by o.name, o.id
                        """)
                .param("p", poolId)
                .query((rs, row) -> new MemberNeeds(
                        rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getDouble(5), rs.getDouble(6)))
                .list();
        List<Worker> workers = jdbc.sql("""
                        select w.freelancer_id, a.display_name, w.desired_hours_min, w.desired_hours_max, w.joined_at
                        from pool_worker w join account a on a.id = w.freelancer_id
                        where w.pool_id = :p and w.status = 'ACTIVE' order by a.display_name, w.freelancer_id
                        """)
                .param("p", poolId)
                .query((rs, row) -> new Worker(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        local(rs.getTimestamp(5)).toLocalDate()))
                .list();
        return new Overview(pool, viewer, members, needs, workers, coverage(poolId, today));
    }

    /**
     * The hours the pool's running needs (open or filled, with the week inside their period) ask for in the week
     * of {@code day}, and how many are covered: by the {@link NeedBookings} bean when there is one, otherwise a
     * filled need counts in full. No visibility check: for pages that have checked it, and for other modules.
     */
    @Transactional(readOnly = true)
    public Coverage coverage(long poolId, LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Map<Long, Double> needed = new HashMap<>();
        Set<Long> filled = new HashSet<>();
        jdbc.sql("""
                        select n.id, n.hours_per_week, n.status from pool_need n
                        join pool_member m on m.pool_id = n.pool_id and m.organisation_id = n.organisation_id
                        where n.pool_id = :p and m.status = 'APPROVED' and n.status in ('OPEN', 'FILLED')
                          and n.start_date <= :sunday and (n.end_date is null or n.end_date >= :monday)
                        """)
                .param("p", poolId)
                .param("monday", Date.valueOf(monday))
                .param("sunday", Date.valueOf(monday.plusDays(6)))
                .query(rs -> {
                    needed.put(rs.getLong(1), rs.getDouble(2));
                    if (NeedStatus.FILLED.name().equals(rs.getString(3))) {
                        filled.add(rs.getLong(1));
                    }
                });
        NeedBookings source = bookings.getIfAvailable();
        Map<Long, Double> booked = new HashMap<>();
        if (source != null) {
            booked.putAll(source.bookedHours(needed.keySet(), monday));
        } else {
            filled.forEach(id -> booked.put(id, needed.get(id)));
        }
        return coverage(monday, needed, booked);
    }

    /** The arithmetic of coverage: a need is covered at most for the hours it asks for. */
    static Coverage coverage(LocalDate monday, Map<Long, Double> needed, Map<Long, Double> booked) {
        double total = 0;
        double covered = 0;
        for (var need : needed.entrySet()) {
            total += need.getValue();
            covered += Math.min(need.getValue(), Math.max(0, booked.getOrDefault(need.getKey(), 0.0)));
        }
        return new Coverage(monday, total, covered);
    }

    // --- needs ---

    /** The rules of a need, each with the field to change; empty when the need is fine. */
    public List<NeedDetails.Problem> check(NeedDetails need) {
        List<NeedDetails.Problem> problems = new ArrayList<>();
        if (need.title().isBlank() || need.title().strip().length() > 120) {
            problems.add(new NeedDetails.Problem("title", "pool.need.title.invalid"));
        }
        if (need.schedule().isEmpty()) {
            problems.add(new NeedDetails.Problem("day0", "pool.need.schedule.empty"));
        }
        BigDecimal hours = need.hoursPerWeek();
        if (hours == null || hours.signum() <= 0) {
            problems.add(new NeedDetails.Problem("hoursPerWeek", "pool.need.hours.positive"));
        } else if (hours.doubleValue() > need.schedule().hours()
                && !need.schedule().isEmpty()) {
            problems.add(new NeedDetails.Problem(
                    "hoursPerWeek",
                    "pool.need.hours.aboveSchedule",
                    formatHours(need.schedule().hours())));
        }
        if (!need.remote()) {
            if (need.municipalityCode() == null) {
                problems.add(new NeedDetails.Problem("municipalityCode", "pool.need.place.required"));
            } else if (referenceData.municipality(need.municipalityCode()).isEmpty()) {
                problems.add(new NeedDetails.Problem("municipalityCode", "registration.municipality.unknown"));
            }
        }
        if (need.startDate() == null) {
            problems.add(new NeedDetails.Problem("startDate", "pool.need.start.required"));
        } else if (need.endDate() != null && need.endDate().isBefore(need.startDate())) {
            problems.add(new NeedDetails.Problem("endDate", "profile.period.endBeforeStart"));
        }
        Set<Short> seen = new HashSet<>();
        for (NeedSkill skill : need.skills()) {
            if (referenceData.skill(skill.skillId()).isEmpty() || !seen.add(skill.skillId())) {
                problems.add(new NeedDetails.Problem("skills", "role.skills.duplicate"));
            } else if (skill.minLevel() < 1 || skill.minLevel() > 3) {
                problems.add(new NeedDetails.Problem("skills", "profile.skills.level"));
            }
        }
        return problems;
    }

    private static String formatHours(double hours) {
        return hours == Math.rint(hours)
                ? String.valueOf((long) hours)
                : String.valueOf(hours).replace('.', ',');
    }

    private void requireValid(NeedDetails need) {
        List<NeedDetails.Problem> problems = check(need);
        if (!problems.isEmpty()) {
            throw new PoolRefused(problems.getFirst().code());
        }
    }

    /** The acting member's organisation, which must be an approved member of the pool. */
    private long approvedMember(Actor actor, long poolId) {
        poolById(poolId);
        return membership(poolId, actor.organisationId())
                .filter(m -> m.status() == MemberStatus.APPROVED)
                .map(m -> actor.organisationId())
                .orElseThrow(() -> new PoolNotFound(poolId));
    }

    /**
     * An approved member's staff post a need.
     *
     * @throws PoolRefused when a rule of {@link #check(NeedDetails)} is broken
     */
    @Transactional
    public long postNeed(long actingAccountId, long poolId, NeedDetails need) {
        long organisationId = approvedMember(actor(actingAccountId), poolId);
        requireValid(need);
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("""
                        insert into pool_need (pool_id, organisation_id, title, schedule, hours_per_week,
                                               municipality_code, remote, start_date, end_date, created_by,
                                               created_at, updated_at)
                        values (:pool, :org, :title, :schedule, :hours, :municipality, :remote, :start, :end, :by,
                                :now, :now)
                        returning id
                        """)
                .param("pool", poolId)
                .param("org", organisationId)
                .param("title", need.title().strip())
                .param("schedule", need.schedule().toBytes())
                .param("hours", need.hoursPerWeek())
                .param("municipality", need.remote() ? null : need.municipalityCode())
                .param("remote", need.remote())
                .param("start", Date.valueOf(need.startDate()))
                .param("end", need.endDate() == null ? null : Date.valueOf(need.endDate()))
                .param("by", actingAccountId)
                .param("now", now)
                .query(Long.class)
                .single();
        saveSkills(id, need.skills());
        return id;
    }

    /**
     * Changes an open need of the acting member's organisation.
     *
     * @throws PoolChanged when somebody changed it since {@code basedOnVersion}
     */
    @Transactional
    public void updateNeed(long actingAccountId, long poolId, long needId, long basedOnVersion, NeedDetails need) {
        long organisationId = approvedMember(actor(actingAccountId), poolId);
        NeedStatus status = ownNeedStatus(poolId, needId, organisationId);
        if (status != NeedStatus.OPEN) {
            throw new PoolRefused("pool.need.notOpen");
        }
        requireValid(need);
        int updated = jdbc.sql("""
                        update pool_need set title = :title, schedule = :schedule, hours_per_week = :hours,
                               municipality_code = :municipality, remote = :remote, start_date = :start,
                               end_date = :end, updated_at = :now, version = version + 1
                        where id = :id and version = :v and status = 'OPEN'
                        """)
                .param("title", need.title().strip())
                .param("schedule", need.schedule().toBytes())
                .param("hours", need.hoursPerWeek())
                .param("municipality", need.remote() ? null : need.municipalityCode())
                .param("remote", need.remote())
                .param("start", Date.valueOf(need.startDate()))
                .param("end", need.endDate() == null ? null : Date.valueOf(need.endDate()))
                .param("now", Timestamp.from(clock.instant()))
                .param("id", needId)
                .param("v", basedOnVersion)
                .update();
        if (updated == 0) {
            throw new PoolChanged(needId);
        }
        jdbc.sql("delete from pool_need_skill where need_id = :id")
                .param("id", needId)
                .update();
        saveSkills(needId, need.skills());
    }

    /** Withdraws an open or filled need of the acting member's organisation. */
    @Transactional
    public void withdrawNeed(long actingAccountId, long poolId, long needId, long basedOnVersion) {
        long organisationId = approvedMember(actor(actingAccountId), poolId);
        if (ownNeedStatus(poolId, needId, organisationId) == NeedStatus.WITHDRAWN) {
            throw new PoolRefused("pool.need.notOpen");
        }
        int updated = jdbc.sql("""
                        update pool_need set status = 'WITHDRAWN', updated_at = :now, version = version + 1
                        where id = :id and version = :v and status <> 'WITHDRAWN'
                        """)
                .param("now", Timestamp.from(clock.instant()))
                .param("id", needId)
                .param("v", basedOnVersion)
                .update();
        if (updated == 0) {
            throw new PoolChanged(needId);
        }
    }

    /** Marks an open need as filled because a worker now covers it (the system acts, not a member). */
    @Transactional
    public void markFilled(long needId) {
        jdbc.sql("""
                        update pool_need set status = 'FILLED', updated_at = :now, version = version + 1
                        where id = :id and status = 'OPEN'
                        """)
                .param("now", Timestamp.from(clock.instant()))
                .param("id", needId)
                .update();
    }

    private NeedStatus ownNeedStatus(long poolId, long needId, long organisationId) {
        return jdbc.sql("select status from pool_need where id = :id and pool_id = :p and organisation_id = :o")
                .param("id", needId)
                .param("p", poolId)
                .param("o", organisationId)
                .query((rs, row) -> NeedStatus.valueOf(rs.getString(1)))
                .optional()
                .orElseThrow(() -> new PoolNotFound(needId));
    }

    private void saveSkills(long needId, List<NeedSkill> skills) {
        for (NeedSkill skill : skills) {
            jdbc.sql("insert into pool_need_skill (need_id, skill_id, min_level) values (:n, :s, :l)")
                    .param("n", needId)
                    .param("s", skill.skillId())
                    .param("l", skill.minLevel())
                    .update();
        }
    }

    /**
     * The needs board: the open and filled needs of the pool's approved members, for its approved members' staff
     * and consultants; everybody else reads not found. Three statements after the access check.
     */
    @Transactional(readOnly = true)
    public List<Need> needs(long accountId, long poolId) {
        Actor actor = actor(accountId);
        Pool pool = poolById(poolId);
        if (!viewer(actor, pool).canSeeNeeds()) {
            throw new PoolNotFound(poolId);
        }
        return loadNeeds(actor, poolId, null);
    }

    /**
     * The pool's open and filled needs of approved members, for modules that have already decided who may see them
     * (review of portfolios, offers). No need is marked {@code own}.
     */
    @Transactional(readOnly = true)
    public List<Need> needsOf(long poolId) {
        return loadNeeds(new Actor(0, null, true), poolId, null);
    }

    /** One need of the acting member's own organisation, for editing it. */
    @Transactional(readOnly = true)
    public Need ownNeed(long accountId, long poolId, long needId) {
        Actor actor = actor(accountId);
        approvedMember(actor, poolId);
        return loadNeeds(actor, poolId, needId).stream()
                .filter(Need::own)
                .findFirst()
                .orElseThrow(() -> new PoolNotFound(needId));
    }

    private List<Need> loadNeeds(Actor actor, long poolId, @Nullable Long needId) {
        String where = """
                from pool_need n join pool_member m on m.pool_id = n.pool_id and m.organisation_id = n.organisation_id
                where n.pool_id = :p and m.status = 'APPROVED' and n.status in ('OPEN', 'FILLED')
                  and (cast(:need as bigint) is null or n.id = :need)
                """;
        Map<Long, List<NeedSkill>> skills = new HashMap<>();
        jdbc.sql("select s.need_id, s.skill_id, s.min_level from pool_need_skill s where s.need_id in (select n.id "
                        + where + ") order by s.need_id, s.skill_id")
                .param("p", poolId)
                .param("need", needId)
                .query(rs -> {
                    skills.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new NeedSkill(rs.getShort(2), rs.getInt(3)));
                });
        Long own = actor.organisationId();
        return jdbc.sql("""
                        select n.id, n.pool_id, n.organisation_id, o.name, n.title, n.schedule, n.hours_per_week,
                               n.remote, n.municipality_code, n.start_date, n.end_date, n.status, n.version
                        """
                        + where.replace(
                                "from pool_need n", "from pool_need n join organisation o on o.id = n.organisation_id")
                        + " order by n.status, o.name, n.start_date, n.id")
                .param("p", poolId)
                .param("need", needId)
                .query((rs, row) -> new Need(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getString(5),
                        WeekGrid.fromBytes(rs.getBytes(6)),
                        rs.getBigDecimal(7),
                        rs.getBoolean(8),
                        rs.getObject(9, Short.class),
                        rs.getDate(10).toLocalDate(),
                        rs.getDate(11) == null ? null : rs.getDate(11).toLocalDate(),
                        NeedStatus.valueOf(rs.getString(12)),
                        List.copyOf(skills.getOrDefault(rs.getLong(1), List.of())),
                        rs.getLong(13),
                        own != null && own == rs.getLong(3)))
                .list();
    }

    /**
     * Every open need of every pool's approved members, for the portfolio planner: two statements whatever the
     * number of needs, in need id order.
     */
    @Transactional(readOnly = true)
    public List<OpenNeed> openNeeds() {
        String open = """
                from pool_need n join pool_member m on m.pool_id = n.pool_id and m.organisation_id = n.organisation_id
                where m.status = 'APPROVED' and n.status = 'OPEN'
                """;
        Map<Long, List<NeedSkill>> skills = new HashMap<>();
        jdbc.sql("select s.need_id, s.skill_id, s.min_level from pool_need_skill s where s.need_id in (select n.id "
                        + open + ") order by s.need_id, s.skill_id")
                .query(rs -> {
                    skills.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new NeedSkill(rs.getShort(2), rs.getInt(3)));
                });
        return jdbc.sql("""
                        select n.id, n.pool_id, p.host_organisation_id, n.organisation_id, n.schedule, n.hours_per_week,
                               n.remote, n.municipality_code, cast(mu.latitude as double precision),
                               cast(mu.longitude as double precision), n.start_date, n.end_date
                        """
                        + open.replace(
                                "from pool_need n",
                                "from pool_need n join pool p on p.id = n.pool_id"
                                        + " left join municipality mu on mu.code = n.municipality_code")
                        + " order by n.id")
                .query((rs, row) -> new OpenNeed(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        WeekGrid.fromBytes(rs.getBytes(5)),
                        rs.getDouble(6),
                        rs.getBoolean(7),
                        rs.getObject(8, Short.class),
                        rs.getObject(9, Double.class),
                        rs.getObject(10, Double.class),
                        List.copyOf(skills.getOrDefault(rs.getLong(1), List.of())),
                        rs.getDate(11).toLocalDate(),
                        rs.getDate(12) == null ? null : rs.getDate(12).toLocalDate()))
                .list();
    }

    // --- workers ---

    /** Every active worker of every pool, for the planner: one statement, by pool and freelancer. */
    @Transactional(readOnly = true)
    public List<PoolWorker> workers() {
        return jdbc.sql("""
                        select pool_id, freelancer_id, desired_hours_min, desired_hours_max from pool_worker
                        where status = 'ACTIVE' order by pool_id, freelancer_id
                        """)
                .query((rs, row) -> new PoolWorker(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4)))
                .list();
    }

    private void requireWorkerManager(Actor actor, Pool pool) {
        boolean host = actor.organisationId() != null && actor.organisationId() == pool.hostOrganisationId();
        if (!host && !actor.consultant()) {
            throw new PoolNotFound(pool.id());
        }
    }

    /** Freelancers who want pool work and are not active workers of the pool, by name (at most 200). */
    @Transactional(readOnly = true)
    public List<Candidate> workerCandidates(long accountId, long poolId) {
        requireWorkerManager(actor(accountId), poolById(poolId));
        return jdbc.sql("""
                        select f.account_id, a.display_name, f.desired_hours_min, f.desired_hours_max
                        from freelancer_profile f join account a on a.id = f.account_id
                        where f.wants_pool and f.desired_hours_min is not null and f.desired_hours_max is not null
                          and not exists (select 1 from pool_worker w where w.pool_id = :p
                                          and w.freelancer_id = f.account_id and w.status = 'ACTIVE')
                        order by a.display_name, f.account_id limit 200
                        """)
                .param("p", poolId)
                .query((rs, row) -> new Candidate(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4)))
                .list();
    }

    /**
     * The host's staff or a consultant add a freelancer who wants pool work, with the desired hours from their
     * profile.
     *
     * @throws PoolRefused when the freelancer does not want pool work (or has no desired hours), or already works
     *     in the pool
     */
    @Transactional
    public void addWorker(long actingAccountId, long poolId, long freelancerId) {
        requireWorkerManager(actor(actingAccountId), poolById(poolId));
        int[] hours = jdbc.sql("""
                        select desired_hours_min, desired_hours_max from freelancer_profile
                        where account_id = :f and wants_pool
                          and desired_hours_min is not null and desired_hours_max is not null
                        """)
                .param("f", freelancerId)
                .query((rs, row) -> new int[] {rs.getInt(1), rs.getInt(2)})
                .optional()
                .orElseThrow(() -> new PoolRefused("pool.worker.notWanting"));
        int changed = jdbc.sql("""
                        insert into pool_worker (pool_id, freelancer_id, desired_hours_min, desired_hours_max,
                                                 joined_at, added_by)
                        values (:p, :f, :min, :max, :now, :by)
                        on conflict (pool_id, freelancer_id) do update
                            set status = 'ACTIVE', desired_hours_min = excluded.desired_hours_min,
                                desired_hours_max = excluded.desired_hours_max, joined_at = excluded.joined_at,
                                added_by = excluded.added_by
                            where pool_worker.status = 'REMOVED'
                        """)
                .param("p", poolId)
                .param("f", freelancerId)
                .param("min", hours[0])
                .param("max", hours[1])
                .param("now", Timestamp.from(clock.instant()))
                .param("by", actingAccountId)
                .update();
        if (changed == 0) {
            throw new PoolRefused("pool.worker.already");
        }
    }

    /** The host's staff or a consultant remove a worker from the pool. */
    @Transactional
    public void removeWorker(long actingAccountId, long poolId, long freelancerId) {
        requireWorkerManager(actor(actingAccountId), poolById(poolId));
        int changed = jdbc.sql("""
                        update pool_worker set status = 'REMOVED'
                        where pool_id = :p and freelancer_id = :f and status = 'ACTIVE'
                        """).param("p", poolId).param("f", freelancerId).update();
        if (changed == 0) {
            throw new PoolNotFound(freelancerId);
        }
    }

    // --- dashboard ---

    /** A cooperative staff member's pools and, for hosts, the applications awaiting a decision. */
    @Transactional(readOnly = true)
    public Dashboard dashboard(long accountId) {
        Actor actor = actor(accountId);
        if (actor.organisationId() == null) {
            return new Dashboard(List.of(), List.of());
        }
        List<Listed> pools = jdbc.sql(LISTED + " where m.status in ('APPLIED', 'APPROVED') order by p.name, p.id")
                .param("org", actor.organisationId())
                .query((rs, row) -> listed(rs))
                .list();
        List<Pending> pending = jdbc.sql("""
                        select p.id, p.name, o.name from pool_member m join pool p on p.id = m.pool_id
                        join organisation o on o.id = m.organisation_id
                        where p.host_organisation_id = :org and m.status = 'APPLIED'
                        order by m.applied_at, m.id
                        """)
                .param("org", actor.organisationId())
                .query((rs, row) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
        return new Dashboard(pools, pending);
    }

    /** Verified organisations a consultant may name as a pool's host, by name. */
    @Transactional(readOnly = true)
    public List<Host> possibleHosts() {
        return jdbc.sql("select id, name from organisation where verification_status = 'VERIFIED' order by name, id")
                .query((rs, row) -> new Host(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /** An organisation that can host a pool. */
    public record Host(long id, String name) {}

    // --- helpers ---

    private List<Long> staffOf(long organisationId) {
        return jdbc.sql("select account_id from organisation_staff where organisation_id = :o order by account_id")
                .param("o", organisationId)
                .query(Long.class)
                .list();
    }

    private String organisationName(long organisationId) {
        return jdbc.sql("select name from organisation where id = :o")
                .param("o", organisationId)
                .query(String.class)
                .single();
    }

    private LocalDateTime local(Timestamp at) {
        return LocalDateTime.ofInstant(at.toInstant(), clock.getZone());
    }

    /**
     * The advisor's findings for a pool's employment terms: the host employs the worker at hourly pay with holiday pay,
     * and places them to work with the members, which always raises the temporary-agency act's question for the
     * consultant. The people's hours come with each portfolio offer.
     */
    public List<dk.jobandel.advisor.core.Finding> termsFindings(Pool pool) {
        return termsFindings(pool.hourlyWage(), pool.pensionPercent());
    }

    /** The findings for a pool's employment terms as a form states them, before the pool is saved (issue 21). */
    public List<dk.jobandel.advisor.core.Finding> termsFindings(BigDecimal hourlyWage, BigDecimal pensionPercent) {
        return secureTerms.checkTermsOnly(new dk.jobandel.advisor.core.Terms(
                dk.jobandel.advisor.core.Terms.Kind.POOL,
                BigDecimal.ZERO,
                1,
                null,
                0,
                dk.jobandel.advisor.core.Terms.PayBasis.HOURLY,
                hourlyWage,
                null,
                null,
                pensionPercent,
                null,
                dk.jobandel.advisor.core.Terms.Holiday.HOLIDAY_PAY,
                false,
                null,
                null,
                false,
                true));
    }
}
