package dk.jobandel.pools;

import dk.jobandel.freelancers.PoolWishes;
import dk.jobandel.members.MemberLookups;
import dk.jobandel.pools.PoolViews.Candidate;
import dk.jobandel.pools.PoolViews.Dashboard;
import dk.jobandel.pools.PoolViews.Host;
import dk.jobandel.pools.PoolViews.ListPage;
import dk.jobandel.pools.PoolViews.Listed;
import dk.jobandel.pools.PoolViews.Member;
import dk.jobandel.pools.PoolViews.MemberNeeds;
import dk.jobandel.pools.PoolViews.Need;
import dk.jobandel.pools.PoolViews.OpenNeed;
import dk.jobandel.pools.PoolViews.Pending;
import dk.jobandel.pools.PoolViews.PoolWorker;
import dk.jobandel.pools.PoolViews.Worker;
import dk.jobandel.pools.core.Actor;
import dk.jobandel.pools.core.Coverage;
import dk.jobandel.pools.core.MembershipRules;
import dk.jobandel.shared.WeekGrid;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read models of the pool pages: lists, the overview's parts, the needs board, the planner's open needs and
 * workers, and covered hours. It names only this module's tables; names of organisations and people come from the
 * members module in one statement per page part, sorted as the database sorts them.
 */
@Component
class PoolQueries {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MemberLookups members;
    private final PoolWishes wishes;
    private final ObjectProvider<NeedBookings> bookings;

    PoolQueries(
            JdbcClient jdbc,
            Clock clock,
            MemberLookups members,
            PoolWishes wishes,
            ObjectProvider<NeedBookings> bookings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.members = members;
        this.wishes = wishes;
        this.bookings = bookings;
    }

    // --- lists ---

    private static final String LISTED = """
            select p.id, p.name, p.host_organisation_id, p.municipality_code,
                   (select count(*) from pool_member x where x.pool_id = p.id and x.status = 'APPROVED'),
                   (select count(*) from pool_need n join pool_member x
                        on x.pool_id = n.pool_id and x.organisation_id = n.organisation_id and x.status = 'APPROVED'
                    where n.pool_id = p.id and n.status = 'OPEN'),
                   m.status, p.host_organisation_id = cast(:org as bigint)
            from pool p left join pool_member m on m.pool_id = p.id and m.organisation_id = cast(:org as bigint)
            """;

    private record ListedRow(long hostId, Listed listed) {}

    private List<ListedRow> listedRows(@Nullable Long organisationId, String whereAndOrder, boolean consultant) {
        return jdbc.sql(LISTED + whereAndOrder)
                .param("org", organisationId)
                .param("consultant", consultant)
                .query((rs, row) -> {
                    String status = rs.getString(7);
                    return new ListedRow(
                            rs.getLong(3),
                            new Listed(
                                    rs.getLong(1),
                                    rs.getString(2),
                                    "",
                                    rs.getShort(4),
                                    rs.getInt(5),
                                    rs.getInt(6),
                                    status == null ? null : MemberStatus.valueOf(status),
                                    rs.getBoolean(8)));
                })
                .list();
    }

    private static List<Listed> named(List<ListedRow> rows, Map<Long, String> names) {
        return rows.stream()
                .map(r -> {
                    Listed l = r.listed();
                    return new Listed(
                            l.id(),
                            l.name(),
                            names.getOrDefault(r.hostId(), ""),
                            l.municipalityCode(),
                            l.members(),
                            l.openNeeds(),
                            l.myStatus(),
                            l.host());
                })
                .toList();
    }

    private List<Listed> listed(@Nullable Long organisationId, String whereAndOrder, boolean consultant) {
        List<ListedRow> rows = listedRows(organisationId, whereAndOrder, consultant);
        return named(rows, members.organisationNames(hostsOf(rows)));
    }

    private static Set<Long> hostsOf(List<ListedRow> rows) {
        Set<Long> hosts = new HashSet<>();
        rows.forEach(r -> hosts.add(r.hostId()));
        return hosts;
    }

    List<Listed> visibleTo(Actor actor) {
        return listed(actor.organisationId(), """
                        where cast(:consultant as boolean) or m.status in ('APPLIED', 'APPROVED')
                        order by p.name, p.id
                        """, actor.seesEveryPool());
    }

    List<Listed> joinable(Actor actor) {
        return listed(actor.organisationId(), """
                        where m.status is null or m.status in ('REJECTED', 'LEFT')
                        order by p.name, p.id
                        """, false);
    }

