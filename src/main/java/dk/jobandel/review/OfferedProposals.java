package dk.jobandel.review;

import dk.jobandel.agreements.Agreements;
import dk.jobandel.agreements.Creation;
import dk.jobandel.agreements.NewAgreement;
import dk.jobandel.agreements.NewPoolAgreement;
import dk.jobandel.audit.AuditTrail;
import dk.jobandel.matching.MatchingProposals;
import dk.jobandel.matching.MatchingProposals.Proposal;
import dk.jobandel.matching.PoolMatching;
import dk.jobandel.matching.PoolMatching.PortfolioProposal;
import dk.jobandel.pools.NeedStatus;
import dk.jobandel.pools.Pools;
import dk.jobandel.review.core.OfferRules;
import dk.jobandel.review.core.RoundOutcome;
import dk.jobandel.roles.Role;
import dk.jobandel.roles.SharedRoles;
import dk.jobandel.shared.core.Decision;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The proposal side of an offer round, for {@link Offers}: reads an offered proposal (a shared role's, or a pool's
 * portfolio), ends it through matching's typed status change, remembers a refused one, and makes the agreement once
 * every party has accepted.
 */
@Component
class OfferedProposals {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private final MatchingProposals proposals;
    private final PoolMatching portfolios;
    private final Pools pools;
    private final SharedRoles roles;
    private final Agreements agreements;
    private final AuditTrail audit;
    private final Clock clock;

    OfferedProposals(
            MatchingProposals proposals,
            PoolMatching portfolios,
            Pools pools,
            SharedRoles roles,
            Agreements agreements,
            AuditTrail audit,
            Clock clock) {
        this.proposals = proposals;
        this.portfolios = portfolios;
        this.pools = pools;
        this.roles = roles;
        this.agreements = agreements;
        this.audit = audit;
        this.clock = clock;
    }

    /** A proposal as answering its offers needs it: its id, version and review status, and how to remember a no. */
    record Held(long id, long version, ReviewStatus status, Runnable rememberRefusal) {}

    Held held(long proposalId) {
        Optional<PortfolioProposal> portfolio = portfolios.byId(proposalId);
        if (portfolio.isPresent()) {
            PortfolioProposal p = portfolio.get();
            return new Held(
                    p.id(),
                    p.version(),
                    ReviewStatus.valueOf(p.reviewStatus()),
                    () -> portfolios.rememberRefusal(p, clock.instant()));
        }
        Proposal proposal = proposals.byId(proposalId).orElseThrow();
        return new Held(
                proposal.id(),
                proposal.version(),
                ReviewStatus.valueOf(proposal.reviewStatus()),
                () -> proposals.rememberRefusal(proposal, clock.instant()));
    }

    /**
     * Ends the offered proposal in {@code next}, and remembers a declined or expired one so that matching does not
     * make it again unchanged.
     *
     * @throws ReviewRefused when the proposal has moved on (somebody else's answer got there first)
     */
    void end(Held proposal, ReviewStatus next, @Nullable Long actorId, @Nullable String reason) {
        Decision allowed = RoundOutcome.end(proposal.status(), next);
        if (!allowed.allowed()
                || !proposals.markReviewed(
                        proposal.id(), proposal.version(), proposal.status().stored(), next.stored())) {
            throw new ReviewRefused(OfferRules.CHANGED);
        }
        audit.record(Reviews.PROPOSAL, proposal.id(), proposal.status().name(), next.name(), actorId, reason);
        if (RoundOutcome.remembered(next)) {
            proposal.rememberRefusal().run();
        }
    }

    /**
     * Makes the agreement of a proposal every party accepted: a shared role's from the role's start (today at the
     * earliest) to its end; a portfolio's with the pool's host, each member's need recorded as its part.
     *
     * @throws ReviewRefused when a portfolio's need is no longer open
     */
    Creation agree(long proposalId, long actorId) {
        Optional<PortfolioProposal> portfolio = portfolios.byId(proposalId);
        if (portfolio.isPresent()) {
            return agreeOnPortfolio(portfolio.get(), actorId);
        }
        Proposal proposal = proposals.byId(proposalId).orElseThrow();
        Role role = roles.role(proposal.roleId());
        LocalDate today = today();
        LocalDate start =
                role.details().startDate().isAfter(today) ? role.details().startDate() : today;
        return agreements.create(new NewAgreement(
                proposal.roleId(),
                proposal.id(),
                start,
                role.details().endDate(),
                proposal.members().stream()
                        .map(m -> new NewAgreement.Party(m.freelancerId(), m.assigned()))
                        .toList(),
                actorId));
    }

    /** After the agreement is made: the role, or the portfolio's needs, are filled. */
    void filled(long proposalId) {
        Optional<PortfolioProposal> portfolio = portfolios.byId(proposalId);
        if (portfolio.isPresent()) {
            portfolio.get().parts().forEach(part -> pools.markFilled(part.needId()));
        } else {
            roles.filledByAgreement(proposals.byId(proposalId).orElseThrow().roleId());
        }
    }

    /**
     * A portfolio's agreement runs from the latest of the needs' starts (today at the earliest) until the earliest of
     * their ends.
     */
    private Creation agreeOnPortfolio(PortfolioProposal portfolio, long actorId) {
        Map<Long, Pools.Need> needs = new HashMap<>();
        pools.needsOf(portfolio.poolId()).forEach(n -> needs.put(n.id(), n));
        LocalDate start = today();
        LocalDate end = null;
        List<NewPoolAgreement.Part> parts = new ArrayList<>();
        for (PoolMatching.Part part : portfolio.parts()) {
            Pools.Need need = needs.get(part.needId());
            if (need == null || need.status() != NeedStatus.OPEN) {
                throw new ReviewRefused("offer.portfolio.needGone");
            }
            start = need.startDate().isAfter(start) ? need.startDate() : start;
            if (need.endDate() != null && (end == null || need.endDate().isBefore(end))) {
                end = need.endDate();
            }
            parts.add(new NewPoolAgreement.Part(
                    need.id(), need.organisationId(), need.title(), part.slots(), part.halfHours()));
        }
        if (end != null && end.isBefore(start)) {
            throw new ReviewRefused("offer.portfolio.needGone");
        }
        return agreements.createForPool(new NewPoolAgreement(
                portfolio.poolId(), portfolio.id(), start, end, portfolio.workerId(), parts, actorId));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(COPENHAGEN));
    }
}
