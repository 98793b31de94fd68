package dk.jobandel.matching;

import dk.jobandel.agreements.Bookings;
import dk.jobandel.matching.engine.Candidate;
import dk.jobandel.matching.engine.MatchingData;
import dk.jobandel.matching.engine.MatchingEngine;
import dk.jobandel.matching.engine.Plan;
import dk.jobandel.matching.engine.PlanMember;
import dk.jobandel.matching.engine.PlanOption;
import dk.jobandel.matching.engine.PlanProblem;
import dk.jobandel.matching.engine.PlanSettings;
import dk.jobandel.matching.engine.PlanSolver;
import dk.jobandel.matching.engine.PreparedRole;
import dk.jobandel.matching.engine.RoleSnapshot;
import dk.jobandel.matching.engine.Team;
import dk.jobandel.matching.engine.TeamMember;
import dk.jobandel.shared.WeekGrid;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Matching runs: each takes a snapshot, asks the engine for the best single candidates (one-person
 * roles) or teams and their candidates (shared roles), and stores them as proposals with their
 * explanation. Proposals nobody has reviewed yet are replaced; reviewed ones are kept. Every run is
 * recorded (who or what started it, when, engine version, counts, duration) and reports its progress
 * role by role while it works, so a page can follow it.
 *
 * <p>At most one run works at a time; the database enforces it (a unique index over running runs), so
 * a second start is refused rather than queued. Each role is stored in its own short transaction: a
 * page reading proposals never waits for a whole run.
 */
@Service
public class MatchingRuns {

    private static final Logger log = LoggerFactory.getLogger(MatchingRuns.class);

    /** Bumped whenever scoring changes, so stored proposals say which rules made them. */
    public static final String ENGINE_VERSION = "engine-2";

    static final int CANDIDATES_PER_ROLE = 10;
    static final int TEAMS_PER_ROLE = 5;

    public enum Trigger {
        MANUAL,
        NIGHTLY,
        CHANGE
    }

    /** Which roles a run covers. */
    public sealed interface Scope {

        /** Every published role. */
        Scope ALL = new All();

        record All() implements Scope {}

        /**
         * The roles a change affects: the roles named, and every published role one of the named
         * freelancers is now eligible for or already proposed for.
         */
        record Affected(Set<Long> roleIds, Set<Long> freelancerIds) implements Scope {
            public Affected {
                roleIds = Set.copyOf(roleIds);
                freelancerIds = Set.copyOf(freelancerIds);
            }
        }
    }

    /** A run as pages show it; {@code rolesDone} of {@code rolesTotal} tells how far a running one is. */
    public record Run(
            long id,
            Trigger trigger,
            String scope,
            Instant startedAt,
            @Nullable Instant finishedAt,
            String status,
            int rolesTotal,
            int rolesDone,
            int freelancers,
            int proposals,
            @Nullable Long durationMs,
            @Nullable Integer planRoles,
            @Nullable Double planTotal,
            @Nullable Double planGreedyTotal) {

        public boolean running() {
            return "RUNNING".equals(status);
        }

        /** 0–100. */
        public int percent() {
            if (!running()) {
                return 100;
            }
            return rolesTotal == 0 ? 0 : (int) Math.min(100, 100L * rolesDone / rolesTotal);
        }

        /** The roles a finished run covered. */
        public int roles() {
            return rolesTotal;
        }
    }

    /** A run that has been started: its id, and its result when it is finished. */
    public record Started(long id, CompletableFuture<Run> finished) {}

    private final MatchingSnapshots snapshots;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final AsyncTaskExecutor executor;
    private final Bookings bookings;

    /** How long a running run may go without a heartbeat before it counts as interrupted. */
    static final String SILENT_FOR = "10 minutes";

    private static final java.time.ZoneId DENMARK = java.time.ZoneId.of("Europe/Copenhagen");
    private final Map<Long, CompletableFuture<Run>> inFlight = new ConcurrentHashMap<>();

