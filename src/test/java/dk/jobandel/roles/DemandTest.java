package dk.jobandel.roles;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.roles.Demand.RoleFacts;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemandTest {

    @Test
    void countsTheRolesAndWhatKeepsThemOutOfReach() {
        var demand = Demand.of(List.of(
                new RoleFacts(false, 40, 2, 20), // half of 40 half-hours, and available for 20: in reach
                new RoleFacts(true, 40, 2, 40), // lacks a skill every sharer needs
                new RoleFacts(false, 40, 2, 19), // one half-hour short of a sharer's share
                new RoleFacts(true, 60, 1, 10))); // both
        assertThat(demand).isEqualTo(new Demand(4, 2, 2));
        assertThat(demand.profileLimits()).isTrue();
    }

    @Test
    void noRolesNoLimits() {
        assertThat(Demand.of(List.of())).isEqualTo(Demand.NONE);
        assertThat(new Demand(3, 0, 0).profileLimits()).isFalse();
    }
}
