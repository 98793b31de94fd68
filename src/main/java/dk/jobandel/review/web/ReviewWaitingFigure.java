package dk.jobandel.review.web;

import dk.jobandel.matching.MatchingProposals;
import dk.jobandel.platform.HeaderFigure;
import dk.jobandel.platform.SignedInMember;
import dk.jobandel.review.Reviews;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * For consultants, the header's "Gennemgang" link shows how many proposals (teams, single proposals and pool
 * portfolios) await a decision. Matching owns the proposals and gives the count's query; the platform reads it in the
 * same statement as the header's other figures.
 */
@Component
class ReviewWaitingFigure implements HeaderFigure {

    @Override
    public String name() {
        return "reviewWaiting";
    }

    @Override
    public Optional<Count> countFor(SignedInMember member) {
        if (!Reviews.reviewer(member)) {
            return Optional.empty();
        }
        return Optional.of(MatchingProposals.awaitingReviewFigure());
    }
}
