package dk.jobandel.matching;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.Organisations;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@ApplicationTest
@ActiveProfiles("demo")
class MatchingPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aConsultantRunsMatchingAndReadsARolesTeamsCriterionByCriterion() throws Exception {
        var sessions = new Sessions(mvc, registration, organisations);
        var consultant = sessions.consultant("Mette").session();
        mvc.perform(post("/consultant/matching/run").with(csrf()).session(consultant))
                .andExpect(redirectedUrl("/consultant/matching"))
                .andExpect(flash().attribute("flash", "matching.run.done"));
        mvc.perform(get("/consultant/matching").session(consultant))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("En konsulent")));

        long role = jdbc.sql("select id from shared_role where title = 'Kok i frokostkantinen'")
                .query(Long.class)
                .single();
        mvc.perform(get("/consultant/roles/" + role + "/proposals").session(consultant))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hold 1")))
                .andExpect(content().string(containsString("Retfærdig fordeling af timerne")))
                .andExpect(content().string(containsString("Amira Nielsen")))
                .andExpect(content().string(containsString("timer om ugen: man")));

        var freelancer = sessions.freelancer("Nysgerrig").session();
        mvc.perform(post("/consultant/matching/run").with(csrf()).session(freelancer))
                .andExpect(status().isForbidden());
        mvc.perform(get("/consultant/roles/" + role + "/proposals").session(freelancer))
                .andExpect(status().isForbidden());
        mvc.perform(get("/consultant/roles/999999999/proposals").session(consultant))
                .andExpect(status().isNotFound());
    }
}