    MatchingRuns(
            MatchingSnapshots snapshots,
            JdbcClient jdbc,
            JsonMapper json,
            Clock clock,
            TransactionTemplate transactions,
            @Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor,
            Bookings bookings) {
        this.bookings = bookings;
        this.snapshots = snapshots;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.transactions = transactions;
        this.executor = executor;
    }

    /**
     * Starts a run in the background and returns at once; empty when another run is under way. The
     * future completes when the run has finished (or failed: then it completes exceptionally).
     */
    public Optional<Started> start(Trigger trigger, @Nullable Long startedBy, Scope scope) {
        return open(trigger, startedBy, scope).map(runId -> {
            CompletableFuture<Run> finished = new CompletableFuture<>();
            inFlight.put(runId, finished);
            finished.whenComplete((run, failure) -> inFlight.remove(runId));
            executor.execute(() -> {
                try {
                    finished.complete(work(runId, scope));
                } catch (RuntimeException | Error failure) {
                    finished.completeExceptionally(failure);
                }
            });
            return new Started(runId, finished);
        });
    }

    /**
     * The result of a run started here with {@link #start} that is still working; empty when it has finished
     * (read it with {@link #byId}) or was started elsewhere.
     */
    public Optional<CompletableFuture<Run>> whenFinished(long runId) {
        return Optional.ofNullable(inFlight.get(runId));
    }

    /** Runs on the calling thread; empty when another run is under way. */
    public Optional<Run> run(Trigger trigger, @Nullable Long startedBy, Scope scope) {
        return open(trigger, startedBy, scope).map(runId -> work(runId, scope));
    }

    /** Runs matching for every published role on the calling thread; empty when another run is under way. */
    public Optional<Run> runAll(Trigger trigger, @Nullable Long startedBy) {
        return run(trigger, startedBy, Scope.ALL);
    }

    @Transactional(readOnly = true)
    public Optional<Run> byId(long id) {
        return jdbc.sql(SELECT_RUN + " where id = :id and pool_id is null")
                .param("id", id)
                .query(MatchingRuns::run)
                .optional();
    }

    /** The run under way, if any. */
    @Transactional(readOnly = true)
    public Optional<Run> current() {
        return jdbc.sql(SELECT_RUN + " where status = 'RUNNING'")
                .query(MatchingRuns::run)
                .optional();
    }

    @Transactional(readOnly = true)
    public List<Run> recent(int limit) {
        return jdbc.sql(SELECT_RUN + " where pool_id is null order by started_at desc, id desc limit :limit")
                .param("limit", limit)
                .query(MatchingRuns::run)
                .list();
    }

    /**
     * A run still marked as running whose node has given no sign of life for {@link #SILENT_FOR} was cut off by a
     * stop (or lost its database): it will never finish, so it is recorded as failed and no longer blocks new runs.
     * Checked when a node starts and every minute after, by one node at a time; a run that another node is working
     * on beats its heartbeat with every role, so it is never taken for dead.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    @SchedulerLock(name = "matching-interrupted-runs", lockAtMostFor = "PT5M")
    void failInterruptedRuns() {
        int interrupted = jdbc.sql("""
                        update matching_run set status = 'FAILED', finished_at = :at,
                            error = 'interrupted: the application stopped during the run'
                        where status = 'RUNNING' and heartbeat_at < now() - cast(:silent as interval)
                        """)
                .param("at", Timestamp.from(clock.instant()))
                .param("silent", SILENT_FOR)
                .update();
        if (interrupted > 0) {
            log.warn("Marked {} interrupted matching run(s) as failed", interrupted);
        }
    }

    private static final String SELECT_RUN = """
            select id, trigger, scope, started_at, finished_at, status, roles_total, roles_done,
                   freelancers, proposals, duration_ms, plan_roles, plan_total, plan_greedy_total
            from matching_run""";

    private static Run run(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Run(
                rs.getLong(1),
                Trigger.valueOf(rs.getString(2)),
                rs.getString(3),
                rs.getTimestamp(4).toInstant(),
                rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(),
                rs.getString(6),
                rs.getInt(7),
                rs.getInt(8),
                rs.getInt(9),
                rs.getInt(10),
                rs.getObject(11) == null ? null : rs.getLong(11),
                rs.getObject(12) == null ? null : rs.getInt(12),
                rs.getObject(13) == null ? null : rs.getDouble(13),
                rs.getObject(14) == null ? null : rs.getDouble(14));
    }

    /** Records a new running run, or nothing when one is already running. */
    private Optional<Long> open(Trigger trigger, @Nullable Long startedBy, Scope scope) {
        try {
            return Optional.ofNullable(transactions.execute(status -> jdbc.sql("""
                            insert into matching_run (trigger, started_by, started_at, engine_version, status, scope)
                            values (:trigger, :by, :at, :version, 'RUNNING', :scope) returning id
                            """)
                    .param("trigger", trigger.name())
                    .param("by", startedBy)
                    .param("at", Timestamp.from(clock.instant()))
                    .param("version", ENGINE_VERSION)
                    .param("scope", scope instanceof Scope.All ? "ALL" : "AFFECTED")
                    .query(Long.class)
                    .single()));
        } catch (DuplicateKeyException alreadyRunning) {
            return Optional.empty();
        }
    }

