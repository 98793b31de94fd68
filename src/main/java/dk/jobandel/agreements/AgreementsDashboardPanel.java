package dk.jobandel.agreements;

import dk.jobandel.members.Organisations;
import dk.jobandel.platform.DashboardPanel;
import dk.jobandel.platform.SignedInMember;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * On the dashboards of freelancers and cooperative staff: the agreements that still have working days ahead (running
 * or about to start), with links to each.
 */
@Component
class AgreementsDashboardPanel implements DashboardPanel {

    private final Agreements agreements;
    private final Organisations organisations;
    private final Clock clock;

    AgreementsDashboardPanel(Agreements agreements, Organisations organisations, Clock clock) {
        this.agreements = agreements;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String template() {
        return "agreements/_dashboard";
    }

    @Override
    public Optional<Map<String, Object>> modelFor(SignedInMember member) {
        List<AgreementSummary> list;
        if (member.freelancer()) {
            list = agreements.forFreelancer(member.accountId(), member);
        } else if (member.staff()) {
            Optional<Long> organisation =
                    organisations.ofStaffMember(member.accountId()).map(o -> o.getId());
            if (organisation.isEmpty()) {
                return Optional.empty();
            }
            list = agreements.forOrganisation(organisation.get(), member);
        } else {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        return Optional.of(Map.of(
                "agreements",
                list.stream().filter(a -> a.isCurrent(today)).toList(),
                "forOrganisation",
                !member.freelancer()));
    }
}
