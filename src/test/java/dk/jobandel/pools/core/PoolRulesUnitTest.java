package dk.jobandel.pools.core;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.members.Actor;
import dk.jobandel.members.OrganisationKind;
import dk.jobandel.shared.core.Decision;
import org.junit.jupiter.api.Test;

/** Creating a pool and saving its settings, without Spring or a database. */
class PoolRulesUnitTest {

    private static final Actor STAFF = new Actor(10, false, 1L, OrganisationKind.COOPERATIVE, true);
    private static final Actor CONSULTANT = new Actor(30, true, null, null, false);
    private static final Actor FREELANCER = new Actor(40, false, null, null, false);

    @Test
    void staffHostTheirOwnPoolWhateverHostIsNamed() {
        assertThat(PoolRules.create(STAFF, 9L)).isEqualTo(Decision.ALLOWED);
        assertThat(PoolRules.host(STAFF, 9L)).isEqualTo(1L);
        assertThat(PoolRules.host(STAFF, null)).isEqualTo(1L);
    }

    @Test
    void aConsultantNamesTheHost() {
        assertThat(PoolRules.create(CONSULTANT, 9L)).isEqualTo(Decision.ALLOWED);
        assertThat(PoolRules.host(CONSULTANT, 9L)).isEqualTo(9L);
    }

    @Test
    void consultantsNameTheHostOfAPoolTheyCreateAndStaffDoNot() {
        assertThat(PoolRules.namesHost(CONSULTANT)).isTrue();
        assertThat(PoolRules.namesHost(STAFF)).isFalse();
        assertThat(PoolRules.namesHost(FREELANCER)).isFalse();
    }

    @Test
    void aConsultantWhoNamesNoHostIsRefused() {
        assertThat(PoolRules.create(CONSULTANT, null)).isEqualTo(Decision.refused("pool.host.required"));
    }

    @Test
    void anybodyElseCannotCreateAPool() {
        assertThat(PoolRules.create(FREELANCER, 9L)).isEqualTo(Decision.HIDDEN);
        assertThat(PoolRules.host(FREELANCER, 9L)).isNull();
    }

    @Test
    void aVerifiedHostBelowItsQuotaMayHostAnother() {
        assertThat(PoolRules.mayHost(true, 4, 5)).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void anUnverifiedHostIsRefusedBeforeItsQuotaIsCounted() {
        assertThat(PoolRules.mayHost(false, 0, 5)).isEqualTo(Decision.refused("pool.host.notVerified"));
        assertThat(PoolRules.mayHost(false, 5, 5)).isEqualTo(Decision.refused("pool.host.notVerified"));
    }

    @Test
    void aHostAtItsQuotaIsRefused() {
        assertThat(PoolRules.mayHost(true, 5, 5)).isEqualTo(Decision.refused("pool.quota.hosted"));
        assertThat(PoolRules.mayHost(true, 6, 5)).isEqualTo(Decision.refused("pool.quota.hosted"));
    }

    @Test
    void settingsNeedAKnownMunicipalityAndAFreeName() {
        assertThat(PoolRules.settings(true, false)).isEqualTo(Decision.ALLOWED);
        assertThat(PoolRules.settings(false, false)).isEqualTo(Decision.refused("registration.municipality.unknown"));
        assertThat(PoolRules.settings(false, true)).isEqualTo(Decision.refused("registration.municipality.unknown"));
        assertThat(PoolRules.settings(true, true)).isEqualTo(Decision.refused("pool.name.taken"));
    }
}
