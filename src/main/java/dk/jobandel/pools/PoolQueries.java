package dk.jobandel.pools;

import dk.jobandel.members.Actor;
import dk.jobandel.members.MemberLookups;
import dk.jobandel.pools.PoolViews.Dashboard;
import dk.jobandel.pools.PoolViews.Host;
import dk.jobandel.pools.PoolViews.ListPage;
import dk.jobandel.pools.PoolViews.Listed;
import dk.jobandel.pools.PoolViews.Member;
import dk.jobandel.pools.PoolViews.MemberNeeds;
import dk.jobandel.pools.PoolViews.Pending;
import dk.jobandel.pools.PoolViews.Worker;
import dk.jobandel.pools.core.MembershipRules;
import dk.jobandel.pools.core.PoolAccess;
import dk.jobandel.pools.core.PoolRules;
import dk.jobandel.pools.core.Viewer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;
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
    private final PoolStore pools;
    private final Clock clock;
    private final MemberLookups members;
    private final PoolCoverage coverage;

    PoolQueries(JdbcClient jdbc, PoolStore pools, Clock clock, MemberLookups members, PoolCoverage coverage) {
        this.jdbc = jdbc;
        this.pools = pools;
        this.clock = clock;
        this.members = members;
        this.coverage = coverage;
    }

    /** The pool with its host's name; not found when there is none. */
    PoolViews.Pool pool(long poolId) {
        PoolStore.Row row = pools.byId(poolId).orElseThrow(() -> new PoolNotFound(poolId));
        return row.named(members.organisationNames(List.of(row.hostOrganisationId())));
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

    private record ListedRow(
            long id,
            String name,
            long hostId,
            short municipalityCode,
            int members,
            int openNeeds,
            @Nullable MemberStatus myStatus,
            boolean host) {

        Listed named(Map<Long, String> names) {
            return new Listed(
                    id, name, names.getOrDefault(hostId, ""), municipalityCode, members, openNeeds, myStatus, host);
        }
    }

    private List<ListedRow> listedRows(@Nullable Long organisationId, String whereAndOrder, boolean consultant) {
        return jdbc.sql(LISTED + whereAndOrder)
                .param("org", organisationId)
                .param("consultant", consultant)
                .query((rs, row) -> new ListedRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getShort(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getString(7) == null ? null : MemberStatus.valueOf(rs.getString(7)),
                        rs.getBoolean(8)))
                .list();
    }

    private static List<Listed> named(List<ListedRow> rows, Map<Long, String> names) {
        return rows.stream().map(r -> r.named(names)).toList();
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
        if (!PoolAccess.seesPool(actor).allowed()) {
            return List.of();
        }
        return listed(actor.organisationId(), """
                        where cast(:consultant as boolean) or m.status in ('APPLIED', 'APPROVED')
                        order by p.name, p.id
                        """, actor.seesEveryPool());
    }

    List<Listed> joinable(Actor actor) {
        if (actor.organisationId() == null) {
            return List.of();
        }
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
                List.copyOf(mine),
                List.copyOf(joinable),
                actor.consultant() ? List.copyOf(hosts) : List.of(),
                PoolRules.namesHost(actor));
    }

    /** The organisation's pools and the applications awaiting its decision as a host. */
    Dashboard dashboard(Actor actor) {
        Long organisationId = actor.organisationId();
        if (organisationId == null) {
            return new Dashboard(List.of(), List.of());
        }
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

    // --- the overview ---

    /** The pool page as the viewer may see it at the week of {@code today}; see {@link PoolViews.Overview}. */
    PoolViews.Overview overview(PoolViews.Pool pool, Viewer viewer, LocalDate today) {
        boolean inside = viewer.canSeeNeeds();
        List<Member> members = members(pool.id(), inside || viewer.host());
        if (!inside) {
            return new PoolViews.Overview(pool, viewer, members, List.of(), List.of(), null);
        }
        return new PoolViews.Overview(
                pool, viewer, members, memberNeeds(pool.id()), workersOf(pool.id()), coverage.of(pool.id(), today));
    }

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

    /** The position of each id in the members module's order of names (unknown ids last). */
    static ToIntFunction<Long> rank(Map<Long, String> names) {
        Map<Long, Integer> rank = new HashMap<>();
        for (Long id : names.keySet()) {
            rank.put(id, rank.size());
        }
        return id -> rank.getOrDefault(id, Integer.MAX_VALUE);
    }

    private LocalDateTime local(Timestamp at) {
        return LocalDateTime.ofInstant(at.toInstant(), clock.getZone());
    }
}
