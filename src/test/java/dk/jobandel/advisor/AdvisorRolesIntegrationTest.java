package dk.jobandel.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.Organisations;
import dk.jobandel.roles.RoleStatus;
import dk.jobandel.roles.SharedRoles;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The advisor where cooperatives and consultants meet it: the role form, publishing, the role page, the dashboard. */
@ApplicationTest
class AdvisorRolesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    SharedRoles roles;

    Sessions sessions;
    Sessions.Cooperative coop;

    @BeforeEach
    void aVerifiedCooperativeIsSignedIn() throws Exception {
        sessions = new Sessions(mvc, registration, organisations);
        coop = sessions.cooperative("Rådgivningskøkkenet", true);
    }

    static Map<String, String> role(String pension) {
        return AdvisorFormFields.role(pension);
    }

    private MockHttpServletRequestBuilder postForm(String url, MockHttpSession session, Map<String, String> fields) {
        var request = post(url).with(csrf()).session(session);
        fields.forEach(request::param);
        return request;
    }

    private long create(Map<String, String> fields) throws Exception {
        String url = mvc.perform(postForm("/roles/new", coop.staff().session(), fields))
                .andExpect(redirectedUrlPattern("/roles/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(url.substring("/roles/".length()));
    }

    @Test
    void theCheckButtonShowsTheFindingsBesideTheFieldWithoutSaving() throws Exception {
        int before = roles.ownRoles(coop.staff().accountId()).size();
        Map<String, String> fields = role("0");
        fields.put("check", "terms");
        mvc.perform(postForm("/roles/new", coop.staff().session(), fields))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tjek af sikre vilkår")))
                .andExpect(content().string(containsString("data-rule=\"NO_PENSION\"")))
                .andExpect(content().string(containsString("id=\"advisor-pensionPercent-")))
                .andExpect(content().string(containsString("Der er ingen pension.")))
                .andExpect(content().string(containsString("value=\"Kok uden pension\"")));
        assertThat(roles.ownRoles(coop.staff().accountId())).hasSize(before);
    }

    @Test
    void blockingFindingsStopPublicationWithTheReasonBesideTheFieldUntilFixed() throws Exception {
        long id = create(role("0"));
        long version = roles.ownRole(coop.staff().accountId(), id).version();
        mvc.perform(post("/roles/" + id + "/status")
                        .with(csrf())
                        .session(coop.staff().session())
                        .param("version", String.valueOf(version))
                        .param("to", "PUBLISHED"))
                .andExpect(redirectedUrl("/roles/" + id + "/edit"))
                .andExpect(flash().attribute("problem", "advisor.findings.blocked"));
        assertThat(roles.ownRole(coop.staff().accountId(), id).status()).isEqualTo(RoleStatus.DRAFT);
        mvc.perform(get("/roles/" + id + "/edit").session(coop.staff().session()))
                .andExpect(content().string(containsString("id=\"advisor-pensionPercent-")));

        Map<String, String> fixed = role("12");
        fixed.put("version", String.valueOf(version));
        mvc.perform(postForm("/roles/" + id + "/edit", coop.staff().session(), fixed))
                .andExpect(redirectedUrl("/roles/" + id));
        long fixedVersion = roles.ownRole(coop.staff().accountId(), id).version();
        mvc.perform(post("/roles/" + id + "/status")
                        .with(csrf())
                        .session(coop.staff().session())
                        .param("version", String.valueOf(fixedVersion))
                        .param("to", "PUBLISHED"))
                .andExpect(redirectedUrl("/roles/" + id));
        assertThat(roles.ownRole(coop.staff().accountId(), id).status()).isEqualTo(RoleStatus.PUBLISHED);
    }

    @Test
    void theDashboardShowsTheCooperativesScoreAndStepsButNotAnotherCooperativesRoles() throws Exception {
        create(role("0"));
        mvc.perform(get("/dashboard").session(coop.staff().session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sikre vilkår")))
                .andExpect(content().string(containsString("Kok uden pension")))
                .andExpect(content().string(containsString("Sådan forbedrer I scoren")))
                .andExpect(content()
                        .string(containsString("Oplys ferie (feriegodtgørelse eller ferie med løn) og en pension.")));
        Sessions.Cooperative other = sessions.cooperative("Nabokooperativet", true);
        mvc.perform(get("/dashboard").session(other.staff().session()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Kok uden pension"))))
                .andExpect(content().string(containsString("Når I har oprettet en stilling")));
    }

    @Test
    void theConsultantSeesTheFindingsAndTheScoreOnTheRolePage() throws Exception {
        long id = create(role("0"));
        Sessions.Member consultant = sessions.consultant("Rådgiver Rie");
        mvc.perform(get("/consultant/roles/" + id).session(consultant.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-rule=\"NO_PENSION\"")))
                .andExpect(content().string(containsString("Sikre vilkår for stillingen")))
                .andExpect(content().string(containsString("af 10 point")));
        Sessions.Cooperative other = sessions.cooperative("Fremmed kooperativ", true);
        mvc.perform(get("/roles/" + id).session(other.staff().session())).andExpect(status().isNotFound());
        mvc.perform(get("/roles/" + id + "/edit").session(other.staff().session()))
                .andExpect(status().isNotFound());
    }
}
