package dk.jobandel.review;

import dk.jobandel.matching.MatchingProposals;
import dk.jobandel.roles.RoleActivity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The role page's view of review: its proposals awaiting a consultant (asked of matching) and its offers awaiting an
 * answer.
 */
@Component
class RoleActivityOfReviews implements RoleActivity {

    private final JdbcClient jdbc;
    private final MatchingProposals proposals;

    RoleActivityOfReviews(JdbcClient jdbc, MatchingProposals proposals) {
        this.jdbc = jdbc;
        this.proposals = proposals;
    }

    @Override
    @Transactional(readOnly = true)
    public Activity of(long roleId) {
        MatchingProposals.RoleInReview inReview = proposals.inReview(roleId);
        if (inReview.reviewedIds().isEmpty()) {
            return new Activity(inReview.awaitingReview(), 0, false);
        }
        return jdbc.sql("""
                        select count(*), coalesce(bool_or(o.party = 'ORGANISATION'), false)
                        from offer o where o.proposal_id = any(:proposals) and o.status = 'PENDING'
                        """)
                .param("proposals", inReview.reviewedIds().toArray(Long[]::new))
                .query((rs, row) -> new Activity(inReview.awaitingReview(), rs.getInt(1), rs.getBoolean(2)))
                .single();
    }
}
