package dk.jobandel.review;

import dk.jobandel.matching.MatchingProposals;
import dk.jobandel.matching.PoolMatching;
import dk.jobandel.members.Actors;
import dk.jobandel.platform.DashboardPanel;
import dk.jobandel.platform.SignedInMember;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * On the dashboard: for freelancers and cooperatives, the offers awaiting their answer; for consultants,
 * how many proposals and pool portfolios await review.
 */
@Component
class ReviewDashboardPanel implements DashboardPanel {

    private final Actors actors;
    private final Offers offers;
    private final MatchingProposals proposals;
    private final PoolMatching portfolios;

    ReviewDashboardPanel(Actors actors, Offers offers, MatchingProposals proposals, PoolMatching portfolios) {
        this.actors = actors;
        this.offers = offers;
        this.proposals = proposals;
        this.portfolios = portfolios;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public String template() {
        return "review/_dashboard";
    }

    @Override
    public Optional<Map<String, Object>> modelFor(SignedInMember member) {
        if (member.consultant()) {
            // counted as the queue page lists them: up to its limit
            int waiting = proposals.countQueued(ReviewStatus.UNREVIEWED.name(), Reviews.QUEUE_LIMIT);
            return Optional.of(
                    Map.of("consultant", true, "waiting", waiting, "portfolios", portfolios.countUnreviewed()));
        }
        if (member.freelancer() || member.staff()) {
            long pending = offers.forMember(actors.of(member)).stream()
                    .filter(offer -> offer.status() == OfferStatus.PENDING)
                    .count();
            // "we": an organisation's staff read the offers as their organisation's
            return Optional.of(Map.of("consultant", false, "pending", pending, "we", member.staff()));
        }
        return Optional.empty();
    }
}
