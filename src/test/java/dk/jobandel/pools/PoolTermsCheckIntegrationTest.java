package dk.jobandel.pools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.members.Actors;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.Organisations;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The secure-terms check on the pool form and the live checks of the role and pool forms (issue 21): the check button
 * shows the findings and keeps what was typed, a blocking finding stops the pool being created, and the htmx
 * endpoints answer only the findings' part, to signed-in staff with the form's CSRF token.
 */
@ApplicationTest
class PoolTermsCheckIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    Pools pools;

    @Autowired
    Actors actors;

    Sessions sessions;
    Sessions.Cooperative host;
    String name;

    @BeforeEach
    void aVerifiedCooperative() throws Exception {
        sessions = new Sessions(mvc, registration, organisations);
        host = sessions.cooperative("Puljehuset", true);
        name = "Tjekpuljen " + UUID.randomUUID();
    }

    private MockHttpServletRequestBuilder pool(String url, String wage, String pension) {
        return post(url)
                .session(host.staff().session())
                .with(csrf())
                .param("name", name)
                .param("municipalityCode", "751")
                .param("feePercent", "8")
                .param("noticeDays", "30")
                .param("minHoursPerMember", "4")
                .param("hourlyWage", wage)
                .param("pensionPercent", pension);
    }

    @Test
    void theCheckButtonShowsTheMissingPensionBesideTheFieldAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(pool("/pools", "185,50", "0").param("check", "terms"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-rule=\"NO_PENSION\"")))
                .andExpect(content().string(containsString("id=\"advisor-pensionPercent-")))
                .andExpect(content().string(containsString("Der er ingen pension.")))
                .andExpect(content().string(containsString("value=\"" + name + "\"")))
                .andExpect(content().string(containsString("name=\"hourlyWage\" value=\"185")));
        assertThat(pools.visibleTo(actors.of(host.staff().accountId()))).isEmpty();
    }

    @Test
    void aBlockingFindingStopsThePoolUntilThePensionIsStated() throws Exception {
        mvc.perform(pool("/pools", "185", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Puljen er ikke oprettet")))
                .andExpect(content().string(containsString("id=\"advisor-pensionPercent-")));
        assertThat(pools.visibleTo(actors.of(host.staff().accountId()))).isEmpty();
        mvc.perform(pool("/pools", "185", "8")).andExpect(status().is3xxRedirection());
        assertThat(pools.visibleTo(actors.of(host.staff().accountId()))).hasSize(1);
    }

    @Test
    void theLiveCheckAnswersOnlyTheFindingsPart() throws Exception {
        mvc.perform(get("/pools").session(host.staff().session()))
                .andExpect(content().string(containsString("hx-post=\"/pools/check\"")))
                .andExpect(content().string(containsString("id=\"advisor-live\"")));
        mvc.perform(pool("/pools/check", "185", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"advisor-live\"")))
                .andExpect(content().string(containsString("data-rule=\"NO_PENSION\"")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(pool("/pools/check", "185", "12"))
                .andExpect(content().string(not(containsString("data-rule=\"NO_PENSION\""))))
                .andExpect(content().string(containsString("data-rule=\"AGENCY_QUESTION\"")));
        mvc.perform(pool("/pools/check", "abc", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Udfyld de markerede felter")));
        assertThat(pools.visibleTo(actors.of(host.staff().accountId()))).isEmpty();
    }

    @Test
    void theLiveChecksNeedASignedInMemberOfTheAreaAndTheFormsToken() throws Exception {
        Sessions.Member freelancer = sessions.freelancer("Frida Fri");
        Sessions.Member consultant = sessions.consultant("Mette Lund");
        mvc.perform(post("/pools/check").with(csrf()).param("pensionPercent", "0"))
                .andExpect(redirectedUrl("/login"));
        mvc.perform(post("/pools/check").with(csrf()).session(freelancer.session()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/pools/check").session(host.staff().session()).param("pensionPercent", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/roles/check").with(csrf()).session(freelancer.session()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/roles/check").with(csrf()).session(consultant.session()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/roles/check").session(host.staff().session())).andExpect(status().isForbidden());
        // nonsense in every field is answered with the hint, never an error page
        mvc.perform(post("/roles/check")
                        .with(csrf())
                        .session(host.staff().session())
                        .param("sharers", "many")
                        .param("payFrom", "lots")
                        .param("startDate", "yesterday"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Udfyld de markerede felter")));
    }

    @Test
    void theRoleFormsLiveCheckShowsTheMissingPension() throws Exception {
        mvc.perform(get("/roles/new").session(host.staff().session()))
                .andExpect(content().string(containsString("hx-post=\"/roles/check\"")));
        var request = post("/roles/check").with(csrf()).session(host.staff().session());
        dk.jobandel.advisor.AdvisorFormFields.role("0").forEach(request::param);
        mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-rule=\"NO_PENSION\"")))
                .andExpect(content().string(not(containsString("<html"))));
    }
}
