package dk.jobandel.pools;

import dk.jobandel.members.Actors;
import dk.jobandel.platform.DashboardPanel;
import dk.jobandel.platform.SignedInMember;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** On cooperative staff's dashboards: the pools their organisation is in and, for hosts, applications to decide. */
@Component
class PoolsDashboardPanel implements DashboardPanel {

    private final Actors actors;
    private final Pools pools;

    PoolsDashboardPanel(Actors actors, Pools pools) {
        this.actors = actors;
        this.pools = pools;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String template() {
        return "pools/_dashboard";
    }

    @Override
    public Optional<Map<String, Object>> modelFor(SignedInMember member) {
        if (!member.staff()) {
            return Optional.empty();
        }
        Pools.Dashboard dashboard = pools.dashboard(actors.of(member));
        return Optional.of(Map.of("pools", dashboard.pools(), "pending", dashboard.pending()));
    }
}
