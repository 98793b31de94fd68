package dk.jobandel.review;

import dk.jobandel.freelancers.FreelancerProfiles;
import dk.jobandel.freelancers.Profile;
import dk.jobandel.matching.MatchingProposals;
import dk.jobandel.platform.DashboardPanel;
import dk.jobandel.platform.SignedInMember;
import dk.jobandel.review.core.FreelancerProgress;
import dk.jobandel.roles.Demand;
import dk.jobandel.roles.RoleDemand;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * First on a freelancer's dashboard: where they stand (profile ✓ → matched → being reviewed → offer → agreement),
 * what happens next, and how many published roles look for their skills (anonymously), with a link to the part of
 * the profile that keeps roles out of reach. A fixed number of statements: the profile, one count of the person's
 * proposals (asked of matching), one of their pending offers, one statement for the demand.
 */
@Component
class FreelancerProgressPanel implements DashboardPanel {

    private final FreelancerProfiles profiles;
    private final RoleDemand demand;
    private final JdbcClient jdbc;
    private final MatchingProposals proposals;

    FreelancerProgressPanel(
            FreelancerProfiles profiles, RoleDemand demand, JdbcClient jdbc, MatchingProposals proposals) {
        this.proposals = proposals;
        this.profiles = profiles;
        this.demand = demand;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public String template() {
        return "review/_freelancer-progress";
    }

    @Override
    public Optional<Map<String, Object>> modelFor(SignedInMember member) {
        if (!member.freelancer()) {
            return Optional.empty();
        }
        Profile profile = profiles.profileOf(member.accountId());
        MatchingProposals.Naming naming = proposals.naming(member.accountId());
        long pendingOffers = jdbc.sql(
                        "select count(*) from offer o where o.freelancer_id = :me and o.status = 'PENDING'")
                .param("me", member.accountId())
                .query(Long.class)
                .single();
        FreelancerProgress.Facts facts = new FreelancerProgress.Facts(
                profile.completeness().isComplete(),
                naming.proposals(),
                naming.awaitingReview(),
                pendingOffers,
                naming.agreed());
        Demand wanted = demand.forPerson(
                profile.skills().stream()
                        .map(skill -> new RoleDemand.Held(skill.skillId(), skill.level()))
                        .toList(),
                profile.availability());
        return Optional.of(Map.of("progress", FreelancerProgress.of(facts), "demand", wanted));
    }
}
