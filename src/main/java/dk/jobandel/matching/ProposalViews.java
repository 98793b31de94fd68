package dk.jobandel.matching;

import dk.jobandel.matching.MatchingProposals.Proposal;
import dk.jobandel.shared.CoverPicture;
import dk.jobandel.shared.ReferenceData;
import dk.jobandel.shared.WeekGrid;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Proposals ready for a page: the reasons in words in the reader's language and the picture of who
 * covers what. Pages render a view with the fragment {@code matching/_proposal :: proposal}.
 */
@Component
public class ProposalViews {

    private final ReferenceData referenceData;
    private final MessageSource messages;

    ProposalViews(ReferenceData referenceData, MessageSource messages) {
        this.referenceData = referenceData;
        this.messages = messages;
    }

    /** A proposal with its explanation and week picture. */
    public record ProposalView(Proposal proposal, Explanation explanation, CoverPicture picture) {}

    /**
     * @param schedule the role's weekly schedule
     * @param remote whether the role is worked remotely (distance is then informative only)
     * @param names display names of the people in the proposal, by account id
     */
    public ProposalView view(
            Proposal proposal, WeekGrid schedule, boolean remote, Map<Long, String> names, Locale locale) {
        return new ProposalView(
                proposal,
                Explanation.of(proposal, remote, names, referenceData, messages, locale),
                CoverPicture.of(
                        schedule,
                        proposal.members().stream()
                                .map(MatchingProposals.Member::assigned)
                                .toList()));
    }
}
