package dk.jobandel.pools;

import dk.jobandel.platform.DashboardPanel;
import dk.jobandel.platform.SignedInMember;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** On cooperative staff's dashboards: the pools their organisation is in and, for hosts, applications to decide. */
@Component
class PoolsDashboardPanel implements DashboardPanel {

    private final Pools pools;

    PoolsDashboardPanel(Pools pools) {
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
        Pools.Dashboard dashboard = pools.dashboard(member.accountId());
        return Optional.of(Map.of("pools", dashboard.pools(), "pending", dashboard.pending()));
    }
}