    private Run work(long runId, Scope scope) {
        try {
            MatchingSnapshots.Snapshot snapshot = snapshots.take();
            MatchingData data = snapshot.freelancers();
            List<RoleSnapshot> chosen = rolesIn(scope, snapshot);
            forgetUnpublished(scope, snapshot);
            transactions.executeWithoutResult(status -> jdbc.sql("""
                            update matching_run set roles_total = :total, freelancers = :freelancers, heartbeat_at = now()
                            where id = :id
                            """)
                    .param("total", chosen.size())
                    .param("freelancers", data.size())
                    .param("id", runId)
                    .update());
            for (RoleSnapshot role : chosen) {
                transactions.executeWithoutResult(status -> {
                    int stored = propose(runId, role, data);
                    jdbc.sql("""
                                    update matching_run set roles_done = roles_done + 1, proposals = proposals + :stored,
                                        heartbeat_at = now()
                                    where id = :id
                                    """).param("stored", stored).param("id", runId).update();
                });
            }
            transactions.executeWithoutResult(status -> planWhole(runId, data));
            transactions.executeWithoutResult(status -> jdbc.sql("""
                            update matching_run set status = 'DONE', finished_at = :at,
                                duration_ms = (extract(epoch from (cast(:at as timestamptz) - started_at)) * 1000)::bigint
                            where id = :id
                            """)
                    .param("at", Timestamp.from(clock.instant()))
                    .param("id", runId)
                    .update());
            return byId(runId).orElseThrow();
        } catch (RuntimeException failure) {
            log.error("Matching run {} failed", runId, failure);
            transactions.executeWithoutResult(status -> jdbc.sql("""
                            update matching_run set status = 'FAILED', finished_at = :at, error = :error where id = :id
                            """)
                    .param("at", Timestamp.from(clock.instant()))
                    .param("error", String.valueOf(failure))
                    .param("id", runId)
                    .update());
            throw failure;
        }
    }

