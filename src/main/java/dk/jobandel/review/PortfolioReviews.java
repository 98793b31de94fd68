package dk.jobandel.review;

import dk.jobandel.audit.AuditTrail;
import dk.jobandel.matching.MatchingProposals;
import dk.jobandel.matching.PoolMatching;
import dk.jobandel.matching.PoolMatching.PortfolioProposal;
import dk.jobandel.members.Actor;
import dk.jobandel.members.MemberDirectory;
import dk.jobandel.members.Organisations;
import dk.jobandel.pools.Pools;
import dk.jobandel.shared.CoverPicture;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review of pool portfolios: the same decisions as for job shares ({@link Reviews}). Approving sends offers to the
 * worker and to every member whose needs are in the portfolio ({@link Offers}); they accept only together, and then
 * the worker's agreement is made with the pool's host. Rejecting needs a reason and is remembered, so pool matching
 * does not make the same portfolio again unchanged. Two consultants deciding at once: the first wins, the other is
 * told ({@link ReviewRefused} with {@code review.changed}).
 */
@Service
public class PortfolioReviews {

    private final PoolMatching portfolios;
    private final MatchingProposals proposals;
    private final Pools pools;
    private final Organisations organisations;
    private final MemberDirectory directory;
    private final Offers offers;
    private final AuditTrail audit;
    private final Clock clock;

    PortfolioReviews(
            PoolMatching portfolios,
            MatchingProposals proposals,
            Pools pools,
            Organisations organisations,
            MemberDirectory directory,
            Offers offers,
            AuditTrail audit,
            Clock clock) {
        this.portfolios = portfolios;
        this.proposals = proposals;
        this.pools = pools;
        this.organisations = organisations;
        this.directory = directory;
        this.offers = offers;
        this.audit = audit;
        this.clock = clock;
    }

    /** One need of a portfolio as pages show it: the member, the need's title and times, and its colour. */
    public record PartView(PoolMatching.Part part, String organisationName, String title, String times, int colour) {}

    /** A member of a portfolio with its colour and hours a week, for the week picture's legend. */
    public record MemberView(long organisationId, String name, double hours, int colour) {}

    /** A change of place within a day: from one need to the next, how far, and the travel time set aside. */
    public record MoveView(String from, String to, double km, int minutes) {}

    /**
     * A portfolio as pages show it.
     *
     * @param picture the worker's reserved week, each member's needs in the member's colour
     * @param moves the changes of place within a day
     */
    public record PortfolioView(
            PortfolioProposal proposal,
            Pools.Pool pool,
            String workerName,
            List<PartView> parts,
            List<MemberView> members,
            CoverPicture picture,
            List<MoveView> moves,
            double hours) {}

    /** Portfolios awaiting review in every pool, newest runs first. */
    @Transactional(readOnly = true)
    public List<PortfolioView> queue(Locale locale) {
        Lookups lookups = new Lookups();
        return portfolios.unreviewed(Reviews.QUEUE_LIMIT).stream()
                .map(p -> view(p, locale, lookups))
                .toList();
    }

    /** A pool's portfolios, whatever their status, newest run first. */
    @Transactional(readOnly = true)
    public List<PortfolioView> ofPool(long poolId, Locale locale) {
        pools.pool(poolId);
        Lookups lookups = new Lookups();
        return portfolios.forPool(poolId).stream()
                .map(p -> view(p, locale, lookups))
                .toList();
    }

    /** One portfolio, whatever its status. */
    @Transactional(readOnly = true)
    public PortfolioView portfolio(long proposalId, Locale locale) {
        return view(portfolios.byId(proposalId).orElseThrow(ReviewNotFound::new), locale, new Lookups());
    }

    /** Whether this proposal is a pool portfolio. */
    @Transactional(readOnly = true)
    public boolean isPortfolio(long proposalId) {
        return portfolios.byId(proposalId).isPresent();
    }

    /**
     * Approves the portfolio and sends the offers.
     *
     * @throws ReviewRefused when it is no longer awaiting review or changed since {@code version}
     */
    @Transactional
    public void approve(long proposalId, long version, Actor reviewer) {
        long consultantId = Reviews.reviewerId(reviewer);
        PortfolioProposal portfolio = decidable(proposalId, version);
        move(portfolio, ReviewStatus.OFFERED, consultantId, null);
        offers.send(portfolio, consultantId);
    }