    /**
     * The pools page: one statement for the pools and one for the names of their hosts, which also lists the
     * organisations a consultant could name as a new pool's host.
     */
    ListPage listPage(Actor actor) {
        List<ListedRow> rows = actor.consultant() || actor.organisationId() != null
                ? listedRows(actor.organisationId(), " order by p.name, p.id", false)
                : List.of();
        Map<Long, String> names = new HashMap<>();
        List<Host> hosts = new ArrayList<>();
        if (!rows.isEmpty() || actor.consultant()) {
            members.organisations(hostsOf(rows), actor.consultant()).forEach(o -> {
                names.put(o.id(), o.name());
                if (o.verified()) {
                    hosts.add(new Host(o.id(), o.name()));
                }
            });
        }
        List<Listed> mine = new ArrayList<>();
        List<Listed> joinable = new ArrayList<>();
        for (Listed pool : named(rows, names)) {
            if (actor.seesEveryPool() || MembershipRules.isIn(pool.myStatus())) {
                mine.add(pool);
            }
            if (actor.organisationId() != null && MembershipRules.mayApplyFrom(pool.myStatus())) {
                joinable.add(pool);
            }
        }
        return new ListPage(
                List.copyOf(mine), List.copyOf(joinable), actor.consultant() ? List.copyOf(hosts) : List.of());
    }

    /** The organisation's pools and the applications awaiting its decision as a host. */
    Dashboard dashboard(long organisationId) {
        List<ListedRow> rows =
                listedRows(organisationId, " where m.status in ('APPLIED', 'APPROVED') order by p.name, p.id", false);
        record PendingRow(long poolId, String poolName, long organisationId) {}
        List<PendingRow> pending = jdbc.sql("""
                        select p.id, p.name, m.organisation_id from pool_member m join pool p on p.id = m.pool_id
                        where p.host_organisation_id = :org and m.status = 'APPLIED'
                        order by m.applied_at, m.id
                        """)
                .param("org", organisationId)
                .query((rs, row) -> new PendingRow(rs.getLong(1), rs.getString(2), rs.getLong(3)))
                .list();
        Set<Long> named = hostsOf(rows);
        pending.forEach(p -> named.add(p.organisationId()));
        Map<Long, String> names = members.organisationNames(named);
        return new Dashboard(
                named(rows, names),
                pending.stream()
                        .map(p -> new Pending(p.poolId(), p.poolName(), names.getOrDefault(p.organisationId(), "")))
                        .toList());
    }

    List<Host> possibleHosts() {
        return members.organisations(List.of(), true).stream()
                .map(o -> new Host(o.id(), o.name()))
                .toList();
    }

    // --- the overview's parts ---

    /** Approved members and, when {@code withApplications}, pending applications after them; by name. */
    List<Member> members(long poolId, boolean withApplications) {
        record Row(
                long id,
                long organisationId,
                MemberStatus status,
                Timestamp applied,
                @Nullable Timestamp decided,
                long version) {}
        List<Row> rows = jdbc.sql("""
                        select m.id, m.organisation_id, m.status, m.applied_at, m.decided_at, m.version
                        from pool_member m
                        where m.pool_id = :p and (m.status = 'APPROVED' or (cast(:inside as boolean)
                                                                           and m.status = 'APPLIED'))
                        """)
                .param("p", poolId)
                .param("inside", withApplications)
                .query((rs, row) -> new Row(
                        rs.getLong(1),
                        rs.getLong(2),
                        MemberStatus.valueOf(rs.getString(3)),
                        rs.getTimestamp(4),
                        rs.getTimestamp(5),
                        rs.getLong(6)))
                .list();
        Map<Long, String> names =
                members.organisationNames(rows.stream().map(Row::organisationId).toList());
        ToIntFunction<Long> rank = rank(names);
        return rows.stream()
                .sorted(Comparator.comparing((Row r) -> r.status() == MemberStatus.APPLIED)
                        .thenComparingInt(r -> rank.applyAsInt(r.organisationId()))
                        .thenComparingLong(Row::id))
                .map(r -> new Member(
                        r.id(),
                        r.organisationId(),
                        names.getOrDefault(r.organisationId(), ""),
                        r.status(),
                        local(r.applied()),
                        r.decided() == null ? null : local(r.decided()),
                        r.version()))
                .toList();
    }

