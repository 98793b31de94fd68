package dk.jobandel.review.core;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.review.ReviewStatus;
import dk.jobandel.shared.core.Decision;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Contacts stay hidden until everyone has accepted and the agreement is made, and only parties see them. */
class ContactsTest {

    @Test
    void aPartySeesTheOthersContactsOnlyOnceTheProposalIsAgreed() {
        for (ReviewStatus status : ReviewStatus.values()) {
            assertThat(Contacts.shown(status, true))
                    .as(status.name())
                    .isEqualTo(status == ReviewStatus.AGREED ? Decision.ALLOWED : Decision.HIDDEN);
        }
    }

    @Test
    void somebodyWhoIsNotAPartyNeverSeesThem() {
        for (ReviewStatus status : ReviewStatus.values()) {
            assertThat(Contacts.shown(status, false)).as(status.name()).isEqualTo(Decision.HIDDEN);
        }
    }

    @Test
    void aHiddenContactIsNullAndNotEvenLookedUp() {
        AtomicInteger lookups = new AtomicInteger();
        assertThat(Contacts.asShown(Contacts.shown(ReviewStatus.OFFERED, true), () -> {
                    lookups.incrementAndGet();
                    return "ane@example.org";
                }))
                .isNull();
        assertThat(lookups).hasValue(0);
        assertThat(Contacts.asShown(Contacts.shown(ReviewStatus.AGREED, true), () -> "ane@example.org"))
                .isEqualTo("ane@example.org");
    }
}
