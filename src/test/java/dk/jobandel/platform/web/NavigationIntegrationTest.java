package dk.jobandel.platform.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.Organisations;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The header's navigation follows who is signed in ({@link Viewer}). */
@ApplicationTest
class NavigationIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Test
    void eachMemberSeesTheirOwnMenuAndVisitorsTheSignIn() throws Exception {
        var sessions = new Sessions(mvc, registration, organisations);
        var freelancer = sessions.freelancer("Nav Freelancer");
        var consultant = sessions.consultant("Nav Konsulent");

        mvc.perform(get("/login"))
                .andExpect(content()
                        .string(allOf(
                                containsString("href=\"/register\""), not(containsString("href=\"/dashboard\"")))));
        mvc.perform(get("/notifications").session(freelancer.session()))
                .andExpect(content()
                        .string(allOf(
                                containsString("href=\"/dashboard\""),
                                containsString("href=\"/account\""),
                                containsString("href=\"/profile\""),
                                containsString("href=\"/offers\""),
                                not(containsString("href=\"/consultant/review\"")),
                                not(containsString("href=\"/register\"")))));
        mvc.perform(get("/notifications").session(consultant.session()))
                .andExpect(content()
                        .string(allOf(
                                containsString("href=\"/consultant/review\""),
                                containsString("href=\"/pools\""),
                                not(containsString("href=\"/profile\"")),
                                not(containsString("href=\"/offers\"")))));
        // the language switch brings the member back to the page, with its search
        mvc.perform(get("/consultant/freelancers").queryParam("q", "nav").session(consultant.session()))
                .andExpect(
                        content().string(containsString("name=\"returnTo\" value=\"/consultant/freelancers?q=nav\"")));
        mvc.perform(get("/login")).andExpect(content().string(containsString("name=\"returnTo\" value=\"/login\"")));
    }
}