    /** Each approved member's open and filled needs, by the member's name. */
    List<MemberNeeds> memberNeeds(long poolId) {
        List<MemberNeeds> counts = jdbc.sql("""
                        select n.organisation_id,
                               count(*) filter (where n.status = 'OPEN'),
                               count(*) filter (where n.status = 'FILLED'),
                               coalesce(sum(n.hours_per_week) filter (where n.status = 'OPEN'), 0),
                               coalesce(sum(n.hours_per_week) filter (where n.status = 'FILLED'), 0)
                        from pool_need n
                        join pool_member m on m.pool_id = n.pool_id and m.organisation_id = n.organisation_id
                        where n.pool_id = :p and m.status = 'APPROVED' and n.status in ('OPEN', 'FILLED')
                        group by n.organisation_id
                        """)
                .param("p", poolId)
                .query((rs, row) -> new MemberNeeds(
                        rs.getLong(1), "", rs.getInt(2), rs.getInt(3), rs.getDouble(4), rs.getDouble(5)))
                .list();
        Map<Long, String> names = members.organisationNames(
                counts.stream().map(MemberNeeds::organisationId).toList());
        ToIntFunction<Long> rank = rank(names);
        return counts.stream()
                .sorted(Comparator.comparingInt((MemberNeeds m) -> rank.applyAsInt(m.organisationId()))
                        .thenComparingLong(MemberNeeds::organisationId))
                .map(m -> new MemberNeeds(
                        m.organisationId(),
                        names.getOrDefault(m.organisationId(), ""),
                        m.open(),
                        m.filled(),
                        m.openHours(),
                        m.filledHours()))
                .toList();
    }

    /** The pool's active workers, by name. */
    List<Worker> workersOf(long poolId) {
        List<Worker> rows = jdbc.sql("""
                        select freelancer_id, desired_hours_min, desired_hours_max, joined_at
                        from pool_worker where pool_id = :p and status = 'ACTIVE'
                        """)
                .param("p", poolId)
                .query((rs, row) -> new Worker(
                        rs.getLong(1),
                        "",
                        rs.getInt(2),
                        rs.getInt(3),
                        local(rs.getTimestamp(4)).toLocalDate()))
                .list();
        Map<Long, String> names =
                members.displayNames(rows.stream().map(Worker::freelancerId).toList());
        ToIntFunction<Long> rank = rank(names);
        return rows.stream()
                .sorted(Comparator.comparingInt((Worker w) -> rank.applyAsInt(w.freelancerId()))
                        .thenComparingLong(Worker::freelancerId))
                .map(w -> new Worker(
                        w.freelancerId(),
                        names.getOrDefault(w.freelancerId(), ""),
                        w.desiredHoursMin(),
                        w.desiredHoursMax(),
                        w.joinedOn()))
                .toList();
    }

    /** Freelancers who want pool work and are not active workers of the pool, by name (at most 200). */
    List<Candidate> candidates(long poolId, List<Long> activeWorkers) {
        return wishes.wanting(activeWorkers, 200).stream()
                .map(w -> new Candidate(w.freelancerId(), w.name(), w.desiredHoursMin(), w.desiredHoursMax()))
                .toList();
    }

    /** A freelancer's wish for pool work, when they have one. */
    java.util.Optional<PoolWishes.Wish> wish(long freelancerId) {
        return wishes.of(freelancerId);
    }

    /** The position of each id in the members module's order of names (unknown ids last). */
    private static ToIntFunction<Long> rank(Map<Long, String> names) {
        Map<Long, Integer> rank = new HashMap<>();
        for (Long id : names.keySet()) {
            rank.put(id, rank.size());
        }
        return id -> rank.getOrDefault(id, Integer.MAX_VALUE);
    }

    private LocalDateTime local(Timestamp at) {
        return LocalDateTime.ofInstant(at.toInstant(), clock.getZone());
    }

    // --- coverage ---

    /** See {@link Pools#coverage(long, LocalDate)}. */
    Coverage coverage(long poolId, LocalDate day) {
        LocalDate monday = Coverage.mondayOf(day);
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
        Map<Long, Double> booked = source != null
                ? new HashMap<>(source.bookedHours(needed.keySet(), monday))
                : Coverage.filledInFull(needed, filled);
        return Coverage.of(monday, needed, booked);
    }

    // --- needs ---

