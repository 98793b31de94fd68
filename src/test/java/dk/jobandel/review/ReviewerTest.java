package dk.jobandel.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.jobandel.members.Actor;
import dk.jobandel.members.OrganisationKind;
import org.junit.jupiter.api.Test;

/** Who may decide on a proposal or a pool portfolio: consultants and admins, no one else (issue 18). */
class ReviewerTest {

    @Test
    void aConsultantDecidesUnderTheirOwnAccount() {
        assertThat(Reviews.reviewerId(Actor.consultant(7))).isEqualTo(7);
    }

    @Test
    void cooperativeStaffAndFreelancersAreToldThereIsNoSuchProposal() {
        assertThatThrownBy(() -> Reviews.reviewerId(Actor.staff(8, 3, OrganisationKind.COOPERATIVE, true)))
                .isInstanceOf(ReviewNotFound.class);
        assertThatThrownBy(() -> Reviews.reviewerId(Actor.person(9))).isInstanceOf(ReviewNotFound.class);
    }
}
