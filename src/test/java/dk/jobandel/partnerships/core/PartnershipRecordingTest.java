package dk.jobandel.partnerships.core;

import static dk.jobandel.members.OrganisationKind.COOPERATIVE;
import static dk.jobandel.members.OrganisationKind.FIRM;
import static dk.jobandel.members.OrganisationKind.MUNICIPALITY;
import static dk.jobandel.members.OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.members.OrganisationKind;
import dk.jobandel.partnerships.core.PartnershipRecording.Facts;
import dk.jobandel.shared.core.Decision;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Every refusal of a new partnership record, in the order they are checked, and the allowed cases. */
class PartnershipRecordingTest {

    static final LocalDate START = LocalDate.of(2027, 3, 1);

    static Facts facts(
            @Nullable LocalDate end,
            @Nullable OrganisationKind firm,
            @Nullable OrganisationKind sov,
            boolean verified,
            boolean need,
            boolean course) {
        return new Facts(START, end, firm, sov, verified, need, course);
    }

    @Test
    void aFirmAndAVerifiedSovWithTheFirmsOwnNeedAndCourseMayBeRecorded() {
        assertThat(PartnershipRecording.record(facts(null, FIRM, SOCIAL_ECONOMY_ENTERPRISE, true, true, true)))
                .isEqualTo(Decision.ALLOWED);
        assertThat(PartnershipRecording.record(facts(START, FIRM, SOCIAL_ECONOMY_ENTERPRISE, true, true, true)))
                .as("a one-day partnership")
                .isEqualTo(Decision.ALLOWED);
        assertThat(PartnershipRecording.record(
                        facts(START.plusYears(1), FIRM, SOCIAL_ECONOMY_ENTERPRISE, true, true, true)))
                .isEqualTo(Decision.ALLOWED);
    }

    @Test
    void itMayNotEndBeforeItStarts() {
        assertThat(PartnershipRecording.record(
                        facts(START.minusDays(1), FIRM, SOCIAL_ECONOMY_ENTERPRISE, true, true, true)))
                .isEqualTo(Decision.refused("END_BEFORE_START"));
        assertThat(PartnershipRecording.record(facts(START.minusDays(1), null, null, false, false, false)))
                .as("the dates are checked first")
                .isEqualTo(Decision.refused("END_BEFORE_START"));
    }

    @Test
    void theFirmMustBeAFirmAndTheSovASov() {
        for (OrganisationKind other :
                new OrganisationKind[] {null, COOPERATIVE, SOCIAL_ECONOMY_ENTERPRISE, MUNICIPALITY}) {
            assertThat(PartnershipRecording.record(facts(null, other, SOCIAL_ECONOMY_ENTERPRISE, true, true, true)))
                    .as(String.valueOf(other))
                    .isEqualTo(Decision.refused("NOT_A_FIRM"));
        }
        for (OrganisationKind other : new OrganisationKind[] {null, COOPERATIVE, FIRM, MUNICIPALITY}) {
            assertThat(PartnershipRecording.record(facts(null, FIRM, other, true, true, true)))
                    .as(String.valueOf(other))
                    .isEqualTo(Decision.refused("NOT_A_SOV"));
        }
    }

    @Test
    void theSovMustBeVerified() {
        assertThat(PartnershipRecording.record(facts(null, FIRM, SOCIAL_ECONOMY_ENTERPRISE, false, true, true)))
                .isEqualTo(Decision.refused("SOV_NOT_VERIFIED"));
    }

    @Test
    void theNeedAndTheCourseMustBeTheFirmsOwn() {
        assertThat(PartnershipRecording.record(facts(null, FIRM, SOCIAL_ECONOMY_ENTERPRISE, true, false, true)))
                .isEqualTo(Decision.refused("NEED_NOT_THE_FIRMS"));
        assertThat(PartnershipRecording.record(facts(null, FIRM, SOCIAL_ECONOMY_ENTERPRISE, true, true, false)))
                .isEqualTo(Decision.refused("COURSE_NOT_THE_FIRMS"));
        assertThat(PartnershipRecording.record(facts(null, FIRM, SOCIAL_ECONOMY_ENTERPRISE, true, false, false)))
                .isEqualTo(Decision.refused("NEED_NOT_THE_FIRMS"));
    }
}
