package dk.jobandel.pools;

import dk.jobandel.advisor.SecureTerms;
import dk.jobandel.advisor.core.Finding;
import dk.jobandel.advisor.core.Terms;
import dk.jobandel.audit.AuditTrail;
import dk.jobandel.members.MemberLookups;
import dk.jobandel.members.Organisations;
import dk.jobandel.notifications.NoticeKind;
import dk.jobandel.notifications.Notifications;
import dk.jobandel.platform.RateLimits;
import dk.jobandel.platform.UsageLimits;
import dk.jobandel.pools.core.Actor;
import dk.jobandel.pools.core.Coverage;
import dk.jobandel.pools.core.Decision;
import dk.jobandel.pools.core.MembershipRules;
import dk.jobandel.pools.core.NeedRules;
import dk.jobandel.pools.core.PoolAccess;
import dk.jobandel.pools.core.PoolRules;
import dk.jobandel.pools.core.Viewer;
import dk.jobandel.shared.ReferenceData;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pools as members, hosts and consultants use them, and as the portfolio planner reads them: the module's façade. Every
 * action names the acting account; the members module says whether it is a consultant (or admin) and which
 * organisation's staff it belongs to. Each action loads the facts, asks the rules in {@code pools.core}, stores the
 * change ({@link PoolStore}, {@link MembershipStore}, {@link NeedStore}), records the audit entry and tells the people
 * concerned; the pages' read models come from {@link PoolQueries}. A pool's needs, workers and applications are seen
 * only by its approved members' staff and by consultants: everybody else gets {@link PoolNotFound}. Decisions name the
 * version they were based on, so of two concurrent decisions on one application exactly one is taken.
 */
@Service
public class Pools implements PoolViews {

    /** Subject type of membership changes in the audit trail (state keys {@code state.POOL_MEMBER.*}). */
    public static final String MEMBER_SUBJECT = "POOL_MEMBER";

    /** The audit subject of a pool's own changes (its settings and terms). */
    public static final String POOL_SUBJECT = "POOL";

    private final PoolStore poolStore;
    private final MembershipStore memberships;
    private final NeedStore needStore;
    private final PoolQueries queries;
    private final MemberLookups members;
    private final Organisations organisations;
    private final Clock clock;
    private final ReferenceData referenceData;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final SecureTerms secureTerms;
    private final RateLimits rateLimits;
    private final UsageLimits usageLimits;

    Pools(
            PoolStore poolStore,
            MembershipStore memberships,
            NeedStore needStore,
            PoolQueries queries,
            MemberLookups members,
            Organisations organisations,
            Clock clock,
            ReferenceData referenceData,
            AuditTrail audit,
            Notifications notifications,
            SecureTerms secureTerms,
            RateLimits rateLimits,
            UsageLimits usageLimits) {
        this.poolStore = poolStore;
        this.memberships = memberships;
        this.needStore = needStore;
        this.queries = queries;
        this.members = members;
        this.organisations = organisations;
        this.clock = clock;
        this.referenceData = referenceData;
        this.audit = audit;
        this.notifications = notifications;
        this.secureTerms = secureTerms;
        this.rateLimits = rateLimits;
        this.usageLimits = usageLimits;
    }

    // --- the facts and the decisions ---

    private Actor actor(long accountId) {
        MemberLookups.Acting acting = members.acting(accountId);
        return new Actor(accountId, acting.organisationId(), acting.organisationVerified(), acting.consultant());
    }

    /** A refusal as the callers know it: not found, refused with its reason, or changed meanwhile. */
    private static void require(Decision decision, long id) {
        switch (decision.kind()) {
            case ALLOWED -> {}
            case HIDDEN -> throw new PoolNotFound(id);
            case REFUSED -> throw new PoolRefused(Objects.requireNonNull(decision.code()));
            case CHANGED -> throw new PoolChanged(id);
        }
    }

