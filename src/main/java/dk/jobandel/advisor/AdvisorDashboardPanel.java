package dk.jobandel.advisor;

import dk.jobandel.members.OrganisationKind;
import dk.jobandel.members.Organisations;
import dk.jobandel.platform.DashboardPanel;
import dk.jobandel.platform.SignedInMember;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * On cooperative staff's dashboards: the organisation's secure-terms score, explained, with the steps to improve, and
 * (for cooperatives) the way to ask for a secure-shared-employment guidance course.
 */
@Component
class AdvisorDashboardPanel implements DashboardPanel {

    private final SecureTerms terms;
    private final Organisations organisations;

    AdvisorDashboardPanel(SecureTerms terms, Organisations organisations) {
        this.terms = terms;
        this.organisations = organisations;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public String template() {
        return "advisor/_dashboard";
    }

    @Override
    public Optional<Map<String, Object>> modelFor(SignedInMember member) {
        if (!member.staff()) {
            return Optional.empty();
        }
        return organisations
                .ofStaffMember(member.accountId())
                .map(organisation -> Map.of(
                        "secure",
                        terms.organisationScore(organisation.getId()),
                        "advisor",
                        terms,
                        "cooperative",
                        organisation.getKind() == OrganisationKind.COOPERATIVE));
    }
}
