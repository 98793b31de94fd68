package dk.jobandel.partnerships;

import static dk.jobandel.partnerships.PartnershipFixtures.actor;
import static dk.jobandel.partnerships.PartnershipFixtures.cleaningInAarhus;
import static dk.jobandel.partnerships.PartnershipFixtures.cleaningNeed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.jobandel.members.Actor;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.OrganisationKind;
import dk.jobandel.members.Organisations;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A partnership links only the firm's own need and course, and only verified SØVs take part (issue 15: verification
 * works as it does for cooperatives).
 */
@ApplicationTest
class PartnershipIntegrityIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    SovProfiles profiles;

    @Autowired
    PartnershipNeeds needs;

    @Autowired
    PartnershipRecords records;

    @Autowired
    PartnershipMatching matching;

    @Autowired
    Introductions introductions;

    @Autowired
    JdbcClient jdbc;

    Sessions sessions;
    Sessions.Cooperative sov;
    Sessions.Cooperative firm;
    Sessions.Cooperative otherFirm;
    Actor consultant;
    long otherFirmsNeed;

    @BeforeEach
    void twoFirmsAndASov() throws Exception {
        sessions = new Sessions(mvc, registration, organisations);
        sov = PartnershipFixtures.organisation(
                sessions, registration, organisations, "Rent SØV", OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE, 751);
        firm = PartnershipFixtures.organisation(
                sessions, registration, organisations, "Firma A", OrganisationKind.FIRM, 751);
        otherFirm = PartnershipFixtures.organisation(
                sessions, registration, organisations, "Firma B", OrganisationKind.FIRM, 751);
        consultant = PartnershipFixtures.consultant(sessions.consultant("Mette Lund"));
        profiles.save(actor(sov, OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE), cleaningInAarhus(40), 0);
        otherFirmsNeed = needs.post(actor(otherFirm, OrganisationKind.FIRM), null, cleaningNeed("B's rengøring", 10));
    }

    private NewPartnership partnership(Long courseId, Long needId, long sovId) {
        return new NewPartnership(
                courseId,
                needId,
                firm.organisationId(),
                sovId,
                PartnershipModel.SUBCONTRACTING,
                (short) 751,
                LocalDate.of(2027, 1, 1),
                null,
                10,
                1,
                10,
                Set.of(TargetGroup.LONG_TERM_UNEMPLOYED));
    }

    private String needStatus(long id) {
        return jdbc.sql("select status from partnership_need where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    @Test
    void anotherFirmsNeedOrCourseIsRefusedAndLeftAsItWas() {
        assertThatThrownBy(() -> records.record(consultant, partnership(null, otherFirmsNeed, sov.organisationId())))
                .isInstanceOfSatisfying(
                        PartnershipRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo("NEED_NOT_THE_FIRMS"));
        assertThat(needStatus(otherFirmsNeed)).isEqualTo("OPEN");

        long otherFirmsCourse = jdbc.sql("""
                        insert into guidance_course (organisation_id, request_text, requested_at)
                        values (:org, 'Hjælp', now()) returning id
                        """)
                .param("org", otherFirm.organisationId())
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> records.record(consultant, partnership(otherFirmsCourse, null, sov.organisationId())))
                .isInstanceOfSatisfying(
                        PartnershipRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo("COURSE_NOT_THE_FIRMS"));

        long ownNeed = needs.post(actor(firm, OrganisationKind.FIRM), null, cleaningNeed("A's rengøring", 10));
        records.record(consultant, partnership(null, ownNeed, sov.organisationId()));
        assertThat(needStatus(ownNeed)).isEqualTo("CLOSED");
    }

    @Test
    void anUnverifiedSovIsNotIntroducedAndNotAPartner() throws Exception {
        var unverified = PartnershipFixtures.organisation(
                sessions, registration, organisations, "Ny SØV", OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE, 751);
        profiles.save(actor(unverified, OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE), cleaningInAarhus(40), 0);
        assertThat(matching.sovsFor(consultant, otherFirmsNeed))
                .extracting(PartnershipMatching.Ranked::otherId)
                .contains(unverified.organisationId(), sov.organisationId());

        jdbc.sql("update organisation set verification_status = 'AWAITING_VERIFICATION' where id = :id")
                .param("id", unverified.organisationId())
                .update();

        assertThatThrownBy(() -> introductions.propose(consultant, otherFirmsNeed, unverified.organisationId(), ""))
                .isInstanceOfSatisfying(
                        PartnershipRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo("SOV_NOT_VERIFIED"));
        assertThatThrownBy(() -> records.record(consultant, partnership(null, null, unverified.organisationId())))
                .isInstanceOfSatisfying(
                        PartnershipRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo("SOV_NOT_VERIFIED"));
    }
}
