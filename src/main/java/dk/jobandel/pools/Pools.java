package dk.jobandel.pools;

import static dk.jobandel.pools.Refusals.require;

import dk.jobandel.advisor.core.Finding;
import dk.jobandel.members.Actor;
import dk.jobandel.pools.core.Coverage;
import dk.jobandel.pools.core.PoolAccess;
import dk.jobandel.pools.core.PoolRules;
import dk.jobandel.shared.core.Decision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pools as members, hosts and consultants use them, and as the portfolio planner reads them: the module's façade and
 * API. Every action receives the acting person ({@link Actor}, built by the members module from the signed-in member:
 * whether a consultant or admin, and which organisation's staff). An action loads the facts, asks the rules in
 * {@code pools.core}, stores the change in the aggregate's store ({@link PoolStore}, {@link MembershipStore},
 * {@link NeedStore}) and records and tells it; the membership and need lifecycles do so in {@link PoolMemberships} and
 * {@link PoolNeeds}, inside this façade's transaction. The pages' read models come from {@link PoolQueries}. A pool's
 * needs, workers and applications are seen only by its approved members' staff and by consultants: everybody else gets
 * {@link PoolNotFound}. Decisions name the version they were based on, so of two concurrent decisions on one
 * application exactly one is taken.
 */
@Service
public class Pools implements PoolViews {

    /** Subject type of membership changes in the audit trail (state keys {@code state.POOL_MEMBER.*}). */
    public static final String MEMBER_SUBJECT = "POOL_MEMBER";

    /** The audit subject of a pool's own changes (its settings and terms). */
    public static final String POOL_SUBJECT = "POOL";

    private final PoolSettings settings;
    private final PoolMemberships memberships;
    private final PoolNeeds needs;
    private final PoolWorkers workers;
    private final PoolQueries queries;
    private final PoolCoverage coverage;

    Pools(
            PoolSettings settings,
            PoolMemberships memberships,
            PoolNeeds needs,
            PoolWorkers workers,
            PoolQueries queries,
            PoolCoverage coverage) {
        this.settings = settings;
        this.memberships = memberships;
        this.needs = needs;
        this.workers = workers;
        this.queries = queries;
        this.coverage = coverage;
    }

    /**
     * The pool with its settings and pay terms, for other modules that have checked who may see what they show (the
     * agreements module copies the pay terms into a worker's agreement). No visibility check.
     *
     * @throws PoolNotFound when there is no such pool
     */
    @Transactional(readOnly = true)
    public Pool pool(long poolId) {
        return queries.pool(poolId);
    }

    /**
     * Creates a pool. A cooperative's staff create it with their own organisation as host (the host argument is
     * ignored); a consultant names a verified host. The host is an approved member from the start.
     *
     * @throws PoolRefused when the host is missing or not verified, over its quota, or the name is taken
     * @throws PoolNotFound when the account is neither a consultant nor an organisation's staff
     */
    @Transactional
    public long create(Actor actor, @Nullable Long hostOrganisationId, PoolDetails details) {
        return settings.create(actor, hostOrganisationId, details);
    }

    /** Whether the member names the host of a pool they create (consultants and admins); see {@link PoolRules}. */
    @Transactional(readOnly = true)
    public boolean namesHost(Actor actor) {
        return PoolRules.namesHost(actor);
    }

    /** The pool, for its host's staff to change its terms; anybody else, consultants included, reads not found. */
    @Transactional(readOnly = true)
    public Pool hostedPool(Actor actor, long poolId) {
        Pool pool = pool(poolId);
        require(PoolAccess.hosts(actor, pool.hostOrganisationId()), poolId);
        return pool;
    }

    /**
     * The host's staff change the pool's settings and employment terms (issue 21). Agreements already made keep the
     * terms they were made on; new ones take the changed terms.
     *
     * @throws PoolNotFound when the acting member is not the host's staff
     * @throws PoolRefused when the name is taken by another pool or the municipality is unknown
     * @throws PoolChanged when the pool changed since {@code basedOnVersion}
     */
    @Transactional
    public void changeTerms(Actor actor, long poolId, long basedOnVersion, PoolDetails details) {
        hostedPool(actor, poolId);
        settings.change(actor, poolId, basedOnVersion, details);
    }

    /**
     * The acting member's organisation applies to join; the host's staff are notified. An organisation that was
     * rejected or has left may apply again.
     *
     * @throws PoolRefused when the organisation is not verified or already applied or a member
     */
    @Transactional
    public void apply(Actor actor, long poolId) {
        memberships.apply(actor, pool(poolId));
    }

    /** The host's staff approve an application (anybody else reads not found), or {@link PoolChanged} since then. */
    @Transactional
    public void approve(Actor actor, long poolId, long memberId, long basedOnVersion) {
        memberships.decide(actor, pool(poolId), memberId, basedOnVersion, true, null);
    }

    /** The host's staff reject an application, optionally with a reason; see {@link #approve}. */
    @Transactional
    public void reject(Actor actor, long poolId, long memberId, long basedOnVersion, @Nullable String reason) {
        memberships.decide(actor, pool(poolId), memberId, basedOnVersion, false, reason);
    }

    /** The member's organisation leaves (or withdraws its application) and its open needs with it; not the host. */
    @Transactional
    public void leave(Actor actor, long poolId) {
        memberships.leave(actor, pool(poolId));
    }

    /** The pools the member is in (approved or applied), or every pool for a consultant. */
    @Transactional(readOnly = true)
    public List<Listed> visibleTo(Actor actor) {
        return queries.visibleTo(actor);
    }