    private static void changedUnless(boolean stored, long id) {
        require(stored ? Decision.ALLOWED : Decision.CHANGED, id);
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private String nameOf(long organisationId) {
        return members.organisationNames(List.of(organisationId)).getOrDefault(organisationId, "");
    }

    private Viewer viewer(Actor actor, Pool pool) {
        require(PoolAccess.seesPool(actor), pool.id());
        var mine = memberships.of(pool.id(), actor.organisationId());
        return PoolAccess.viewer(
                actor,
                pool.hostOrganisationId(),
                mine.map(MembershipStore.Row::id).orElse(null),
                mine.map(MembershipStore.Row::status).orElse(null));
    }

    /** The acting member's organisation, which must be an approved member of the pool. */
    private long approvedMember(Actor actor, long poolId) {
        pool(poolId);
        var mine = memberships.of(poolId, actor.organisationId());
        require(
                PoolAccess.postsNeeds(
                        actor, mine.map(MembershipStore.Row::status).orElse(null)),
                poolId);
        return Objects.requireNonNull(actor.organisationId());
    }

    // --- pools and membership ---

    /**
     * The pool with its settings and pay terms, for other modules that have checked who may see what they show (the
     * agreements module copies the pay terms into a worker's agreement). No visibility check.
     *
     * @throws PoolNotFound when there is no such pool
     */
    @Transactional(readOnly = true)
    public Pool pool(long poolId) {
        PoolStore.Row row = poolStore.byId(poolId).orElseThrow(() -> new PoolNotFound(poolId));
        return row.named(members.organisationNames(List.of(row.hostOrganisationId())));
    }

    /**
     * Creates a pool. A cooperative's staff create it with their own organisation as host (the host argument is
     * ignored); a consultant names a verified host. The host is an approved member from the start.
     *
     * @throws PoolRefused when the host is missing or not verified, over its quota, or the name is taken
     * @throws PoolNotFound when the account is neither a consultant nor an organisation's staff
     */
    @Transactional
    public long create(long actingAccountId, @Nullable Long hostOrganisationId, PoolDetails details) {
        Actor actor = actor(actingAccountId);
        require(PoolRules.create(actor, hostOrganisationId), 0);
        long host = Objects.requireNonNull(PoolRules.host(actor, hostOrganisationId));
        boolean verified = actor.isStaffOf(host) ? actor.organisationVerified() : organisations.isVerified(host);
        // review finding 6: a quota per host, and a rate that holds across nodes
        require(PoolRules.mayHost(verified, poolStore.hostedBy(host), usageLimits.poolsPerOrganisation()), 0);
        if (!rateLimits.tryAcquire(usageLimits.poolCreations(), "organisation:" + host)) {
            throw new PoolRefused("pool.quota.creations");
        }
        require(
                PoolRules.settings(
                        municipalityKnown(details.municipalityCode()), poolStore.nameTaken(details.name(), null)),
                0);
        Timestamp now = now();
        long poolId = poolStore.insert(details, host, actingAccountId, now);
        long memberId = memberships.insertHost(poolId, host, now, actingAccountId);
        audit.record(MEMBER_SUBJECT, memberId, null, MemberStatus.APPROVED.name(), actingAccountId, null);
        return poolId;
    }

    private boolean municipalityKnown(short code) {
        return referenceData.municipality(code).isPresent();
    }

    /**
     * The pool, for its host's staff to change its terms.
     *
     * @throws PoolNotFound for anybody else, consultants included (they guide; the host decides)
     */
    @Transactional(readOnly = true)
    public Pool hostedPool(long actingAccountId, long poolId) {
        Pool pool = pool(poolId);
        require(PoolAccess.hosts(actor(actingAccountId), pool.hostOrganisationId()), poolId);
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
    public void changeTerms(long actingAccountId, long poolId, long basedOnVersion, PoolDetails details) {
        hostedPool(actingAccountId, poolId);
        require(
                PoolRules.settings(
                        municipalityKnown(details.municipalityCode()), poolStore.nameTaken(details.name(), poolId)),
                poolId);
        changedUnless(poolStore.update(poolId, basedOnVersion, details), poolId);
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
        Pool pool = pool(poolId);
        require(MembershipRules.applicant(actor), poolId);
        long organisationId = Objects.requireNonNull(actor.organisationId());
        if (!rateLimits.tryAcquire(usageLimits.poolApplications(), "organisation:" + organisationId)) {
            throw new PoolRefused("pool.quota.applications");
        }
        Optional<MembershipStore.Row> existing = memberships.of(poolId, organisationId);
        require(MembershipRules.apply(existing.map(MembershipStore.Row::status).orElse(null)), poolId);
        Timestamp now = now();
        long memberId;
        if (existing.isPresent()) {
            memberId = existing.get().id();
            changedUnless(memberships.reapply(existing.get(), now), memberId);
        } else {
            memberId = memberships.insertApplication(poolId, organisationId, now);
        }
        String from = existing.map(m -> m.status().name()).orElse(null);
        audit.record(MEMBER_SUBJECT, memberId, from, MemberStatus.APPLIED.name(), actingAccountId, null);
        notifications.notify(
                members.staffOf(pool.hostOrganisationId()),
                NoticeKind.POOL_APPLICATION_RECEIVED,
                List.of(pool.name(), nameOf(organisationId)),
                "/pools/" + poolId);
    }

    /** The host's staff approve an application; see {@link #decide}. */
    @Transactional
    public void approve(long actingAccountId, long poolId, long memberId, long basedOnVersion) {
        decide(actingAccountId, poolId, memberId, basedOnVersion, true, null);
    }

    /** The host's staff reject an application, optionally with a reason; see {@link #decide}. */
    @Transactional
    public void reject(long actingAccountId, long poolId, long memberId, long basedOnVersion, @Nullable String reason) {
        decide(actingAccountId, poolId, memberId, basedOnVersion, false, reason);
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
            boolean approve,
            @Nullable String reason) {
        Pool pool = pool(poolId);
        require(PoolAccess.hosts(actor(actingAccountId), pool.hostOrganisationId()), poolId);
        MembershipStore.Row applicant =
                memberships.byId(poolId, memberId).orElseThrow(() -> new PoolNotFound(memberId));
        require(MembershipRules.decide(applicant.status(), applicant.version(), basedOnVersion), memberId);
        MemberStatus to = MembershipRules.decision(approve);
        changedUnless(memberships.decide(memberId, basedOnVersion, to, now(), actingAccountId), memberId);
        audit.record(MEMBER_SUBJECT, memberId, MemberStatus.APPLIED.name(), to.name(), actingAccountId, reason);
        notifications.notify(
                members.staffOf(applicant.organisationId()),
                approve ? NoticeKind.POOL_APPLICATION_APPROVED : NoticeKind.POOL_APPLICATION_REJECTED,
                List.of(pool.name(), pool.hostName()),
                "/pools/" + poolId);
    }

    /**
     * The acting member's organisation leaves the pool (or withdraws its application); its open needs are withdrawn
     * with it. The host cannot leave its own pool.
     */
    @Transactional
    public void leave(long actingAccountId, long poolId) {
        Actor actor = actor(actingAccountId);
        Pool pool = pool(poolId);
        Optional<MembershipStore.Row> mine = memberships.of(poolId, actor.organisationId());
        MemberStatus status = mine.map(MembershipStore.Row::status).orElse(null);
        require(MembershipRules.leave(actor, status, pool.hostOrganisationId()), poolId);
        MembershipStore.Row m = mine.orElseThrow();
        Timestamp now = now();
        changedUnless(memberships.leave(m, now, actingAccountId), m.id());
        needStore.withdrawOpen(poolId, m.organisationId(), now);
        audit.record(MEMBER_SUBJECT, m.id(), m.status().name(), MemberStatus.LEFT.name(), actingAccountId, null);
    }

    // --- reading pools ---

    /** The pools the member is in (approved or applied), or every pool for a consultant. */
    @Transactional(readOnly = true)
    public List<Listed> visibleTo(long accountId) {
        Actor actor = actor(accountId);
        return PoolAccess.seesPool(actor).allowed() ? queries.visibleTo(actor) : List.of();
    }

    /**
     * The pools page in one go: the pools the member sees ({@link #visibleTo}), those their organisation could apply to
     * ({@link #joinable}), and for a consultant the organisations that could host a new one.
     */
    @Transactional(readOnly = true)
    public ListPage listPage(long accountId) {
        return queries.listPage(actor(accountId));
    }

    /** The pools the member's organisation could apply to: not in them, or rejected or left before. */
    @Transactional(readOnly = true)
    public List<Listed> joinable(long accountId) {
        Actor actor = actor(accountId);
        return actor.organisationId() == null ? List.of() : queries.joinable(actor);
    }

    /** The pool page for this member at the week of {@code today}; see {@link Overview}. */
    @Transactional(readOnly = true)
    public Overview overview(long accountId, long poolId, LocalDate today) {
        Actor actor = actor(accountId);
        Pool pool = pool(poolId);
        Viewer viewer = viewer(actor, pool);
        boolean inside = viewer.canSeeNeeds();
        List<Member> members = queries.members(poolId, inside || viewer.host());
        if (!inside) {
            return new Overview(pool, viewer, members, List.of(), List.of(), null);
        }
        return new Overview(
                pool, viewer, members, queries.memberNeeds(poolId), queries.workersOf(poolId), coverage(poolId, today));
    }

    /**
     * The hours the pool's running needs (open or filled, with the week inside their period) ask for in the week of
     * {@code day}, and how many are covered: by the {@link NeedBookings} bean when there is one, otherwise a filled
     * need counts in full. No visibility check: for pages that have checked it, and for other modules.
     */
    @Transactional(readOnly = true)
    public Coverage coverage(long poolId, LocalDate day) {
        return queries.coverage(poolId, day);
    }

    // --- needs ---

    /** The rules of a need, each with the field to change; empty when the need is fine. */
    public List<NeedDetails.Problem> check(NeedDetails need) {
        return NeedRules.check(
                need,
                this::municipalityKnown,
                skill -> referenceData.skill(skill).isPresent());
    }

    /**
     * An approved member's staff post a need.
     *
     * @throws PoolRefused when a rule of {@link #check(NeedDetails)} is broken
     */
    @Transactional
    public long postNeed(long actingAccountId, long poolId, NeedDetails need) {
        long organisationId = approvedMember(actor(actingAccountId), poolId);
        require(NeedRules.valid(check(need)), poolId);
        return needStore.insert(poolId, organisationId, need, actingAccountId, now());
    }

    /**
     * Changes an open need of the acting member's organisation.
     *
     * @throws PoolChanged when somebody changed it since {@code basedOnVersion}
     */
    @Transactional
    public void updateNeed(long actingAccountId, long poolId, long needId, long basedOnVersion, NeedDetails need) {
        long organisationId = approvedMember(actor(actingAccountId), poolId);
        require(NeedRules.change(ownNeedStatus(poolId, needId, organisationId)), needId);
        require(NeedRules.valid(check(need)), needId);
        changedUnless(needStore.update(needId, basedOnVersion, need, now()), needId);
    }

    /** Withdraws an open or filled need of the acting member's organisation. */
    @Transactional
    public void withdrawNeed(long actingAccountId, long poolId, long needId, long basedOnVersion) {
        long organisationId = approvedMember(actor(actingAccountId), poolId);
        require(NeedRules.withdraw(ownNeedStatus(poolId, needId, organisationId)), needId);
        changedUnless(needStore.withdraw(needId, basedOnVersion, now()), needId);
    }

    private NeedStatus ownNeedStatus(long poolId, long needId, long organisationId) {
        return needStore.statusOf(poolId, needId, organisationId).orElseThrow(() -> new PoolNotFound(needId));
    }

    /** Marks an open need as filled because a worker now covers it (the system acts, not a member). */
    @Transactional
    public void markFilled(long needId) {
        needStore.markFilled(needId, now());
    }

    /**
     * The needs board: the open and filled needs of the pool's approved members, for its approved members' staff and
     * consultants; everybody else reads not found.
     */
    @Transactional(readOnly = true)
    public List<Need> needs(long accountId, long poolId) {
        Actor actor = actor(accountId);
        require(viewer(actor, pool(poolId)).canSeeNeeds() ? Decision.ALLOWED : Decision.HIDDEN, poolId);
        return queries.needs(actor, poolId, null);
    }

    /**
     * The pool's open and filled needs of approved members, for modules that have already decided who may see them
     * (review of portfolios, offers). No need is marked {@code own}.
     */
    @Transactional(readOnly = true)
    public List<Need> needsOf(long poolId) {
        return queries.needs(Actor.SYSTEM, poolId, null);
    }

    /** One need of the acting member's own organisation, for editing it. */
    @Transactional(readOnly = true)
    public Need ownNeed(long accountId, long poolId, long needId) {
        Actor actor = actor(accountId);
        approvedMember(actor, poolId);
        return queries.needs(actor, poolId, needId).stream()
                .filter(Need::own)
                .findFirst()
                .orElseThrow(() -> new PoolNotFound(needId));
    }

    /** Every open need of every pool's approved members, for the portfolio planner, in need id order. */
    @Transactional(readOnly = true)
    public List<OpenNeed> openNeeds() {
        return queries.openNeeds();
    }

    // --- workers ---

    /** Every active worker of every pool, for the planner: one statement, by pool and freelancer. */
    @Transactional(readOnly = true)
    public List<PoolWorker> workers() {
        return queries.workers();
    }

    private void requireWorkerManager(long accountId, long poolId) {
        require(PoolAccess.managesWorkers(actor(accountId), pool(poolId).hostOrganisationId()), poolId);
    }

    /** Freelancers who want pool work and are not active workers of the pool, by name (at most 200). */
    @Transactional(readOnly = true)
    public List<Candidate> workerCandidates(long accountId, long poolId) {
        requireWorkerManager(accountId, poolId);
        return queries.candidates(poolId, poolStore.activeWorkers(poolId));
    }

    /**
     * The host's staff or a consultant add a freelancer who wants pool work, with the desired hours from their profile.
     *
     * @throws PoolRefused when the freelancer does not want pool work (or has no desired hours), or already works in
     *     the pool
     */
    @Transactional
    public void addWorker(long actingAccountId, long poolId, long freelancerId) {
        requireWorkerManager(actingAccountId, poolId);
        var wish = queries.wish(freelancerId).orElseThrow(() -> new PoolRefused("pool.worker.notWanting"));
        boolean added = poolStore.addWorker(
                poolId, freelancerId, wish.desiredHoursMin(), wish.desiredHoursMax(), now(), actingAccountId);
        require(added ? Decision.ALLOWED : Decision.refused("pool.worker.already"), poolId);
    }

    /** The host's staff or a consultant remove a worker from the pool. */
    @Transactional
    public void removeWorker(long actingAccountId, long poolId, long freelancerId) {
        requireWorkerManager(actingAccountId, poolId);
        require(poolStore.removeWorker(poolId, freelancerId) ? Decision.ALLOWED : Decision.HIDDEN, freelancerId);
    }

    // --- dashboard ---

    /** A cooperative staff member's pools and, for hosts, the applications awaiting a decision. */
    @Transactional(readOnly = true)
    public Dashboard dashboard(long accountId) {
        Long organisationId = actor(accountId).organisationId();
        return organisationId == null ? new Dashboard(List.of(), List.of()) : queries.dashboard(organisationId);
    }

    /** Verified organisations a consultant may name as a pool's host, by name. */
    @Transactional(readOnly = true)
    public List<Host> possibleHosts() {
        return queries.possibleHosts();
    }

    // --- terms ---

    /**
     * The advisor's findings for a pool's employment terms: the host employs the worker at hourly pay with holiday pay,
     * and places them to work with the members, which always raises the temporary-agency act's question for the
     * consultant. The people's hours come with each portfolio offer.
     */
    public List<Finding> termsFindings(Pool pool) {
        return termsFindings(pool.hourlyWage(), pool.pensionPercent());
    }

    /** The findings for a pool's employment terms as a form states them, before the pool is saved (issue 21). */
    public List<Finding> termsFindings(BigDecimal hourlyWage, BigDecimal pensionPercent) {
        return secureTerms.checkTermsOnly(new Terms(
                Terms.Kind.POOL,
                BigDecimal.ZERO,
                1,
                null,
                0,
                Terms.PayBasis.HOURLY,
                hourlyWage,
                null,
                null,
                pensionPercent,
                null,
                Terms.Holiday.HOLIDAY_PAY,
                false,
                null,
                null,
                false,
                true));
    }
}
