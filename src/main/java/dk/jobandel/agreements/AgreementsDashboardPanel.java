package dk.jobandel.agreements;

import dk.jobandel.members.Actor;
import dk.jobandel.members.Actors;
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

    private final Actors actors;
    private final Agreements agreements;
    private final Clock clock;

    AgreementsDashboardPanel(Actors actors, Agreements agreements, Clock clock) {
        this.actors = actors;
        this.agreements = agreements;
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
            list = agreements.forFreelancer(member.accountId(), actors.of(member));
        } else if (member.staff()) {
            Actor actor = actors.of(member);
            if (actor.organisationId() == null) {
                return Optional.empty();
            }
            list = agreements.forOrganisation(actor.organisation(), actor);
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
