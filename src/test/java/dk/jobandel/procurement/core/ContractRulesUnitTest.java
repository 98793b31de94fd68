package dk.jobandel.procurement.core;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.shared.core.Decision;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Every allowed and refused change of a contract, from draft to award. */
class ContractRulesUnitTest {

    static final LocalDate START = LocalDate.of(2027, 1, 1);
    static final LocalDate END = LocalDate.of(2028, 12, 31);

    @Test
    void onlyAVerifiedMunicipalityRecordsAContractThatEndsAfterItStarts() {
        assertThat(ContractRules.create(true, true, START, END)).isEqualTo(Decision.ALLOWED);
        assertThat(ContractRules.create(false, true, START, END)).isEqualTo(Decision.refused("notMunicipality"));
        assertThat(ContractRules.create(false, false, START, END)).isEqualTo(Decision.refused("notMunicipality"));
        assertThat(ContractRules.create(true, false, START, END)).isEqualTo(Decision.refused("notVerified"));
        assertThat(ContractRules.create(true, true, START, START)).isEqualTo(Decision.refused("endsBeforeStart"));
        assertThat(ContractRules.create(true, true, END, START)).isEqualTo(Decision.refused("endsBeforeStart"));
    }

    @Test
    void detailsChangeUntilTheAward() {
        assertThat(ContractRules.update(ContractStatus.DRAFT, START, END)).isEqualTo(Decision.ALLOWED);
        assertThat(ContractRules.update(ContractStatus.PUBLISHED, START, END)).isEqualTo(Decision.ALLOWED);
        assertThat(ContractRules.update(ContractStatus.AWARDED, START, END))
                .isEqualTo(Decision.refused("awardedUnchanged"));
        assertThat(ContractRules.update(ContractStatus.AWARDED, END, START))
                .isEqualTo(Decision.refused("awardedUnchanged"));
        assertThat(ContractRules.update(ContractStatus.DRAFT, END, START))
                .isEqualTo(Decision.refused("endsBeforeStart"));
    }

    @Test
    void aContractGoesOutForTenderWithAtLeastOneClause() {
        assertThat(ContractRules.publish(0)).isEqualTo(Decision.refused("noClauses"));
        assertThat(ContractRules.publish(1)).isEqualTo(Decision.ALLOWED);
        assertThat(ContractRules.publish(4)).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void aVerifiedSupplierShowsInterestInAContractItMayRead() {
        assertThat(ContractRules.interest(true, ContractAccess.READER, true)).isEqualTo(Decision.ALLOWED);
        assertThat(ContractRules.interest(true, ContractAccess.READER, false))
                .isEqualTo(Decision.refused("notVerified"));
        assertThat(ContractRules.interest(false, ContractAccess.READER, true)).isEqualTo(Decision.refused("notOpen"));
        for (ContractAccess other : new ContractAccess[] {ContractAccess.FULL, ContractAccess.WINNER}) {
            assertThat(ContractRules.interest(true, other, true))
                    .as(other.name())
                    .isEqualTo(Decision.refused("notOpen"));
        }
    }

    @Test
    void aDirectInvitationOnlyUnderTheEuThreshold() {
        assertThat(ContractRules.invite(false)).isEqualTo(Decision.ALLOWED);
        assertThat(ContractRules.invite(true)).isEqualTo(Decision.refused("aboveThreshold"));
    }

    @Test
    void theWinnerIsChosenWhilePublishedAmongTheInterested() {
        assertThat(ContractRules.award(ContractStatus.PUBLISHED, true)).isEqualTo(Decision.ALLOWED);
        assertThat(ContractRules.award(ContractStatus.PUBLISHED, false)).isEqualTo(Decision.refused("notInterested"));
        for (ContractStatus status : ContractStatus.values()) {
            if (status != ContractStatus.PUBLISHED) {
                assertThat(ContractRules.award(status, true))
                        .as(status.name())
                        .isEqualTo(Decision.refused("notPublished"));
            }
        }
    }
}