    private static final String NEEDS_OF_APPROVED = """
            from pool_need n join pool_member m on m.pool_id = n.pool_id and m.organisation_id = n.organisation_id
            where n.pool_id = :p and m.status = 'APPROVED' and n.status in ('OPEN', 'FILLED')
              and (cast(:need as bigint) is null or n.id = :need)
            """;

    /**
     * The open and filled needs of the pool's approved members (or the one need), with {@code own} set for the
     * actor's organisation's: by status, member's name, start and id.
     */
    List<Need> needs(Actor actor, long poolId, @Nullable Long needId) {
        Map<Long, List<NeedSkill>> skills = skills("select n.id " + NEEDS_OF_APPROVED, poolId, needId);
        List<Need> rows = jdbc.sql("""
                        select n.id, n.pool_id, n.organisation_id, n.title, n.schedule, n.hours_per_week,
                               n.remote, n.municipality_code, n.start_date, n.end_date, n.status, n.version
                        """ + NEEDS_OF_APPROVED)
                .param("p", poolId)
                .param("need", needId)
                .query((rs, row) -> new Need(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        "",
                        rs.getString(4),
                        WeekGrid.fromBytes(rs.getBytes(5)),
                        rs.getBigDecimal(6),
                        rs.getBoolean(7),
                        rs.getObject(8, Short.class),
                        rs.getDate(9).toLocalDate(),
                        rs.getDate(10) == null ? null : rs.getDate(10).toLocalDate(),
                        NeedStatus.valueOf(rs.getString(11)),
                        List.copyOf(skills.getOrDefault(rs.getLong(1), List.of())),
                        rs.getLong(12),
                        actor.isStaffOf(rs.getLong(3))))
                .list();
        Map<Long, String> names = members.organisationNames(
                new LinkedHashSet<>(rows.stream().map(Need::organisationId).toList()));
        ToIntFunction<Long> rank = rank(names);
        return rows.stream()
                .sorted(Comparator.comparing((Need n) -> n.status().name())
                        .thenComparingInt(n -> rank.applyAsInt(n.organisationId()))
                        .thenComparing(Need::startDate)
                        .thenComparingLong(Need::id))
                .map(n -> new Need(
                        n.id(),
                        n.poolId(),
                        n.organisationId(),
                        names.getOrDefault(n.organisationId(), ""),
                        n.title(),
                        n.schedule(),
                        n.hoursPerWeek(),
                        n.remote(),
                        n.municipalityCode(),
                        n.startDate(),
                        n.endDate(),
                        n.status(),
                        n.skills(),
                        n.version(),
                        n.own()))
                .toList();
    }

    /** The skills of the needs the statement {@code needIds} selects, by need (its parameters when it has them). */
    private Map<Long, List<NeedSkill>> skills(String needIds, @Nullable Long poolId, @Nullable Long needId) {
        Map<Long, List<NeedSkill>> skills = new HashMap<>();
        jdbc.sql("select s.need_id, s.skill_id, s.min_level from pool_need_skill s where s.need_id in (" + needIds
                        + ") order by s.need_id, s.skill_id")
                .param("p", poolId)
                .param("need", needId)
                .query(rs -> {
                    skills.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new NeedSkill(rs.getShort(2), rs.getInt(3)));
                });
        return skills;
    }

    private static final String OPEN = """
            from pool_need n join pool_member m on m.pool_id = n.pool_id and m.organisation_id = n.organisation_id
            where m.status = 'APPROVED' and n.status = 'OPEN'
            """;

    /** Every open need of every pool's approved members: two statements, in need id order. */
    List<OpenNeed> openNeeds() {
        Map<Long, List<NeedSkill>> skills = skills("select n.id " + OPEN, null, null);
        return jdbc.sql("""
                        select n.id, n.pool_id, p.host_organisation_id, n.organisation_id, n.schedule, n.hours_per_week,
                               n.remote, n.municipality_code, cast(mu.latitude as double precision),
                               cast(mu.longitude as double precision), n.start_date, n.end_date
                        """
                        + OPEN.replace(
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

    /** Every active worker of every pool: one statement, by pool and freelancer. */
    List<PoolWorker> workers() {
        return jdbc.sql("""
                        select pool_id, freelancer_id, desired_hours_min, desired_hours_max from pool_worker
                        where status = 'ACTIVE' order by pool_id, freelancer_id
                        """)
                .query((rs, row) -> new PoolWorker(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4)))
                .list();
    }
}
