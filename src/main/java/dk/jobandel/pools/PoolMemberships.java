package dk.jobandel.pools;

import static dk.jobandel.pools.Refusals.changedUnless;
import static dk.jobandel.pools.Refusals.require;

import dk.jobandel.audit.AuditTrail;
import dk.jobandel.members.Actor;
import dk.jobandel.members.MemberLookups;
import dk.jobandel.notifications.NoticeKind;
import dk.jobandel.notifications.Notifications;
import dk.jobandel.platform.RateLimits;
import dk.jobandel.platform.UsageLimits;
import dk.jobandel.pools.PoolViews.Pool;
import dk.jobandel.pools.core.MembershipRules;
import dk.jobandel.pools.core.PoolAccess;
import dk.jobandel.pools.core.Viewer;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The membership lifecycle behind {@link Pools}: loads the membership, asks {@link MembershipRules}, stores the change,
 * records it in the audit trail and tells the other side. Runs in the façade's transaction.
 */
@Component
class PoolMemberships {

    private final MembershipStore memberships;
    private final NeedStore needs;
    private final MemberLookups members;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final RateLimits rateLimits;
    private final UsageLimits usageLimits;
    private final Clock clock;

    PoolMemberships(
            MembershipStore memberships,
            NeedStore needs,
            MemberLookups members,
            AuditTrail audit,
            Notifications notifications,
            RateLimits rateLimits,
            UsageLimits usageLimits,
            Clock clock) {
        this.memberships = memberships;
        this.needs = needs;
        this.members = members;
        this.audit = audit;
        this.notifications = notifications;
        this.rateLimits = rateLimits;
        this.usageLimits = usageLimits;
        this.clock = clock;
    }

    /** The reader's place in the pool; not found for those who may not see it. */
    Viewer viewer(Actor actor, Pool pool) {
        require(PoolAccess.seesPool(actor), pool.id());
        var mine = memberships.of(pool.id(), actor.organisationId());
        return PoolAccess.viewer(
                actor,
                pool.hostOrganisationId(),
                mine.map(MembershipStore.Row::id).orElse(null),
                mine.map(MembershipStore.Row::status).orElse(null));
    }

    /** The acting member's organisation, which must be an approved member of the pool. */
    long approvedMember(Actor actor, long poolId) {
        var status = memberships.of(poolId, actor.organisationId()).map(MembershipStore.Row::status);
        require(PoolAccess.postsNeeds(actor, status.orElse(null)), poolId);
        return Objects.requireNonNull(actor.organisationId());
    }

    /** The host joins its new pool as an approved member. */
    void host(long poolId, long host, Timestamp now, long actingAccountId) {
        long memberId = memberships.insertHost(poolId, host, now, actingAccountId);
        audit.record(Pools.MEMBER_SUBJECT, memberId, null, MemberStatus.APPROVED.name(), actingAccountId, null);
    }

    void apply(Actor actor, Pool pool) {
        require(MembershipRules.applicant(actor), pool.id());
        long organisationId = Objects.requireNonNull(actor.organisationId());
        if (!rateLimits.tryAcquire(usageLimits.poolApplications(), "organisation:" + organisationId)) {
            throw new PoolRefused("pool.quota.applications");
        }
        Optional<MembershipStore.Row> existing = memberships.of(pool.id(), organisationId);
        require(MembershipRules.apply(existing.map(MembershipStore.Row::status).orElse(null)), pool.id());
        Timestamp now = Timestamp.from(clock.instant());
        long memberId;
        if (existing.isPresent()) {
            memberId = existing.get().id();
            changedUnless(memberships.reapply(existing.get(), now), memberId);
        } else {
            memberId = memberships.insertApplication(pool.id(), organisationId, now);
        }
        String from = existing.map(m -> m.status().name()).orElse(null);
        audit.record(Pools.MEMBER_SUBJECT, memberId, from, MemberStatus.APPLIED.name(), actor.accountId(), null);
        notifications.notify(
                members.staffOf(pool.hostOrganisationId()),
                NoticeKind.POOL_APPLICATION_RECEIVED,
                List.of(
                        pool.name(),
                        members.organisationNames(List.of(organisationId)).getOrDefault(organisationId, "")),
                "/pools/" + pool.id());
    }

    void decide(Actor actor, Pool pool, long memberId, long basedOnVersion, boolean approve, @Nullable String reason) {
        require(PoolAccess.hosts(actor, pool.hostOrganisationId()), pool.id());
        MembershipStore.Row applicant =
                memberships.byId(pool.id(), memberId).orElseThrow(() -> new PoolNotFound(memberId));
        require(MembershipRules.decide(applicant.status(), applicant.version(), basedOnVersion), memberId);
        MemberStatus to = MembershipRules.decision(approve);
        Timestamp now = Timestamp.from(clock.instant());
        changedUnless(memberships.decide(memberId, basedOnVersion, to, now, actor.accountId()), memberId);
        audit.record(Pools.MEMBER_SUBJECT, memberId, MemberStatus.APPLIED.name(), to.name(), actor.accountId(), reason);
        notifications.notify(
                members.staffOf(applicant.organisationId()),
                approve ? NoticeKind.POOL_APPLICATION_APPROVED : NoticeKind.POOL_APPLICATION_REJECTED,
                List.of(pool.name(), pool.hostName()),
                "/pools/" + pool.id());
    }

    void leave(Actor actor, Pool pool) {
        Optional<MembershipStore.Row> mine = memberships.of(pool.id(), actor.organisationId());
        MemberStatus status = mine.map(MembershipStore.Row::status).orElse(null);
        require(MembershipRules.leave(actor, status, pool.hostOrganisationId()), pool.id());
        MembershipStore.Row m = mine.orElseThrow();
        Timestamp now = Timestamp.from(clock.instant());
        changedUnless(memberships.leave(m, now, actor.accountId()), m.id());
        needs.withdrawOpen(pool.id(), m.organisationId(), now);
        audit.record(
                Pools.MEMBER_SUBJECT, m.id(), m.status().name(), MemberStatus.LEFT.name(), actor.accountId(), null);
    }
}
