package dk.jobandel.pools;

import static dk.jobandel.pools.Refusals.changedUnless;
import static dk.jobandel.pools.Refusals.require;

import dk.jobandel.members.Actor;
import dk.jobandel.pools.PoolViews.Need;
import dk.jobandel.pools.core.NeedRules;
import dk.jobandel.shared.ReferenceData;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The need lifecycle behind {@link Pools}: an approved member's staff post, change and withdraw their organisation's
 * needs under {@link NeedRules}. Runs in the façade's transaction.
 */
@Component
class PoolNeeds {

    private final NeedStore needs;
    private final PoolMemberships memberships;
    private final NeedBoard board;
    private final ReferenceData referenceData;
    private final Clock clock;

    PoolNeeds(NeedStore needs, PoolMemberships memberships, NeedBoard board, ReferenceData referenceData, Clock clock) {
        this.needs = needs;
        this.memberships = memberships;
        this.board = board;
        this.referenceData = referenceData;
        this.clock = clock;
    }

    List<NeedDetails.Problem> check(NeedDetails need) {
        return NeedRules.check(
                need,
                code -> referenceData.municipality(code).isPresent(),
                skill -> referenceData.skill(skill).isPresent());
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    long post(Actor actor, long poolId, NeedDetails need) {
        long organisationId = memberships.approvedMember(actor, poolId);
        require(NeedRules.valid(check(need)), poolId);
        return needs.insert(poolId, organisationId, need, actor.accountId(), now());
    }

    void update(Actor actor, long poolId, long needId, long basedOnVersion, NeedDetails need) {
        long organisationId = memberships.approvedMember(actor, poolId);
        require(NeedRules.change(statusOf(poolId, needId, organisationId)), needId);
        require(NeedRules.valid(check(need)), needId);
        changedUnless(needs.update(needId, basedOnVersion, need, now()), needId);
    }

    void withdraw(Actor actor, long poolId, long needId, long basedOnVersion) {
        long organisationId = memberships.approvedMember(actor, poolId);
        require(NeedRules.withdraw(statusOf(poolId, needId, organisationId)), needId);
        changedUnless(needs.withdraw(needId, basedOnVersion, now()), needId);
    }

    private NeedStatus statusOf(long poolId, long needId, long organisationId) {
        return needs.statusOf(poolId, needId, organisationId).orElseThrow(() -> new PoolNotFound(needId));
    }

    Need own(Actor actor, long poolId, long needId) {
        memberships.approvedMember(actor, poolId);
        return board.needs(actor, poolId, needId).stream()
                .filter(Need::own)
                .findFirst()
                .orElseThrow(() -> new PoolNotFound(needId));
    }

    /** The board's needs (or the one need), {@code own} set for the actor's organisation's; no access check. */
    List<Need> board(Actor actor, long poolId, @Nullable Long needId) {
        return board.needs(actor, poolId, needId);
    }

    List<PoolViews.OpenNeed> openNeeds() {
        return needs.openNeeds();
    }

    void markFilled(long needId) {
        needs.markFilled(needId, now());
    }
}
