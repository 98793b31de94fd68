package dk.jobandel.agreements.core;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.shared.core.Decision;
import org.junit.jupiter.api.Test;

/** Who may see and end an agreement, read the lists and a pool's month, without Spring or a database. */
class AgreementAccessUnitTest {

    private static final long HOST = 1;
    private static final long MEMBER = 2;

    @Test
    void itsFreelancersItsStaffMemberStaffAndOverseersSeeAnAgreement() {
        assertThat(AgreementAccess.sees(true, false, false, false)).isEqualTo(Decision.ALLOWED);
        assertThat(AgreementAccess.sees(false, true, false, false)).isEqualTo(Decision.ALLOWED);
        assertThat(AgreementAccess.sees(false, false, true, false)).isEqualTo(Decision.ALLOWED);
        assertThat(AgreementAccess.sees(false, false, false, true)).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void forAnybodyElseTheAgreementDoesNotExist() {
        assertThat(AgreementAccess.sees(false, false, false, false)).isEqualTo(Decision.HIDDEN);
    }

    @Test
    void eitherSideMayEndItButNobodyElse() {
        assertThat(AgreementAccess.ends(true, false)).isEqualTo(Decision.ALLOWED);
        assertThat(AgreementAccess.ends(false, true)).isEqualTo(Decision.ALLOWED);
        assertThat(AgreementAccess.ends(false, false)).isEqualTo(Decision.HIDDEN);
    }

    @Test
    void aFreelancersListIsForThemAndOverseers() {
        assertThat(AgreementAccess.seesFreelancer(7, 7, false)).isEqualTo(Decision.ALLOWED);
        assertThat(AgreementAccess.seesFreelancer(8, 7, true)).isEqualTo(Decision.ALLOWED);
        assertThat(AgreementAccess.seesFreelancer(8, 7, false)).isEqualTo(Decision.HIDDEN);
    }

    @Test
    void anOrganisationsListIsForItsStaffAndOverseers() {
        assertThat(AgreementAccess.seesOrganisation(true, false)).isEqualTo(Decision.ALLOWED);
        assertThat(AgreementAccess.seesOrganisation(false, true)).isEqualTo(Decision.ALLOWED);
        assertThat(AgreementAccess.seesOrganisation(false, false)).isEqualTo(Decision.HIDDEN);
    }

    @Test
    void overseersAndTheHostsStaffReadAllOfAPoolsMonth() {
        assertThat(AgreementAccess.readsPoolMonth(true, null, HOST, false))
                .isEqualTo(new AgreementAccess.MonthReader(Decision.ALLOWED, null));
        assertThat(AgreementAccess.readsPoolMonth(false, HOST, HOST, false))
                .isEqualTo(new AgreementAccess.MonthReader(Decision.ALLOWED, null));
    }

    @Test
    void aMembersStaffReadTheMonthMarkedWithTheirOrganisation() {
        assertThat(AgreementAccess.readsPoolMonth(false, MEMBER, HOST, true))
                .isEqualTo(new AgreementAccess.MonthReader(Decision.ALLOWED, MEMBER));
    }

    @Test
    void anyOtherStaffAndPeopleWithoutAnOrganisationReadNotFound() {
        assertThat(AgreementAccess.readsPoolMonth(false, MEMBER, HOST, false).decision())
                .isEqualTo(Decision.HIDDEN);
        assertThat(AgreementAccess.readsPoolMonth(false, null, HOST, false).decision())
                .isEqualTo(Decision.HIDDEN);
    }
}
