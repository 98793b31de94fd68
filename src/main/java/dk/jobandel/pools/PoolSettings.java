package dk.jobandel.pools;

import static dk.jobandel.pools.Refusals.changedUnless;
import static dk.jobandel.pools.Refusals.require;

import dk.jobandel.advisor.SecureTerms;
import dk.jobandel.advisor.core.Finding;
import dk.jobandel.advisor.core.Terms;
import dk.jobandel.audit.AuditTrail;
import dk.jobandel.members.Actor;
import dk.jobandel.members.Organisations;
import dk.jobandel.platform.RateLimits;
import dk.jobandel.platform.UsageLimits;
import dk.jobandel.pools.core.PoolRules;
import dk.jobandel.shared.ReferenceData;
import dk.jobandel.shared.core.Decision;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A pool's creation and its settings behind {@link Pools}, under {@link PoolRules}, and the advisor's findings on its
 * employment terms. Runs in the façade's transaction.
 */
@Component
class PoolSettings {

    private final PoolStore pools;
    private final PoolMemberships memberships;
    private final Organisations organisations;
    private final ReferenceData referenceData;
    private final AuditTrail audit;
    private final SecureTerms secureTerms;
    private final RateLimits rateLimits;
    private final UsageLimits usageLimits;
    private final Clock clock;

    PoolSettings(
            PoolStore pools,
            PoolMemberships memberships,
            Organisations organisations,
            ReferenceData referenceData,
            AuditTrail audit,
            SecureTerms secureTerms,
            RateLimits rateLimits,
            UsageLimits usageLimits,
            Clock clock) {
        this.pools = pools;
        this.memberships = memberships;
        this.organisations = organisations;
        this.referenceData = referenceData;
        this.audit = audit;
        this.secureTerms = secureTerms;
        this.rateLimits = rateLimits;
        this.usageLimits = usageLimits;
        this.clock = clock;
    }

    long create(Actor actor, @Nullable Long hostOrganisationId, PoolDetails details) {
        require(PoolRules.create(actor, hostOrganisationId), 0);
        long host = Objects.requireNonNull(PoolRules.host(actor, hostOrganisationId));
        boolean verified = actor.isStaffOf(host) ? actor.verified() : organisations.isVerified(host);
        // review finding 6: a quota per host, and a rate that holds across nodes
        require(PoolRules.mayHost(verified, pools.hostedBy(host), usageLimits.poolsPerOrganisation()), 0);
        if (!rateLimits.tryAcquire(usageLimits.poolCreations(), "organisation:" + host)) {
            throw new PoolRefused("pool.quota.creations");
        }
        require(settings(details, null), 0);
        Timestamp now = Timestamp.from(clock.instant());
        long poolId = pools.insert(details, host, actor.accountId(), now);
        memberships.host(poolId, host, now, actor.accountId());
        return poolId;
    }

    /** Saves the settings; the caller has checked that the actor hosts the pool. */
    void change(Actor actor, long poolId, long basedOnVersion, PoolDetails details) {
        require(settings(details, poolId), poolId);
        changedUnless(pools.update(poolId, basedOnVersion, details), poolId);
        audit.record(Pools.POOL_SUBJECT, poolId, null, "TERMS_CHANGED", actor.accountId(), null);
    }

    private Decision settings(PoolDetails details, @Nullable Long poolId) {
        return PoolRules.settings(
                referenceData.municipality(details.municipalityCode()).isPresent(),
                pools.nameTaken(details.name(), poolId));
    }

    /**
     * The host employs the worker at hourly pay with holiday pay and places them to work with the members, which
     * always raises the temporary-agency act's question for the consultant. The people's hours come with each offer.
     */
    List<Finding> findings(BigDecimal hourlyWage, BigDecimal pensionPercent) {
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