    /**
     * The whole plan over every unreviewed team and single proposal: at most one per role, nobody booked twice
     * or beyond the hours they want (time already booked by agreements counts), the largest total score. The
     * chosen proposals are marked {@code in_plan}; the run records the plan's total beside the greedy one.
     */
    private void planWhole(long runId, MatchingData data) {
        record Row(long proposalId, long roleId, double score) {}
        Map<Long, Row> rows = new java.util.LinkedHashMap<>();
        Map<Long, List<PlanMember>> members = new java.util.HashMap<>();
        jdbc.sql("""
                        select p.id, p.role_id, p.score, m.freelancer_id, m.assigned
                        from proposal p join proposal_member m on m.proposal_id = p.id
                        where p.review_status = 'UNREVIEWED' and p.kind in ('SINGLE', 'TEAM')
                        order by p.role_id, p.rank, p.id, m.position
                        """).query(rs -> {
            long id = rs.getLong(1);
            if (!rows.containsKey(id)) {
                rows.put(id, new Row(id, rs.getLong(2), rs.getDouble(3)));
            }
            members.computeIfAbsent(id, key -> new java.util.ArrayList<>())
                    .add(PlanMember.of(rs.getLong(4), MatchingSnapshots.words(WeekGrid.fromBytes(rs.getBytes(5)))));
        });
        List<PlanOption> options = new java.util.ArrayList<>();
        Map<PlanOption, Long> proposalOf = new java.util.IdentityHashMap<>();
        for (Row row : rows.values()) {
            List<PlanMember> people = members.get(row.proposalId());
            if (people.stream().allMatch(m -> data.indexOf(m.freelancerId()) >= 0)) {
                PlanOption option = new PlanOption(row.roleId(), row.score(), people);
                options.add(option);
                proposalOf.put(option, row.proposalId());
            }
        }
        Map<Long, Integer> booked = new java.util.HashMap<>();
        bookings.bookedSlotsDuring(java.time.LocalDate.ofInstant(clock.instant(), DENMARK), null)
                .forEach((id, grid) -> booked.put(id, grid.slotCount()));
        long started = System.nanoTime();
        PlanProblem problem = PlanProblem.of(options, data, booked);
        Plan plan = PlanSolver.solve(problem, PlanSettings.defaults());
        long planMs = (System.nanoTime() - started) / 1_000_000;
        List<Long> chosen = plan.choices().stream()
                .map(choice -> proposalOf.get(problem.optionsOf(choice.roleId()).get(choice.optionIndex())))
                .toList();
        jdbc.sql("""
                        update proposal set in_plan = (id = any(:chosen))
                        where review_status = 'UNREVIEWED' or in_plan
                        """).param("chosen", chosen.toArray(Long[]::new)).update();
        jdbc.sql("""
                        update matching_run set plan_roles = :roles, plan_total = :total,
                            plan_greedy_total = :greedy, plan_ms = :ms where id = :id
                        """)
                .param("roles", chosen.size())
                .param("total", plan.totalScore())
                .param("greedy", plan.stats().greedyScore())
                .param("ms", planMs)
                .param("id", runId)
                .update();
    }

    /** The published roles the scope covers, in the snapshot's order. */
    private List<RoleSnapshot> rolesIn(Scope scope, MatchingSnapshots.Snapshot snapshot) {
        if (!(scope instanceof Scope.Affected affected)) {
            return snapshot.roles();
        }
        Set<Long> roleIds = new LinkedHashSet<>(affected.roleIds());
        if (!affected.freelancerIds().isEmpty()) {
            roleIds.addAll(jdbc.sql("""
                            select distinct p.role_id from proposal p join proposal_member m on m.proposal_id = p.id
                            where m.freelancer_id = any(:ids) and p.review_status = 'UNREVIEWED'
                            """)
                    .param("ids", affected.freelancerIds().toArray(Long[]::new))
                    .query(Long.class)
                    .list());
            MatchingData data = snapshot.freelancers();
            int[] changed = affected.freelancerIds().stream()
                    .mapToInt(data::indexOf)
                    .filter(index -> index >= 0) // no longer matchable: only the roles they were proposed for
                    .toArray();
            for (RoleSnapshot role : snapshot.roles()) {
                if (roleIds.contains(role.id()) || changed.length == 0) {
                    continue;
                }
                PreparedRole prepared = PreparedRole.of(role, data); // once per role, not per changed person
                for (int index : changed) {
                    if (MatchingEngine.scoreOnly(prepared, index) != MatchingEngine.INELIGIBLE) {
                        roleIds.add(role.id());
                        break;
                    }
                }
            }
        }
        return snapshot.roles().stream()
                .filter(role -> roleIds.contains(role.id()))
                .toList();
    }

