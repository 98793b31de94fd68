package dk.jobandel.matching;

import dk.jobandel.agreements.Bookings;
import dk.jobandel.freelancers.FreelancerProfiles;
import dk.jobandel.freelancers.HeldSkill;
import dk.jobandel.freelancers.Profile;
import dk.jobandel.matching.engine.pool.PoolNeed;
import dk.jobandel.matching.engine.pool.PoolPlan;
import dk.jobandel.matching.engine.pool.PoolPlanner;
import dk.jobandel.matching.engine.pool.PoolSettings;
import dk.jobandel.matching.engine.pool.PoolWorker;
import dk.jobandel.matching.engine.pool.Portfolio;
import dk.jobandel.pools.NeedSkill;
import dk.jobandel.pools.Pools;
import dk.jobandel.shared.Municipality;
import dk.jobandel.shared.ReferenceData;
import dk.jobandel.shared.WeekGrid;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pool matching: plans one pool's open needs over its workers ({@link PoolPlanner}) and stores each worker's
 * portfolio as a proposal of kind {@code PORTFOLIO} for consultants to review. A run replaces the pool's portfolios
 * nobody has reviewed yet and keeps the rest; it leaves out needs and workers of portfolios already offered (their
 * answers are awaited), and does not make a refused portfolio again unchanged.
 *
 * <p>A need is planned whole: its weekly window is the time reserved for the worker, and its hours a week (at most
 * the window's) are what the member pays for. A worker's free time is their availability without what agreements
 * already book; their skills and levels, home municipality and travel distance come from their profile, and the hours
 * they want from their place in the pool.
 */
@Service
public class PoolMatching {

    private static final Logger log = LoggerFactory.getLogger(PoolMatching.class);
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    /** The review status of proposals waiting for the parties' answers. */
    private static final String OFFERED = "OFFERED";

    private final Pools pools;
    private final FreelancerProfiles profiles;
    private final ReferenceData referenceData;
    private final Bookings bookings;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    PoolMatching(
            Pools pools,
            FreelancerProfiles profiles,
            ReferenceData referenceData,
            Bookings bookings,
            JdbcClient jdbc,
            JsonMapper json,
            Clock clock) {
        this.pools = pools;
        this.profiles = profiles;
        this.referenceData = referenceData;
        this.bookings = bookings;
        this.jdbc = jdbc;
        this.json = json;
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
        jdbc.sql("select pg_advisory_xact_lock(:key, :pool)")
                .param("key", 0x4A_50_4D_52) // "JPMR": one run per pool at a time
                .param("pool", (int) poolId)
                .query(Object.class)
                .single();
        Set<Long> waitingNeeds = Set.copyOf(jdbc.sql("""
                        select n.need_id from proposal_need n join proposal p on p.id = n.proposal_id
                        where p.pool_id = :pool and p.review_status = :offered
                        """)
                .param("pool", poolId)
                .param("offered", OFFERED)
                .query(Long.class)
                .list());
        Set<Long> waitingWorkers = Set.copyOf(jdbc.sql("""
                        select m.freelancer_id from proposal_member m join proposal p on p.id = m.proposal_id
                        where p.pool_id = :pool and p.review_status = :offered
                        """)
                .param("pool", poolId)
                .param("offered", OFFERED)
                .query(Long.class)
                .list());
        List<Pools.OpenNeed> open = pools.openNeeds().stream()
                .filter(n -> n.poolId() == poolId && !waitingNeeds.contains(n.id()))
                .toList();
        List<Pools.PoolWorker> poolWorkers = pools.workers().stream()
                .filter(w -> w.poolId() == poolId && !waitingWorkers.contains(w.freelancerId()))
                .toList();

        int words = skillWords(open);
        List<PoolNeed> needs = open.stream().map(n -> need(n, words)).toList();
        Map<Long, WeekGrid> booked = bookings.bookedSlotsDuring(LocalDate.now(clock.withZone(COPENHAGEN)), null);
        List<PoolWorker> workers = new ArrayList<>();
        for (Pools.PoolWorker w : poolWorkers) {
            worker(w, words, booked.getOrDefault(w.freelancerId(), WeekGrid.EMPTY))
                    .ifPresent(workers::add);
        }

        PoolSettings settings = PoolSettings.defaults();
        PoolPlan plan = PoolPlanner.plan(needs, workers, settings);
        long runId = openRun(poolId, startedBy);
        jdbc.sql("delete from proposal where pool_id = :pool and review_status = :unreviewed")
                .param("pool", poolId)
                .param("unreviewed", MatchingProposals.UNREVIEWED)
                .update();
        Set<String> refused = Set.copyOf(jdbc.sql("select fingerprint from proposal_refusal where pool_id = :pool")
                .param("pool", poolId)
                .query(String.class)
                .list());
        Map<Long, Pools.OpenNeed> byId = new HashMap<>();
        open.forEach(n -> byId.put(n.id(), n));
        List<Portfolio> portfolios = new ArrayList<>(plan.portfolios());
        portfolios.sort(java.util.Comparator.comparingInt(Portfolio::halfHours)
                .reversed()
                .thenComparingLong(Portfolio::workerId));
        int stored = 0;
        for (Portfolio portfolio : portfolios) {
            List<Part> parts = portfolio.needIds().stream()
                    .map(byId::get)
                    .map(n -> new Part(
                            n.id(),
                            n.organisationId(),
                            n.schedule(),
                            Math.min(
                                    (int) Math.round(n.hoursPerWeek() * 2),
                                    n.schedule().slotCount())))
                    .toList();
            if (refused.contains(fingerprint(portfolio.workerId(), parts))) {
                continue;
            }
            store(runId, poolId, stored++, portfolio, parts);
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        PoolPlan.Stats stats = plan.stats();
        jdbc.sql("""
                        update matching_run set status = 'DONE', finished_at = :at, roles = :needs, roles_total = :needs,
                            roles_done = :needs, freelancers = :workers, proposals = :proposals, duration_ms = :ms
                        where id = :id
                        """)
                .param("at", Timestamp.from(clock.instant()))
                .param("needs", needs.size())
                .param("workers", workers.size())
                .param("proposals", stored)
                .param("ms", ms)
                .param("id", runId)
                .update();
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
    @Transactional(readOnly = true)
    public List<PortfolioProposal> forPool(long poolId) {
        return read("p.pool_id = :key", poolId, Integer.MAX_VALUE);
    }

    /** Portfolios awaiting review in every pool, newest run first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<PortfolioProposal> unreviewed(int limit) {
        return read("p.review_status = 'UNREVIEWED'", 0, limit);
    }

    /** How many portfolios await review in every pool. */
    @Transactional(readOnly = true)
    public int countUnreviewed() {
        return jdbc.sql("select count(*) from proposal where kind = 'PORTFOLIO' and review_status = 'UNREVIEWED'")
                .query(Integer.class)
                .single();
    }

    @Transactional(readOnly = true)
    public Optional<PortfolioProposal> byId(long proposalId) {
        return read("p.id = :key", proposalId, 1).stream().findFirst();
    }

    /** Remembers that this portfolio was refused, so that pool matching does not make it again unchanged. */
    @Transactional
    public void rememberRefusal(PortfolioProposal proposal, Instant at) {
        jdbc.sql("""
                        insert into proposal_refusal (pool_id, fingerprint, refused_at) values (:pool, :fingerprint, :at)
                        on conflict (pool_id, fingerprint) where pool_id is not null
                        do update set refused_at = excluded.refused_at
                        """)
                .param("pool", proposal.poolId())
                .param("fingerprint", proposal.fingerprint())
                .param("at", Timestamp.from(at))
                .update();
    }

    static String fingerprint(long workerId, List<Part> parts) {
        SortedMap<Long, WeekGrid> slots = new TreeMap<>();
        slots.put(-workerId - 1, WeekGrid.EMPTY); // the worker, apart from the need ids
        for (Part part : parts) {
            slots.put(part.needId(), part.slots());
        }
        return MatchingProposals.fingerprintOf(slots);
    }

    private long openRun(long poolId, @Nullable Long startedBy) {
        return jdbc.sql("""
                        insert into matching_run (trigger, started_by, started_at, engine_version, status, pool_id)
                        values ('POOL', :by, :at, :version, 'DONE', :pool) returning id
                        """)
                .param("by", startedBy)
                .param("at", Timestamp.from(clock.instant()))
                .param("version", MatchingRuns.ENGINE_VERSION)
                .param("pool", poolId)
                .query(Long.class)
                .single();
    }

    private void store(long runId, long poolId, int rank, Portfolio portfolio, List<Part> parts) {
        WeekGrid window = WeekGrid.EMPTY;
        int halfHours = 0;
        for (Part part : parts) {
            window = window.union(part.slots());
            halfHours += part.halfHours();
        }
        long id = jdbc.sql("""
                        insert into proposal (run_id, role_id, pool_id, kind, rank, score, explanation, created_at)
                        values (:run, null, :pool, 'PORTFOLIO', :rank, :score, cast(:explanation as jsonb), :at)
                        returning id
                        """)
                .param("run", runId)
                .param("pool", poolId)
                .param("rank", rank)
                .param("score", halfHours / 2.0)
                .param("explanation", json.writeValueAsString(portfolio))
                .param("at", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into proposal_member (proposal_id, position, freelancer_id, assigned, half_hours)
                        values (:id, 0, :worker, :assigned, :halfHours)
                        """)
                .param("id", id)
                .param("worker", portfolio.workerId())
                .param("assigned", window.toBytes())
                .param("halfHours", window.slotCount())
                .update();
        for (Part part : parts) {
            jdbc.sql("""
                            insert into proposal_need (proposal_id, need_id, organisation_id, slots, half_hours)
                            values (:id, :need, :organisation, :slots, :halfHours)
                            """)
                    .param("id", id)
                    .param("need", part.needId())
                    .param("organisation", part.organisationId())
                    .param("slots", part.slots().toBytes())
                    .param("halfHours", part.halfHours())
                    .update();
        }
    }

    private List<PortfolioProposal> read(String where, long key, int limit) {
        Map<Long, List<Part>> parts = new HashMap<>();
        jdbc.sql("""
                        select n.proposal_id, n.need_id, n.organisation_id, n.slots, n.half_hours
                        from proposal_need n join proposal p on p.id = n.proposal_id
                        where p.kind = 'PORTFOLIO' and %s order by n.proposal_id, n.need_id
                        """.formatted(where)).param("key", key).query(rs -> {
            parts.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                    .add(new Part(rs.getLong(2), rs.getLong(3), WeekGrid.fromBytes(rs.getBytes(4)), rs.getInt(5)));
        });
        return jdbc.sql("""
                        select p.id, p.run_id, p.pool_id, m.freelancer_id, p.score, p.review_status, p.version,
                               p.created_at, p.explanation::text
                        from proposal p join proposal_member m on m.proposal_id = p.id and m.position = 0
                        where p.kind = 'PORTFOLIO' and %s
                        order by p.run_id desc, p.rank, p.id
                        limit :limit
                        """.formatted(where))
                .param("key", key)
                .param("limit", limit)
                .query((rs, row) -> proposal(rs, parts.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    private PortfolioProposal proposal(ResultSet rs, List<Part> parts) throws SQLException {
        Portfolio explanation = json.readValue(rs.getString(9), Portfolio.class);
        return new PortfolioProposal(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getLong(4),
                rs.getDouble(5),
                rs.getString(6),
                rs.getLong(7),
                rs.getTimestamp(8).toInstant(),
                List.copyOf(parts),
                explanation.moves().stream()
                        .map(m -> new Move(m.fromNeedId(), m.toNeedId(), m.km(), m.travelHalfHours()))
                        .toList(),
                explanation.score().shortfallHalfHours());
    }

    /** Words a skill bitset needs for the highest skill id the needs require (skill ids are small). */
    private static int skillWords(List<Pools.OpenNeed> needs) {
        int max = 0;
        for (Pools.OpenNeed need : needs) {
            for (NeedSkill skill : need.skills()) {
                max = Math.max(max, skill.skillId());
            }
        }
        return (max >>> 6) + 1;
    }

    private static PoolNeed need(Pools.OpenNeed need, int words) {
        long[][] byLevel = new long[4][words];
        for (NeedSkill skill : need.skills()) {
            int level = Math.clamp(skill.minLevel(), 1, 3);
            byLevel[level][skill.skillId() >>> 6] |= 1L << skill.skillId();
        }
        boolean remote = need.remote() || need.latitude() == null || need.longitude() == null;
        return new PoolNeed(
                need.id(),
                need.organisationId(),
                need.scheduleWords(),
                byLevel[1],
                byLevel[2],
                byLevel[3],
                remote,
                remote ? 0 : need.latitude(),
                remote ? 0 : need.longitude());
    }

    /** The worker as the planner sees them; empty when their profile has no home municipality yet. */
    private Optional<PoolWorker> worker(Pools.PoolWorker w, int words, WeekGrid booked) {
        Profile profile = profiles.profileOf(w.freelancerId());
        Profile.Basics basics = profile.basics();
        Optional<Municipality> home = basics.municipalityCode() == null
                ? Optional.empty()
                : referenceData.municipality(basics.municipalityCode());
        if (home.isEmpty()) {
            return Optional.empty();
        }
        long[] atLeast1 = new long[words];
        long[] atLeast2 = new long[words];
        long[] atLeast3 = new long[words];
        for (HeldSkill skill : profile.skills()) {
            int word = skill.skillId() >>> 6;
            if (word >= words) {
                continue; // no need asks for it
            }
            long bit = 1L << skill.skillId();
            atLeast1[word] |= bit;
            if (skill.level() >= 2) {
                atLeast2[word] |= bit;
            }
            if (skill.level() >= 3) {
                atLeast3[word] |= bit;
            }
        }
        return Optional.of(new PoolWorker(
                w.freelancerId(),
                atLeast1,
                atLeast2,
                atLeast3,
                MatchingSnapshots.words(profile.availability().minus(booked)),
                w.desiredHoursMin() * 2,
                w.desiredHoursMax() * 2,
                home.get().latitude(),
                home.get().longitude(),
                basics.travelKm() == null ? 0 : basics.travelKm(),
                basics.worksRemote() || basics.worksHybrid()));
    }
}
