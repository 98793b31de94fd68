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

/** Who sees and changes what of a pool, without Spring or a database. */
class PoolAccessUnitTest {

    private static final long HOST = 1;
    private static final Actor HOST_STAFF = new Actor(10, false, HOST, OrganisationKind.COOPERATIVE, true);
    private static final Actor MEMBER_STAFF = new Actor(20, false, 2L, OrganisationKind.COOPERATIVE, true);
    private static final Actor CONSULTANT = new Actor(30, true, null, null, false);
    private static final Actor FREELANCER = new Actor(40, false, null, null, false);

    @Test
    void consultantsAndAnyOrganisationsStaffSeeAPoolAndNobodyElse() {
        assertThat(PoolAccess.seesPool(CONSULTANT)).isEqualTo(Decision.ALLOWED);
        assertThat(PoolAccess.seesPool(MEMBER_STAFF)).isEqualTo(Decision.ALLOWED);
        assertThat(PoolAccess.seesPool(FREELANCER)).isEqualTo(Decision.HIDDEN);
    }

    @Test
    void onlyTheHostsStaffChangeTermsAndDecideApplications() {
        assertThat(PoolAccess.hosts(HOST_STAFF, HOST)).isEqualTo(Decision.ALLOWED);
        assertThat(PoolAccess.hosts(CONSULTANT, HOST)).isEqualTo(Decision.HIDDEN);
        assertThat(PoolAccess.hosts(MEMBER_STAFF, HOST)).isEqualTo(Decision.HIDDEN);
        assertThat(PoolAccess.hosts(FREELANCER, HOST)).isEqualTo(Decision.HIDDEN);
    }

    @Test
    void theHostsStaffAndConsultantsManageWorkers() {
        assertThat(PoolAccess.managesWorkers(HOST_STAFF, HOST)).isEqualTo(Decision.ALLOWED);
        assertThat(PoolAccess.managesWorkers(CONSULTANT, HOST)).isEqualTo(Decision.ALLOWED);
        assertThat(PoolAccess.managesWorkers(MEMBER_STAFF, HOST)).isEqualTo(Decision.HIDDEN);
        assertThat(PoolAccess.managesWorkers(FREELANCER, HOST)).isEqualTo(Decision.HIDDEN);
    }

    @Test
    void anApprovedMembersStaffPostNeeds() {
        assertThat(PoolAccess.postsNeeds(MEMBER_STAFF, MemberStatus.APPROVED)).isEqualTo(Decision.ALLOWED);
    }

    @ParameterizedTest
    @NullSource
    @EnumSource(value = MemberStatus.class, names = "APPROVED", mode = EnumSource.Mode.EXCLUDE)
    void nobodyElsePostsNeeds(MemberStatus status) {
        assertThat(PoolAccess.postsNeeds(MEMBER_STAFF, status)).isEqualTo(Decision.HIDDEN);
        assertThat(PoolAccess.postsNeeds(CONSULTANT, status)).isEqualTo(Decision.HIDDEN);
    }

    @Test
    void anApprovedMemberSeesAndPostsNeedsAndMayLeave() {
        Viewer viewer = PoolAccess.viewer(MEMBER_STAFF, HOST, 7L, MemberStatus.APPROVED);

        assertThat(viewer.canSeeNeeds()).isTrue();
        assertThat(viewer.canPostNeeds()).isTrue();
        assertThat(viewer.canLeave()).isTrue();
        assertThat(viewer.canApply()).isFalse();
        assertThat(viewer.canDecide()).isFalse();
        assertThat(viewer.canManageWorkers()).isFalse();
        assertThat(viewer.memberId()).isEqualTo(7L);
        assertThat(viewer.organisationVerified()).isTrue();
    }

    @Test
    void theHostDecidesManagesWorkersAndCannotLeave() {
        Viewer viewer = PoolAccess.viewer(HOST_STAFF, HOST, 1L, MemberStatus.APPROVED);

        assertThat(viewer.host()).isTrue();
        assertThat(viewer.canDecide()).isTrue();
        assertThat(viewer.canManageWorkers()).isTrue();
        assertThat(viewer.canLeave()).isFalse();
    }

    @Test
    void aConsultantSeesNeedsAndManagesWorkersButNeitherPostsNorDecides() {
        Viewer viewer = PoolAccess.viewer(CONSULTANT, HOST, null, null);

        assertThat(viewer.canSeeNeeds()).isTrue();
        assertThat(viewer.canManageWorkers()).isTrue();
        assertThat(viewer.canPostNeeds()).isFalse();
        assertThat(viewer.canDecide()).isFalse();
        assertThat(viewer.canApply()).isFalse();
        assertThat(viewer.canLeave()).isFalse();
    }

    @Test
    void anApplicantSeesNoNeedsAndMayWithdraw() {
        Viewer viewer = PoolAccess.viewer(MEMBER_STAFF, HOST, 7L, MemberStatus.APPLIED);

        assertThat(viewer.canSeeNeeds()).isFalse();
        assertThat(viewer.canLeave()).isTrue();
        assertThat(viewer.canApply()).isFalse();
    }

    @ParameterizedTest
    @NullSource
    @EnumSource(
            value = MemberStatus.class,
            names = {"REJECTED", "LEFT"})
    void anOutsiderSeesNoNeedsAndMayApply(MemberStatus status) {
        Viewer viewer = PoolAccess.viewer(MEMBER_STAFF, HOST, null, status);

        assertThat(viewer.canSeeNeeds()).isFalse();
        assertThat(viewer.canApply()).isTrue();
        assertThat(viewer.canLeave()).isFalse();
    }

    @Test
    void anUnverifiedOrganisationIsShownAsSuch() {
        Viewer viewer =
                PoolAccess.viewer(new Actor(50, false, 3L, OrganisationKind.COOPERATIVE, false), HOST, null, null);

        assertThat(viewer.organisationVerified()).isFalse();
        assertThat(viewer.canApply()).isTrue();
    }
}
