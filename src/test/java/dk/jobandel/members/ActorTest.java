package dk.jobandel.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What the modules' rules ask of the acting person. */
class ActorTest {

    private static final Actor SOV = Actor.staff(1, 10, OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE, true);
    private static final Actor MUNICIPALITY = Actor.staff(2, 20, OrganisationKind.MUNICIPALITY, false);
    private static final Actor CONSULTANT = Actor.consultant(3);
    private static final Actor FREELANCER = Actor.person(4);

    @Test
    void staffReadTheirOwnOrganisationAndConsultantsReadEvery() {
        assertThat(SOV.isStaffOf(10)).isTrue();
        assertThat(SOV.mayRead(10)).isTrue();
        assertThat(SOV.mayRead(20)).isFalse();
        assertThat(CONSULTANT.mayRead(20)).isTrue();
        assertThat(CONSULTANT.isStaffOf(20)).isFalse();
        assertThat(FREELANCER.mayRead(10)).isFalse();
    }

    @Test
    void onlyConsultantsWithoutAnOrganisationSeeEveryPool() {
        assertThat(CONSULTANT.seesEveryPool()).isTrue();
        assertThat(Actor.SYSTEM.seesEveryPool()).isTrue();
        assertThat(new Actor(5, true, 30L, OrganisationKind.COOPERATIVE, true).seesEveryPool())
                .isFalse();
        assertThat(SOV.seesEveryPool()).isFalse();
    }

    @Test
    void theKindSaysWhoSuppliesAndWhoBuys() {
        assertThat(SOV.isSov()).isTrue();
        assertThat(SOV.isSupplier()).isTrue();
        assertThat(SOV.isMunicipality()).isFalse();
        assertThat(MUNICIPALITY.isMunicipality()).isTrue();
        assertThat(MUNICIPALITY.isSupplier()).isFalse();
        assertThat(Actor.staff(6, 60, OrganisationKind.FIRM, true).isFirm()).isTrue();
        assertThat(Actor.staff(7, 70, OrganisationKind.COOPERATIVE, true).isCooperative())
                .isTrue();
        // nobody's staff is of no kind, and supplies nothing
        assertThat(CONSULTANT.isSupplier()).isFalse();
        assertThat(FREELANCER.isSov() || FREELANCER.isFirm() || FREELANCER.isCooperative())
                .isFalse();
    }

    @Test
    void theOrganisationIsAskedOnlyOfStaff() {
        assertThat(SOV.organisation()).isEqualTo(10);
        assertThatThrownBy(FREELANCER::organisation).isInstanceOf(IllegalStateException.class);
    }
}
