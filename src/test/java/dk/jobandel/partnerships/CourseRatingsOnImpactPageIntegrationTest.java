package dk.jobandel.partnerships;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.OrganisationKind;
import dk.jobandel.members.Organisations;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The firms' 1–5 ratings of closed guidance courses on the impact pages, in aggregate, hidden below five. */
@ApplicationTest
class CourseRatingsOnImpactPageIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    private void ratedCourse(long firmId, int rating, String closedAt) {
        jdbc.sql("""
                        insert into guidance_course (organisation_id, request_text, requested_at, intake_status, stage,
                            outcome, closed_at, rating, feedback)
                        values (:org, 'Hjælp', cast(:at as timestamptz), 'TAKEN', 'CLOSED', 'NO_HELP_NEEDED',
                            cast(:at as timestamptz), :rating, 'En kommentar der aldrig vises')
                        """)
                .param("org", firmId)
                .param("at", closedAt)
                .param("rating", rating)
                .update();
    }

    @Test
    void fiveRatingsShowTheirAverageAndFourAreHidden() throws Exception {
        var sessions = new Sessions(mvc, registration, organisations);
        var firm = PartnershipFixtures.organisation(
                sessions, registration, organisations, "Bedømmende Firma", OrganisationKind.FIRM, 751);
        // March 2031: four ratings, hidden; April 2031: five ratings (5, 4, 4, 3, 5), average 4.2
        for (int r : new int[] {5, 5, 5, 1}) {
            ratedCourse(firm.organisationId(), r, "2031-03-10T12:00:00Z");
        }
        for (int r : new int[] {5, 4, 4, 3, 5}) {
            ratedCourse(firm.organisationId(), r, "2031-04-10T12:00:00Z");
        }
        mvc.perform(get("/impact").param("from", "2031-03").param("to", "2031-03"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Virksomhedernes vurdering af vejledningen")))
                .andExpect(content().string(containsString("Færre end 5 virksomheder")))
                .andExpect(content().string(not(containsString("i gennemsnit"))));
        mvc.perform(get("/impact").param("from", "2031-04").param("to", "2031-04"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("4,2 ud af 5 i gennemsnit, fra ca. 5 vurderinger")))
                .andExpect(content().string(not(containsString("En kommentar der aldrig vises"))));
        var consultant = sessions.consultant("Impact Konsulent");
        mvc.perform(get("/consultant/impact")
                        .param("from", "2031-04")
                        .param("to", "2031-04")
                        .session(consultant.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("4,2 ud af 5 i gennemsnit")));
        mvc.perform(get("/impact").param("from", "2031-05").param("to", "2031-05"))
                .andExpect(content().string(containsString("Ingen vurderinger i perioden.")));
    }
}