    /**
     * Rejects the portfolio with the consultant's reason and remembers it.
     *
     * @throws IllegalArgumentException when the reason is blank (the form checks it first)
     * @throws ReviewRefused when it is no longer awaiting review or changed since {@code version}
     */
    @Transactional
    public void reject(long proposalId, long version, Actor reviewer, String reason) {
        long consultantId = Reviews.reviewerId(reviewer);
        if (reason.isBlank()) {
            throw new IllegalArgumentException("A rejection needs a reason");
        }
        PortfolioProposal portfolio = decidable(proposalId, version);
        move(portfolio, ReviewStatus.REJECTED, consultantId, reason);
        portfolios.rememberRefusal(portfolio, clock.instant());
    }

    private PortfolioProposal decidable(long proposalId, long version) {
        PortfolioProposal portfolio = portfolios.byId(proposalId).orElseThrow(ReviewNotFound::new);
        if (!portfolio.reviewable() || portfolio.version() != version) {
            throw new ReviewRefused("review.changed");
        }
        return portfolio;
    }

    private void move(PortfolioProposal portfolio, ReviewStatus next, long actorId, @Nullable String reason) {
        ReviewStatus current = ReviewStatus.valueOf(portfolio.reviewStatus());
        if (!current.canMoveTo(next)
                || !proposals.markReviewed(portfolio.id(), portfolio.version(), current.stored(), next.stored())) {
            throw new ReviewRefused("review.changed");
        }
        audit.record(Reviews.PROPOSAL, portfolio.id(), current.name(), next.name(), actorId, reason);
    }

    /**
     * Pools, their needs and organisation names read once for all the portfolios of one page: a list of portfolios
     * mostly shares one pool and its members.
     */
    private final class Lookups {
        private final Map<Long, Pools.Pool> pools = new HashMap<>();
        private final Map<Long, Map<Long, Pools.Need>> needs = new HashMap<>();
        private final Map<Long, String> names = new HashMap<>();

        Pools.Pool pool(long id) {
            return pools.computeIfAbsent(id, PortfolioReviews.this.pools::pool);
        }

        Map<Long, Pools.Need> needs(long poolId) {
            return needs.computeIfAbsent(poolId, id -> {
                Map<Long, Pools.Need> byId = new HashMap<>();
                PortfolioReviews.this.pools.needsOf(id).forEach(n -> byId.put(n.id(), n));
                return byId;
            });
        }

        String name(long organisationId) {
            return names.computeIfAbsent(
                    organisationId, id -> organisations.byId(id).getName());
        }
    }

    private PortfolioView view(PortfolioProposal portfolio, Locale locale, Lookups lookups) {
        Pools.Pool pool = lookups.pool(portfolio.poolId());
        Map<Long, Pools.Need> needs = lookups.needs(pool.id());
        List<Long> organisationIds = portfolio.organisationIds();
        Map<Long, String> names = new HashMap<>();
        for (long id : organisationIds) {
            names.put(id, lookups.name(id));
        }
        List<PartView> parts = portfolio.parts().stream()
                .map(part -> {
                    Pools.Need need = needs.get(part.needId());
                    return new PartView(
                            part,
                            names.get(part.organisationId()),
                            need == null ? "#" + part.needId() : need.title(),
                            part.slots().format(locale),
                            organisationIds.indexOf(part.organisationId()) % CoverPicture.COLOURS);
                })
                .toList();
        List<MemberView> members = organisationIds.stream()
                .map(id -> new MemberView(
                        id,
                        names.get(id),
                        portfolio.parts().stream()
                                        .filter(p -> p.organisationId() == id)
                                        .mapToInt(PoolMatching.Part::halfHours)
                                        .sum()
                                / 2.0,
                        organisationIds.indexOf(id) % CoverPicture.COLOURS))
                .toList();
        Map<Long, String> titles = new HashMap<>();
        parts.forEach(p -> titles.put(p.part().needId(), p.title()));
        List<MoveView> moves = portfolio.moves().stream()
                .map(m -> new MoveView(
                        titles.getOrDefault(m.fromNeedId(), "#" + m.fromNeedId()),
                        titles.getOrDefault(m.toNeedId(), "#" + m.toNeedId()),
                        m.km(),
                        m.travelHalfHours() * 30))
                .toList();
        String workerName = directory.staffOf(List.of(portfolio.workerId())).stream()
                .findFirst()
                .map(MemberDirectory.MemberSummary::displayName)
                .orElse("#" + portfolio.workerId());
        return new PortfolioView(
                portfolio,
                pool,
                workerName,
                parts,
                members,
                CoverPicture.of(portfolio.window(), portfolio.windowsByOrganisation()),
                moves,
                portfolio.parts().stream()
                                .mapToInt(PoolMatching.Part::halfHours)
                                .sum()
                        / 2.0);
    }
}
