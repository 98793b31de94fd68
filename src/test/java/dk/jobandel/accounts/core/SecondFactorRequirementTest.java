package dk.jobandel.accounts.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecondFactorRequirementTest {

    private final SecondFactorRequirement requirement = new SecondFactorRequirement(List.of("CONSULTANT", "ADMIN"));

    @Test
    void aMemberWithARequiringRoleMustUseIt() {
        assertThat(requirement.requiredFor(Set.of("CONSULTANT")::contains)).isTrue();
        assertThat(requirement.requiredFor(Set.of("FREELANCER", "ADMIN")::contains))
                .isTrue();
    }

    @Test
    void aMemberWithoutOneMayChoose() {
        assertThat(requirement.requiredFor(Set.of("FREELANCER")::contains)).isFalse();
        assertThat(requirement.requiredFor(Set.<String>of()::contains)).isFalse();
    }

    @Test
    void anEmptyOrBlankSettingRequiresItOfNobody() {
        assertThat(new SecondFactorRequirement(List.of()).requiredFor(role -> true))
                .isFalse();
        assertThat(new SecondFactorRequirement(List.of("")).requiredFor(role -> true))
                .isFalse();
    }
}
