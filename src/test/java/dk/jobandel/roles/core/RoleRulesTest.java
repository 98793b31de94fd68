package dk.jobandel.roles.core;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.roles.RoleStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The roles' rules without Spring or a database: every allowed and refused case. */
class RoleRulesTest {

    @Test
    void aRoleIsCreatedWhileTheOrganisationIsBelowItsQuotaOfOpenRoles() {
        assertThat(RoleRules.create(4, 5)).isEmpty();
        assertThat(RoleRules.create(5, 5)).contains("role.limit.open");
        assertThat(RoleRules.create(6, 5)).contains("role.limit.open");
    }

    @Test
    void publishingNeedsAVerifiedOrganisationThenAScheduleThenTermsWithoutBlockingFindings() {
        assertThat(RoleRules.publish(true, true, false)).isEmpty();
        assertThat(RoleRules.publish(false, false, true)).contains("role.publish.notVerified");
        assertThat(RoleRules.publish(true, false, true)).contains("role.publish.noSchedule");
        assertThat(RoleRules.publish(true, true, true)).contains(RoleRules.TERMS_REFUSED);
    }

    @Test
    void changesGoIntoTheHistoryOnceTheRoleHasLeftTheDraft() {
        assertThat(RoleRules.keepsHistory(RoleStatus.DRAFT)).isFalse();
        assertThat(RoleRules.keepsHistory(RoleStatus.PUBLISHED)).isTrue();
        assertThat(RoleRules.keepsHistory(RoleStatus.CLOSED)).isTrue();
    }

    @Test
    void onlyAPublishedRoleIsFilledByAnAgreement() {
        for (RoleStatus status : RoleStatus.values()) {
            assertThat(RoleRules.filledByAgreement(status)).isEqualTo(status == RoleStatus.PUBLISHED);
        }
    }

    @Test
    void theChangedFieldsAreThoseWhoseTextDiffersInTheOrderOfTheNewDetails() {
        Map<String, String> before = new LinkedHashMap<>();
        before.put("title", "Kok");
        before.put("pay", "180");
        before.put("place", "Aarhus");
        Map<String, String> after = new LinkedHashMap<>();
        after.put("place", "Odense");
        after.put("title", "Kok");
        after.put("pay", "190");
        after.put("new", "x");

        assertThat(RoleRules.changedFields(before, after)).containsExactly("place", "pay", "new");
    }
}
