package dk.jobandel.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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

    @Autowired
    MatchingRuns runs;

    @Test
    void aConsultantStartsARunFollowsItAndReadsARolesTeamsInWords() throws Exception {
        var sessions = new Sessions(mvc, registration, organisations);
        var consultant = sessions.consultant("Mette").session();
        String runPage = mvc.perform(
                        post("/consultant/matching/run").with(csrf()).session(consultant))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(runPage).startsWith("/consultant/matching/runs/");
        long runId = Long.parseLong(runPage.substring(runPage.lastIndexOf('/') + 1));
        awaitFinished(runId);
        mvc.perform(get(runPage).session(consultant))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Færdig")))
                .andExpect(content().string(containsString("Se stillingerne og deres forslag")))
                // no matching jargon on the run page (issue 20): no algorithm names, no milliseconds
                .andExpect(content().string(not(containsString("grådig"))))
                .andExpect(content().string(not(matchesPattern("(?s).*\\d ms\\b.*"))));
        // htmx asks for the status part only
        mvc.perform(get(runPage).header("HX-Request", "true").session(consultant))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"run-status\"")))
                .andExpect(content().string(not(containsString("<html"))));

        long role = jdbc.sql("select id from shared_role where title = 'Kok i frokostkantinen'")
                .query(Long.class)
                .single();
        mvc.perform(get("/consultant/matching").session(consultant))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kok i frokostkantinen")))
                .andExpect(content().string(containsString("/consultant/roles/" + role + "/proposals")))
                .andExpect(content().string(containsString("En konsulent")));

        mvc.perform(get("/consultant/roles/" + role + "/proposals").session(consultant))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hold 1")))
                .andExpect(content().string(containsString("Enkeltkandidater")))
                .andExpect(content().string(containsString("Retfærdig fordeling af timerne")))
                .andExpect(content().string(containsString("Amira Nielsen arbejder")))
                .andExpect(content().string(containsString("timer om ugen: man")))
                // handovers are one line per pair and weekday pattern, such as "Amira → Bo man–fre 10:30–11:00"
                .andExpect(content().string(matchesPattern("(?s).*→ [^<]+ (man|tir|ons|tor|fre|lør|søn)[–, ].*")))
                .andExpect(content().string(not(containsString("overleverer til"))))
                // each team links straight to its decision (issue 20)
                .andExpect(content().string(containsString("href=\"/consultant/review/")))
                .andExpect(content().string(containsString("bor ")))
                // the same municipality is said in words, never as "0 km" (issue 20)
                .andExpect(content().string(not(containsString(" 0 km"))))
                .andExpect(content().string(containsString("class=\"m1\"")));
        mvc.perform(get("/consultant/roles/" + role + "/proposals")
                        .session(consultant)
                        .header("Accept-Language", "en")
                        .cookie(new jakarta.servlet.http.Cookie("JOBANDEL_LANG", "en")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Single candidates")))
                .andExpect(content().string(containsString(" → ")));

        var freelancer = sessions.freelancer("Nysgerrig").session();
        mvc.perform(post("/consultant/matching/run").with(csrf()).session(freelancer))
                .andExpect(status().isForbidden());
        mvc.perform(get("/consultant/roles/" + role + "/proposals").session(freelancer))
                .andExpect(status().isForbidden());
        mvc.perform(get(runPage).session(freelancer)).andExpect(status().isForbidden());
        mvc.perform(get("/consultant/roles/999999999/proposals").session(consultant))
                .andExpect(status().isNotFound());
        mvc.perform(get("/consultant/matching/runs/999999999").session(consultant))
                .andExpect(status().isNotFound());
    }

    /**
     * Issue 19: the demo reception can only be shared unevenly (its three people want at most 10, 15 and 25 hours);
     * it gets teams, and the page says why the split is uneven.
     */
    @Test
    void aRoleThatOnlyAnUnevenSplitCanStaffGetsTeamsAndThePageSaysWhy() throws Exception {
        var sessions = new Sessions(mvc, registration, organisations);
        var consultant = sessions.consultant("Mette").session();
        String runPage = mvc.perform(
                        post("/consultant/matching/run").with(csrf()).session(consultant))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        awaitFinished(Long.parseLong(runPage.substring(runPage.lastIndexOf('/') + 1)));
        long role = jdbc.sql("select id from shared_role where title = 'Reception i kulturhuset'")
                .query(Long.class)
                .single();
        mvc.perform(get("/consultant/roles/" + role + "/proposals").session(consultant))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hold 1")))
                .andExpect(content().string(containsString("Fordelingen er ujævn: ")))
                .andExpect(content().string(containsString("fordi Josefine Bech højst ønsker 10 t")));
        mvc.perform(get("/consultant/roles/" + role + "/proposals")
                        .session(consultant)
                        .cookie(new jakarta.servlet.http.Cookie("JOBANDEL_LANG", "en")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("because Josefine Bech wants at most 10 h")));
    }

    @Test
    void aConsultantSeesTheBestRolesForOneFreelancer() throws Exception {
        var sessions = new Sessions(mvc, registration, organisations);
        var consultant = sessions.consultant("Mette").session();
        long amira = jdbc.sql("select id from account where display_name = 'Amira Nielsen'")
                .query(Long.class)
                .single();
        mvc.perform(get("/consultant/freelancers/" + amira).session(consultant))
                .andExpect(content().string(containsString("/consultant/freelancers/" + amira + "/roles")));
        mvc.perform(get("/consultant/freelancers/" + amira + "/roles").session(consultant))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("De bedste stillinger til Amira Nielsen")))
                .andExpect(content().string(containsString("1. ")))
                .andExpect(content().string(containsString("Har alle krævede kompetencer")));

        var newcomer = sessions.freelancer("Nysgerrig");
        mvc.perform(get("/consultant/freelancers/" + newcomer.accountId() + "/roles")
                        .session(consultant))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ikke udfyldt nok")));
        mvc.perform(get("/consultant/freelancers/" + amira + "/roles").session(newcomer.session()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/consultant/freelancers/999999999/roles").session(consultant))
                .andExpect(status().isNotFound());
    }

    private void awaitFinished(long runId) throws Exception {
        var working = runs.whenFinished(runId);
        if (working.isPresent()) {
            working.get().get(60, java.util.concurrent.TimeUnit.SECONDS);
        }
        assertThat(runs.byId(runId).orElseThrow().status()).isEqualTo("DONE");
    }
}