    /**
     * The pools page in one go: the pools the member sees ({@link #visibleTo}), those their organisation could apply to
     * ({@link #joinable}), and for a consultant the organisations that could host a new one.
     */
    @Transactional(readOnly = true)
    public ListPage listPage(Actor actor) {
        return queries.listPage(actor);
    }

    /** The pools the member's organisation could apply to: not in them, or rejected or left before. */
    @Transactional(readOnly = true)
    public List<Listed> joinable(Actor actor) {
        return queries.joinable(actor);
    }

    /** The pool page for this member at the week of {@code today}; see {@link Overview}. */
    @Transactional(readOnly = true)
    public Overview overview(Actor actor, long poolId, LocalDate today) {
        Pool pool = pool(poolId);
        return queries.overview(pool, memberships.viewer(actor, pool), today);
    }

    /**
     * The hours the pool's running needs (open or filled, the week inside their period) ask for in the week of
     * {@code day}, and how many are covered ({@link PoolCoverage}). No visibility check: for pages that have checked
     * it, and for other modules.
     */
    @Transactional(readOnly = true)
    public Coverage coverage(long poolId, LocalDate day) {
        return coverage.of(poolId, day);
    }

    /** The rules of a need, each with the field to change; empty when the need is fine. */
    public List<NeedDetails.Problem> check(NeedDetails need) {
        return needs.check(need);
    }

    /** An approved member's staff post a need; {@link PoolRefused} when a rule of {@link #check} is broken. */
    @Transactional
    public long postNeed(Actor actor, long poolId, NeedDetails need) {
        return needs.post(actor, poolId, need);
    }

    /** Changes an open need of the acting member's organisation; {@link PoolChanged} when changed meanwhile. */
    @Transactional
    public void updateNeed(Actor actor, long poolId, long needId, long basedOnVersion, NeedDetails need) {
        needs.update(actor, poolId, needId, basedOnVersion, need);
    }

    /** Withdraws an open or filled need of the acting member's organisation. */
    @Transactional
    public void withdrawNeed(Actor actor, long poolId, long needId, long basedOnVersion) {
        needs.withdraw(actor, poolId, needId, basedOnVersion);
    }

    /** Marks an open need as filled because a worker now covers it (the system acts, not a member). */
    @Transactional
    public void markFilled(long needId) {
        needs.markFilled(needId);
    }

    /** The needs board: approved members' open and filled needs, for their staff and consultants (else not found). */
    @Transactional(readOnly = true)
    public List<Need> needs(Actor actor, long poolId) {
        require(memberships.viewer(actor, pool(poolId)).canSeeNeeds() ? Decision.ALLOWED : Decision.HIDDEN, poolId);
        return needs.board(actor, poolId, null);
    }

    /**
     * The pool's open and filled needs of approved members, for modules that have already decided who may see them
     * (review of portfolios, offers). No need is marked {@code own}.
     */
    @Transactional(readOnly = true)
    public List<Need> needsOf(long poolId) {
        return needs.board(Actor.SYSTEM, poolId, null);
    }

    /** One need of the acting member's own organisation, for editing it. */
    @Transactional(readOnly = true)
    public Need ownNeed(Actor actor, long poolId, long needId) {
        return needs.own(actor, poolId, needId);
    }

    /** Every open need of every pool's approved members, for the portfolio planner, in need id order. */
    @Transactional(readOnly = true)
    public List<OpenNeed> openNeeds() {
        return needs.openNeeds();
    }

    /** Every active worker of every pool, for the planner: one statement, by pool and freelancer. */
    @Transactional(readOnly = true)
    public List<PoolWorker> workers() {
        return workers.all();
    }

    /** Freelancers who want pool work and are not active workers of the pool, by name (at most 200). */
    @Transactional(readOnly = true)
    public List<Candidate> workerCandidates(Actor actor, long poolId) {
        return workers.candidates(actor, poolId);
    }

    /**
     * The host's staff or a consultant add a freelancer who wants pool work, with the desired hours from their profile.
     *
     * @throws PoolRefused when the freelancer does not want pool work (or has no desired hours), or already works in
     *     the pool
     */
    @Transactional
    public void addWorker(Actor actor, long poolId, long freelancerId) {
        workers.add(actor, poolId, freelancerId);
    }

    /** The host's staff or a consultant remove a worker from the pool. */
    @Transactional
    public void removeWorker(Actor actor, long poolId, long freelancerId) {
        workers.remove(actor, poolId, freelancerId);
    }

    /** A cooperative staff member's pools and, for hosts, the applications awaiting a decision. */
    @Transactional(readOnly = true)
    public Dashboard dashboard(Actor actor) {
        return queries.dashboard(actor);
    }

    /** Verified organisations a consultant may name as a pool's host, by name. */
    @Transactional(readOnly = true)
    public List<Host> possibleHosts() {
        return queries.possibleHosts();
    }

    /** The advisor's findings for a pool's employment terms (see {@link PoolSettings#findings}). */
    public List<Finding> termsFindings(Pool pool) {
        return termsFindings(pool.hourlyWage(), pool.pensionPercent());
    }

    /** The findings for a pool's employment terms as a form states them, before the pool is saved (issue 21). */
    public List<Finding> termsFindings(BigDecimal hourlyWage, BigDecimal pensionPercent) {
        return settings.findings(hourlyWage, pensionPercent);
    }
}
