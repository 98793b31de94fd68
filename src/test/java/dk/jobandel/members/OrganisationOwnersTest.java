package dk.jobandel.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Who may change an organisation's staff and owners, decided by the organisation itself (review finding 5). */
class OrganisationOwnersTest {

    static final long FOUNDER = 1;
    static final long NEWCOMER = 2;
    static final long THIRD = 3;
    static final long STRANGER = 99;

    Organisation organisation() {
        var organisation = new Organisation(
                "Fælles Køkken",
                new Cvr("12345674"),
                OrganisationType.WORKER_COOPERATIVE,
                (short) 101,
                Instant.parse("2026-12-01T10:00:00Z"));
        organisation.addFounder(FOUNDER);
        organisation.addStaff(NEWCOMER);
        organisation.addStaff(THIRD);
        return organisation;
    }

    @Test
    void aColleagueInvitedAMinuteAgoCannotRemoveTheFounderOrAnybodyElse() {
        var organisation = organisation();
        assertThat(organisation.removeStaff(NEWCOMER, FOUNDER)).isEqualTo(StaffChange.NOT_OWNER);
        assertThat(organisation.removeStaff(NEWCOMER, THIRD)).isEqualTo(StaffChange.NOT_OWNER);
        assertThat(organisation.makeOwner(NEWCOMER, NEWCOMER)).isEqualTo(StaffChange.NOT_OWNER);
        assertThat(organisation.getStaffAccountIds()).containsExactlyInAnyOrder(FOUNDER, NEWCOMER, THIRD);
    }

    @Test
    void anOwnerRemovesColleaguesButNeverTheLastOwnerOrTheLastStaffMember() {
        var organisation = organisation();
        assertThat(organisation.removeStaff(FOUNDER, STRANGER)).isEqualTo(StaffChange.NOT_COLLEAGUE);
        assertThat(organisation.removeStaff(FOUNDER, NEWCOMER)).isEqualTo(StaffChange.DONE);
        // the founder is the only owner: removing themselves would orphan the organisation
        assertThat(organisation.removeStaff(FOUNDER, FOUNDER)).isEqualTo(StaffChange.LAST_OWNER);
        assertThat(organisation.removeStaff(FOUNDER, THIRD)).isEqualTo(StaffChange.DONE);
        assertThat(organisation.removeStaff(FOUNDER, FOUNDER)).isEqualTo(StaffChange.LAST_STAFF);
        assertThat(organisation.getStaffAccountIds()).containsExactly(FOUNDER);
    }

    @Test
    void ownersShareOwnershipAndStepDownOnlyWhileAnotherOwnerRemains() {
        var organisation = organisation();
        assertThat(organisation.stepDown(FOUNDER)).isEqualTo(StaffChange.LAST_OWNER);
        assertThat(organisation.makeOwner(FOUNDER, NEWCOMER)).isEqualTo(StaffChange.DONE);
        assertThat(organisation.makeOwner(FOUNDER, NEWCOMER)).isEqualTo(StaffChange.ALREADY_OWNER);
        // the new owner may now remove the founder, who is no longer the last owner
        assertThat(organisation.stepDown(FOUNDER)).isEqualTo(StaffChange.DONE);
        assertThat(organisation.isOwner(FOUNDER)).isFalse();
        assertThat(organisation.removeStaff(NEWCOMER, FOUNDER)).isEqualTo(StaffChange.DONE);
        assertThat(organisation.getOwnerAccountIds()).containsExactly(NEWCOMER);
        assertThat(organisation.stepDown(THIRD)).isEqualTo(StaffChange.NOT_OWNER);
    }

    @Test
    void onlyTheNameAndTheTypeAreForOwners() {
        var organisation = organisation();
        var profile = organisation.profile();
        var newAddress = new OrganisationProfile(
                profile.name(), profile.type(), (short) 101, "Algade 1", "Kantine", "Vi laver mad.", false, "");
        assertThat(organisation.ownersOnlyChange(newAddress)).isNull();
        var renamed = new OrganisationProfile(
                " Fælles Køkken og Bageri ", profile.type(), (short) 101, "", "", "", false, "");
        assertThat(organisation.ownersOnlyChange(renamed)).isEqualTo("name");
        var retyped = new OrganisationProfile(
                profile.name(), OrganisationType.ASSOCIATION, (short) 101, "", "", "", false, "");
        assertThat(organisation.ownersOnlyChange(retyped)).isEqualTo("type");
        // the same name with spaces around it is no change
        var spaced = new OrganisationProfile(" Fælles Køkken ", profile.type(), (short) 101, "", "", "", false, "");
        assertThat(organisation.ownersOnlyChange(spaced)).isNull();
    }
}
