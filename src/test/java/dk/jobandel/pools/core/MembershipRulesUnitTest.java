package dk.jobandel.pools.core;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.members.Actor;
import dk.jobandel.members.OrganisationKind;
import dk.jobandel.pools.MemberStatus;
import dk.jobandel.shared.core.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;

/** Every transition of an organisation's membership, allowed and refused, without Spring or a database. */
class MembershipRulesUnitTest {

    private static final long HOST = 1;
    private static final long OTHER = 2;
    private static final Actor HOST_STAFF = new Actor(10, false, HOST, OrganisationKind.COOPERATIVE, true);
    private static final Actor VERIFIED_STAFF = new Actor(20, false, OTHER, OrganisationKind.COOPERATIVE, true);
    private static final Actor UNVERIFIED_STAFF = new Actor(21, false, OTHER, OrganisationKind.COOPERATIVE, false);
    private static final Actor CONSULTANT = new Actor(30, true, null, null, false);

    @Test
    void theStaffOfAVerifiedOrganisationMayApply() {
        assertThat(MembershipRules.applicant(VERIFIED_STAFF)).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void anUnverifiedOrganisationIsRefusedWithItsReason() {
        assertThat(MembershipRules.applicant(UNVERIFIED_STAFF)).isEqualTo(Decision.refused("pool.apply.notVerified"));
    }

    @Test
    void somebodyWithoutAnOrganisationCannotApplyNorKnowThePool() {
        assertThat(MembershipRules.applicant(CONSULTANT)).isEqualTo(Decision.HIDDEN);
        assertThat(MembershipRules.applicant(new Actor(40, false, null, null, false)))
                .isEqualTo(Decision.HIDDEN);
    }

    @ParameterizedTest
    @NullSource
    @EnumSource(
            value = MemberStatus.class,
            names = {"REJECTED", "LEFT"})
    void anOrganisationThatNeverAppliedWasRejectedOrLeftMayApply(MemberStatus current) {
        assertThat(MembershipRules.apply(current)).isEqualTo(Decision.ALLOWED);
        assertThat(MembershipRules.mayApplyFrom(current)).isTrue();
        assertThat(MembershipRules.isIn(current)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(
            value = MemberStatus.class,
            names = {"APPLIED", "APPROVED"})
    void anApplicantOrMemberCannotApplyAgain(MemberStatus current) {
        assertThat(MembershipRules.apply(current)).isEqualTo(Decision.refused("pool.apply.already"));
        assertThat(MembershipRules.mayApplyFrom(current)).isFalse();
        assertThat(MembershipRules.isIn(current)).isTrue();
    }

    @Test
    void aPendingApplicationAtTheShownVersionIsDecided() {
        assertThat(MembershipRules.decide(MemberStatus.APPLIED, 3, 3)).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void anApplicationChangedSinceThePageWasLoadedIsNotDecided() {
        assertThat(MembershipRules.decide(MemberStatus.APPLIED, 4, 3)).isEqualTo(Decision.CHANGED);
    }

    @ParameterizedTest
    @EnumSource(value = MemberStatus.class, names = "APPLIED", mode = EnumSource.Mode.EXCLUDE)
    void onlyAPendingApplicationIsDecided(MemberStatus current) {
        assertThat(MembershipRules.decide(current, 3, 3)).isEqualTo(Decision.CHANGED);
    }

    @Test
    void approvingMakesAMemberAndRejectingMakesARejection() {
        assertThat(MembershipRules.decision(true)).isEqualTo(MemberStatus.APPROVED);
        assertThat(MembershipRules.decision(false)).isEqualTo(MemberStatus.REJECTED);
    }

    @ParameterizedTest
    @EnumSource(
            value = MemberStatus.class,
            names = {"APPLIED", "APPROVED"})
    void aMemberLeavesAndAnApplicantWithdraws(MemberStatus current) {
        assertThat(MembershipRules.leave(VERIFIED_STAFF, current, HOST)).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void theHostNeverLeavesItsOwnPool() {
        assertThat(MembershipRules.leave(HOST_STAFF, MemberStatus.APPROVED, HOST))
                .isEqualTo(Decision.refused("pool.leave.host"));
    }

    @ParameterizedTest
    @NullSource
    @EnumSource(
            value = MemberStatus.class,
            names = {"REJECTED", "LEFT"})
    void anOrganisationOutsideThePoolHasNothingToLeave(MemberStatus current) {
        assertThat(MembershipRules.leave(VERIFIED_STAFF, current, HOST)).isEqualTo(Decision.HIDDEN);
    }

    @Test
    void somebodyWithoutAnOrganisationHasNothingToLeave() {
        assertThat(MembershipRules.leave(CONSULTANT, MemberStatus.APPROVED, HOST))
                .isEqualTo(Decision.HIDDEN);
    }
}
