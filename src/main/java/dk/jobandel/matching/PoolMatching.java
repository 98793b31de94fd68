package dk.jobandel.matching;

import dk.jobandel.agreements.Bookings;
import dk.jobandel.matching.core.Fingerprints;
import dk.jobandel.matching.core.PortfolioParts;
import dk.jobandel.matching.engine.pool.PoolNeed;
import dk.jobandel.matching.engine.pool.PoolPlan;
import dk.jobandel.matching.engine.pool.PoolPlanner;
import dk.jobandel.matching.engine.pool.PoolSettings;
import dk.jobandel.matching.engine.pool.PoolWorker;
import dk.jobandel.matching.engine.pool.Portfolio;
import dk.jobandel.pools.Pools;
import dk.jobandel.shared.WeekGrid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pool matching: plans one pool's open needs over its workers ({@link PoolPlanner}) and stores each worker's
 * portfolio as a proposal of kind {@code PORTFOLIO} for consultants to review. A run replaces the pool's portfolios
 * nobody has reviewed yet and keeps the rest; it leaves out needs and workers of portfolios already offered (their
 * answers are awaited), and does not make a refused portfolio again unchanged.
 *
 * <p>A need is planned whole: its weekly window is the time reserved for the worker, and its hours a week (at most
 * the window's) are what the member pays for ({@link PortfolioParts}). The planner's view of the needs and workers is
 * {@link PoolPlanInputs}; the stored portfolios are read by {@link PortfolioQueries} and written by
 * {@link ProposalStore}.
 */
@Service
@Transactional(readOnly = true)
public class PoolMatching {

    private static final Logger log = LoggerFactory.getLogger(PoolMatching.class);
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private final Pools pools;
    private final PoolPlanInputs inputs;
    private final Bookings bookings;
    private final PortfolioQueries queries;
    private final ProposalStore proposals;
    private final RunStore runs;
    private final Clock clock;

    PoolMatching(
            Pools pools,
            PoolPlanInputs inputs,
            Bookings bookings,
            PortfolioQueries queries,
            ProposalStore proposals,
            RunStore runs,
            Clock clock) {
        this.pools = pools;
        this.inputs = inputs;
        this.bookings = bookings;
        this.queries = queries;
        this.proposals = proposals;
        this.runs = runs;
        this.clock = clock;
    }

    /** One need in a portfolio: the member that posted it, its weekly window and the half-hours a week worked. */
    public record Part(long needId, long organisationId, WeekGrid slots, int halfHours) {

        public double hours() {
            return halfHours / 2.0;
        }
    }

    /**
     * A stored portfolio proposal.
     *
     * @param hours the hours a week its needs ask for, the proposal's score
     * @param moves the changes of place within a day, in week order, with the travel set aside
     * @param shortfallHalfHours half-hours a week missing to the worker's desired minimum, 0 when reached
     */
    public record PortfolioProposal(
            long id,
            long runId,
            long poolId,
            long workerId,
            double hours,
            String reviewStatus,
            long version,
            Instant createdAt,
            List<Part> parts,
            List<Move> moves,
            int shortfallHalfHours) {

        /** Every need's window together: the worker's reserved week. */
        public WeekGrid window() {
            WeekGrid all = WeekGrid.EMPTY;
            for (Part part : parts) {
                all = all.union(part.slots());
            }
            return all;
        }

        /**
         * The members by organisation id: the order that gives each member its colour in week pictures, the same on
         * the portfolio and on the agreement made from it ({@code agreements.web.PartsPicture}).
         */
        public List<Long> organisationIds() {
            return List.copyOf(new java.util.TreeSet<>(
                    parts.stream().map(Part::organisationId).toList()));
        }

        /** Each member's windows together, in {@link #organisationIds()} order. */
        public List<WeekGrid> windowsByOrganisation() {
            List<WeekGrid> windows = new ArrayList<>();
            for (long organisationId : organisationIds()) {
                WeekGrid all = WeekGrid.EMPTY;
                for (Part part : parts) {
                    if (part.organisationId() == organisationId) {
                        all = all.union(part.slots());
                    }
                }
                windows.add(all);
            }
            return windows;
        }

        /** Whether a consultant may still decide on it. */
        public boolean reviewable() {
            return MatchingProposals.UNREVIEWED.equals(reviewStatus);
        }

        /** The same worker with the same needs' windows in the same pool: what "the same portfolio again" means. */
        public String fingerprint() {
            return PoolMatching.fingerprint(workerId, parts);
        }
    }

    /** A change of place between two needs on the same day: how far, and the travel time set aside. */
    public record Move(long fromNeedId, long toNeedId, double km, int travelHalfHours) {}

    /**
     * What a run did.
     *
     * @param neededHalfHours half-hours a week of the needs planned (their windows)
     * @param coveredHalfHours of those, the half-hours the plan gives a worker
     * @param greedyCoveredHalfHours what a greedy plan covers, for comparison
     */
    public record Result(
            long runId,
            int needs,
            int workers,
            int proposals,
            long neededHalfHours,
            long coveredHalfHours,
            long greedyCoveredHalfHours,
            long durationMs)
            // shown once after the redirect: flash attributes travel in the session, which lives in PostgreSQL
            implements java.io.Serializable {}

    /**
     * Plans the pool now and stores the portfolios; a pool has at most a few hundred needs, which the planner
     * handles within seconds, so the run is done when this returns.
     *
     * @throws dk.jobandel.pools.PoolNotFound if there is no such pool
     */
    @Transactional
    public Result run(long poolId, @Nullable Long startedBy) {
        long started = System.nanoTime();
        pools.pool(poolId);
        queries.lockPool(poolId);
        Set<Long> waitingNeeds = queries.waitingNeeds(poolId);
        Set<Long> waitingWorkers = queries.waitingWorkers(poolId);
        List<Pools.OpenNeed> open = pools.openNeeds().stream()
                .filter(n -> n.poolId() == poolId && !waitingNeeds.contains(n.id()))
                .toList();
        List<Pools.PoolWorker> poolWorkers = pools.workers().stream()
                .filter(w -> w.poolId() == poolId && !waitingWorkers.contains(w.freelancerId()))
                .toList();

        int words = PoolPlanInputs.skillWords(open);
        List<PoolNeed> needs =
                open.stream().map(n -> PoolPlanInputs.need(n, words)).toList();
        Map<Long, WeekGrid> booked = bookings.bookedSlotsDuring(LocalDate.now(clock.withZone(COPENHAGEN)), null);
        List<PoolWorker> workers = new ArrayList<>();
        for (Pools.PoolWorker w : poolWorkers) {
            inputs.worker(w, words, booked.getOrDefault(w.freelancerId(), WeekGrid.EMPTY))
                    .ifPresent(workers::add);
        }

        PoolPlan plan = PoolPlanner.plan(needs, workers, PoolSettings.defaults());
        long runId = runs.openPoolRun(poolId, startedBy, clock.instant());
        proposals.forgetUnreviewedOfPool(poolId);
        Set<String> refused = proposals.refusedForPool(poolId);
        Map<Long, Pools.OpenNeed> byId = new HashMap<>();
        open.forEach(n -> byId.put(n.id(), n));
        List<Portfolio> portfolios = new ArrayList<>(plan.portfolios());
        portfolios.sort(
                Comparator.comparingInt(Portfolio::halfHours).reversed().thenComparingLong(Portfolio::workerId));
        int stored = 0;
        for (Portfolio portfolio : portfolios) {
            List<Part> parts = portfolio.needIds().stream()
                    .map(byId::get)
                    .map(n -> new Part(
                            n.id(),
                            n.organisationId(),
                            n.schedule(),
                            PortfolioParts.workedHalfHours(
                                    n.hoursPerWeek(), n.schedule().slotCount())))
                    .toList();
            if (refused.contains(fingerprint(portfolio.workerId(), parts))) {
                continue;
            }
            proposals.insertPortfolio(runId, poolId, stored++, portfolio, parts, clock.instant());
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        PoolPlan.Stats stats = plan.stats();
        runs.poolRunDone(runId, clock.instant(), needs.size(), workers.size(), stored, ms);
        log.info(
                "Pool {}: {} needs, {} workers, {} portfolios, {} of {} half-hours covered (greedy {}), {} ms",
                poolId,
                needs.size(),
                workers.size(),
                stored,
                stats.coveredHalfHours(),
                stats.neededHalfHours(),
                stats.greedyCoveredHalfHours(),
                ms);
        return new Result(
                runId,
                needs.size(),
                workers.size(),
                stored,
                stats.neededHalfHours(),
                stats.coveredHalfHours(),
                stats.greedyCoveredHalfHours(),
                ms);
    }

    /** The pool's portfolio proposals, newest run first, then the most hours first. */
    public List<PortfolioProposal> forPool(long poolId) {
        return queries.read("p.pool_id = :key", poolId, Integer.MAX_VALUE);
    }

    /** Portfolios awaiting review in every pool, newest run first, at most {@code limit}. */
    public List<PortfolioProposal> unreviewed(int limit) {
        return queries.read("p.review_status = 'UNREVIEWED'", 0, limit);
    }

    /** How many portfolios await review in every pool. */
    public int countUnreviewed() {
        return queries.countUnreviewed();
    }

    public Optional<PortfolioProposal> byId(long proposalId) {
        return queries.read("p.id = :key", proposalId, 1).stream().findFirst();
    }

    /** Remembers that this portfolio was refused, so that pool matching does not make it again unchanged. */
    @Transactional
    public void rememberRefusal(PortfolioProposal proposal, Instant at) {
        proposals.rememberPoolRefusal(proposal.poolId(), proposal.fingerprint(), at);
    }

    static String fingerprint(long workerId, List<Part> parts) {
        SortedMap<Long, WeekGrid> windows = new TreeMap<>();
        for (Part part : parts) {
            windows.put(part.needId(), part.slots());
        }
        return Fingerprints.portfolio(workerId, windows);
    }
}
