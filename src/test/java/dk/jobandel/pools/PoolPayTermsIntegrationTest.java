package dk.jobandel.pools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.members.Actors;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.Organisations;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The pool's pay terms: entered when it is created, checked next to their fields, and shown on the pool page. */
@ApplicationTest
class PoolPayTermsIntegrationTest {

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

    private MockHttpServletRequestBuilder create(Sessions.Cooperative host, String name, String wage, String pension) {
        return post("/pools")
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
    void wrongPayTermsAreShownNextToTheirFieldsAndGoodOnesOnThePoolPage() throws Exception {
        var host = new Sessions(mvc, registration, organisations).cooperative("Lønhuset", true);
        String name = "Lønpuljen " + UUID.randomUUID();
        String[][] wrong = {
            {"abc", "8", "hourlyWage", "Skriv et beløb, fx 185,00."},
            {"0", "8", "hourlyWage", "Skriv en timeløn større end 0, fx 185,00."},
            {"185,555", "8", "hourlyWage", "Skriv timelønnen med højst to decimaler, fx 185,50."},
            {"", "8", "hourlyWage", "Skriv en timeløn, fx 185,00."},
            {"185", "31", "pensionPercent", "Skriv en pension mellem 0 og 30 %."},
            {"185", "x", "pensionPercent", "Skriv et tal, fx 8,00."},
        };
        for (String[] w : wrong) {
            mvc.perform(create(host, name, w[0], w[1]))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"" + w[2] + "-error\"")))
                    .andExpect(content().string(containsString(w[3])));
        }
        assertThat(pools.visibleTo(actors.of(host.staff().accountId()))).isEmpty();

        String location = mvc.perform(create(host, name, "210,50", "9,5"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(location).session(host.staff().session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("210,50 kr. i timen, 9,50 % i pension")))
                .andExpect(content().string(containsString(location + "/statements")));
        long poolId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(pools.pool(poolId).hourlyWage()).isEqualByComparingTo("210.50");
        assertThat(pools.pool(poolId).pensionPercent()).isEqualByComparingTo("9.50");
    }
}
