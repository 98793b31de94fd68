package dk.jobandel.procurement.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContractAccessUnitTest {

    private static final long TOWN = 1;
    private static final long OTHER_TOWN = 2;
    private static final long WINNER = 3;
    private static final long LOSER = 4;

    @Test
    void theMunicipalityAndConsultantsSeeEveryStateInFull() {
        for (ContractStatus status : ContractStatus.values()) {
            Long supplier = status == ContractStatus.AWARDED ? WINNER : null;
            assertThat(ContractAccess.of(false, TOWN, TOWN, status, supplier)).isEqualTo(ContractAccess.FULL);
            assertThat(ContractAccess.of(true, null, TOWN, status, supplier)).isEqualTo(ContractAccess.FULL);
        }
    }

    @Test
    void suppliersSeePublishedContractsAndTheOnesTheyWonOnly() {
        assertThat(ContractAccess.of(false, LOSER, TOWN, ContractStatus.DRAFT, null))
                .isEqualTo(ContractAccess.NONE);
        assertThat(ContractAccess.of(false, LOSER, TOWN, ContractStatus.PUBLISHED, null))
                .isEqualTo(ContractAccess.READER);
        assertThat(ContractAccess.of(false, WINNER, TOWN, ContractStatus.AWARDED, WINNER))
                .isEqualTo(ContractAccess.WINNER);
        assertThat(ContractAccess.of(false, LOSER, TOWN, ContractStatus.AWARDED, WINNER))
                .isEqualTo(ContractAccess.NONE);
        // another municipality is a reader of a published contract, like anybody with an organisation
        assertThat(ContractAccess.of(false, OTHER_TOWN, TOWN, ContractStatus.DRAFT, null))
                .isEqualTo(ContractAccess.NONE);
    }

    @Test
    void somebodyWithoutAnOrganisationSeesNothing() {
        assertThat(ContractAccess.of(false, null, TOWN, ContractStatus.PUBLISHED, null))
                .isEqualTo(ContractAccess.NONE);
    }

    @Test
    void onlyTheMunicipalityConsultantsAndTheWinnerFollowUp() {
        assertThat(ContractAccess.FULL.followsUp()).isTrue();
        assertThat(ContractAccess.WINNER.followsUp()).isTrue();
        assertThat(ContractAccess.READER.followsUp()).isFalse();
    }
}
