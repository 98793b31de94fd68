package dk.jobandel.matching;

import dk.jobandel.matching.engine.MatchingData;
import dk.jobandel.matching.engine.RoleSnapshot;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Matching runs: each takes a snapshot, asks the engine for the best single candidates (one-person
 * roles) or teams and their candidates (shared roles), and stores them as proposals with their
 * explanation ({@link RunSteps}; the run's own record is {@link RunStore}). Proposals nobody has
 * reviewed yet are replaced; reviewed ones are kept. Every run is recorded (who or what started it,
 * when, engine version, counts, duration) and reports its progress role by role while it works, so a
 * page can follow it.
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
    private final RunStore store;
    private final RunSteps steps;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final AsyncTaskExecutor executor;

    /** How long a running run may go without a heartbeat before it counts as interrupted. */
    static final String SILENT_FOR = "10 minutes";

    private final Map<Long, CompletableFuture<Run>> inFlight = new ConcurrentHashMap<>();

    MatchingRuns(
            MatchingSnapshots snapshots,
            RunStore store,
            RunSteps steps,
            Clock clock,
            TransactionTemplate transactions,
            @Qualifier("applicationTaskExecutor") AsyncTaskExecutor executor) {
        this.snapshots = snapshots;
        this.store = store;
        this.steps = steps;
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
        return store.byId(id);
    }

    /** The run under way, if any. */
    @Transactional(readOnly = true)
    public Optional<Run> current() {
        return store.current();
    }

    @Transactional(readOnly = true)
    public List<Run> recent(int limit) {
        return store.recent(limit);
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
        int interrupted = store.failSilent(clock.instant(), SILENT_FOR);
        if (interrupted > 0) {
            log.warn("Marked {} interrupted matching run(s) as failed", interrupted);
        }
    }

    /** Records a new running run, or nothing when one is already running. */
    private Optional<Long> open(Trigger trigger, @Nullable Long startedBy, Scope scope) {
        try {
            String named = scope instanceof Scope.All ? "ALL" : "AFFECTED";
            return Optional.ofNullable(
                    transactions.execute(status -> store.open(trigger, startedBy, clock.instant(), named)));
        } catch (DuplicateKeyException alreadyRunning) {
            return Optional.empty();
        }
    }

    private Run work(long runId, Scope scope) {
        try {
            MatchingSnapshots.Snapshot snapshot = snapshots.take();
            MatchingData data = snapshot.freelancers();
            List<RoleSnapshot> chosen = steps.rolesIn(scope, snapshot);
            transactions.executeWithoutResult(status -> steps.forgetUnpublished(scope, snapshot));
            transactions.executeWithoutResult(status -> store.started(runId, chosen.size(), data.size()));
            for (RoleSnapshot role : chosen) {
                transactions.executeWithoutResult(status -> store.roleDone(runId, steps.propose(runId, role, data)));
            }
            transactions.executeWithoutResult(status -> steps.planWhole(runId, data));
            transactions.executeWithoutResult(status -> store.done(runId, clock.instant()));
            return byId(runId).orElseThrow();
        } catch (RuntimeException failure) {
            log.error("Matching run {} failed", runId, failure);
            transactions.executeWithoutResult(status -> store.failed(runId, clock.instant(), String.valueOf(failure)));
            throw failure;
        }
    }
}