    /** Unreviewed proposals of roles that are no longer published (closed, filled, back to draft) go. */
    private void forgetUnpublished(Scope scope, MatchingSnapshots.Snapshot snapshot) {
        Long[] published = snapshot.roles().stream().map(RoleSnapshot::id).toArray(Long[]::new);
        transactions.executeWithoutResult(status -> {
            if (scope instanceof Scope.Affected affected) {
                jdbc.sql("""
                                delete from proposal where review_status = 'UNREVIEWED'
                                and role_id = any(:named) and role_id <> all(:published)
                                """)
                        .param("named", affected.roleIds().toArray(Long[]::new))
                        .param("published", published)
                        .update();
            } else {
                jdbc.sql("delete from proposal where review_status = 'UNREVIEWED' and role_id <> all(:published)")
                        .param("published", published)
                        .update();
            }
        });
    }

    /**
     * Replaces the role's unreviewed proposals with fresh ones, leaving out any a consultant or a party has
     * refused before with the same people and slots; returns how many were stored.
     */
    private int propose(long runId, RoleSnapshot role, MatchingData data) {
        jdbc.sql("delete from proposal where role_id = :role and review_status = 'UNREVIEWED'")
                .param("role", role.id())
                .update();
        Set<String> refused = Set.copyOf(jdbc.sql("select fingerprint from proposal_refusal where role_id = :role")
                .param("role", role.id())
                .query(String.class)
                .list());
        PreparedRole prepared = PreparedRole.of(role, data);
        boolean single = role.sharers() == 1;
        List<Candidate> candidates =
                MatchingEngine.topCandidates(prepared, CANDIDATES_PER_ROLE + (single ? refused.size() : 0));
        // a one-person role's candidates are its proposals; a shared role's are the people teams are made of
        String candidateKind = single ? "SINGLE" : "CANDIDATE";
        int stored = 0;
        int rank = 0;
        for (Candidate candidate : candidates) {
            WeekGrid covered = WeekGrid.ofWords(candidate.reasons().coveredSlots());
            if (rank == CANDIDATES_PER_ROLE
                    || (single
                            && refused.contains(MatchingProposals.fingerprintOf(
                                    new TreeMap<>(Map.of(candidate.freelancerId(), covered)))))) {
                continue;
            }
            long id = insertProposal(runId, role.id(), candidateKind, rank++, candidate.score(), candidate);
            insertMember(id, 0, candidate.freelancerId(), covered, covered.slotCount());
            stored++;
        }
        if (!single) {
            List<Team> teams = MatchingEngine.topTeams(role, data, TEAMS_PER_ROLE + refused.size());
            rank = 0;
            for (Team team : teams) {
                SortedMap<Long, WeekGrid> slots = new TreeMap<>();
                team.members().forEach(m -> slots.put(m.freelancerId(), WeekGrid.ofWords(m.assignedSlots())));
                if (rank == TEAMS_PER_ROLE || refused.contains(MatchingProposals.fingerprintOf(slots))) {
                    continue;
                }
                long id = insertProposal(runId, role.id(), "TEAM", rank++, team.score(), team);
                for (int position = 0; position < team.members().size(); position++) {
                    TeamMember member = team.members().get(position);
                    insertMember(
                            id,
                            position,
                            member.freelancerId(),
                            WeekGrid.ofWords(member.assignedSlots()),
                            member.halfHours());
                }
                stored++;
            }
        }
        return stored;
    }

    private long insertProposal(long runId, long roleId, String kind, int rank, double score, Object explanation) {
        return jdbc.sql("""
                        insert into proposal (run_id, role_id, kind, rank, score, explanation, created_at)
                        values (:run, :role, :kind, :rank, :score, cast(:explanation as jsonb), :at) returning id
                        """)
                .param("run", runId)
                .param("role", roleId)
                .param("kind", kind)
                .param("rank", rank)
                .param("score", score)
                .param("explanation", json.writeValueAsString(explanation))
                .param("at", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
    }

    private void insertMember(long proposalId, int position, long freelancerId, WeekGrid slots, int halfHours) {
        jdbc.sql("""
                        insert into proposal_member (proposal_id, position, freelancer_id, assigned, half_hours)
                        values (:proposal, :position, :freelancer, :assigned, :halfHours)
                        """)
                .param("proposal", proposalId)
                .param("position", position)
                .param("freelancer", freelancerId)
                .param("assigned", slots.toBytes())
                .param("halfHours", halfHours)
                .update();
    }
}
