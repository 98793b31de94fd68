package dk.jobandel.pools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.members.Actors;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.Organisations;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The host changes a pool's terms after the advisor found them weak (issue 21): blocking findings stop the change, a
 * second tab on an old version is told and keeps what it typed, and nobody but the host's staff reaches the page.
 */
@ApplicationTest
class PoolTermsEditIntegrationTest {

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
    long poolId;
    String name;

    @BeforeEach
    void aPoolWithLowPension() throws Exception {
        sessions = new Sessions(mvc, registration, organisations);
        host = sessions.cooperative("Vilkårshuset", true);
        name = "Termspuljen " + UUID.randomUUID();
        poolId = pools.create(
                actors.of(host.staff().accountId()),
                null,
                new PoolDetails(
                        name,
                        "Rengøring",
                        (short) 751,
                        new BigDecimal("8"),
                        30,
                        new BigDecimal("4"),
                        new BigDecimal("185"),
                        new BigDecimal("2")));
    }

    private MockHttpServletRequestBuilder terms(MockHttpSession session, long version, String wage, String pension) {
        return post("/pools/" + poolId + "/terms")
                .session(session)
                .with(csrf())
                .param("version", String.valueOf(version))
                .param("name", name)
                .param("purpose", "Kantine og catering")
                .param("municipalityCode", "751")
                .param("feePercent", "8")
                .param("noticeDays", "30")
                .param("minHoursPerMember", "4")
                .param("hourlyWage", wage)
                .param("pensionPercent", pension);
    }

    @Test
    void theHostRaisesThePensionAfterABlockingFindingRefusedTheChange() throws Exception {
        long version = pools.pool(poolId).version();
        mvc.perform(get("/pools/" + poolId).session(host.staff().session()))
                .andExpect(content().string(containsString("href=\"/pools/" + poolId + "/terms\"")));
        mvc.perform(get("/pools/" + poolId + "/terms").session(host.staff().session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + name + "\"")))
                .andExpect(content().string(containsString("hx-post=\"/pools/check\"")));

        mvc.perform(terms(host.staff().session(), version, "185", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vilkårene er ikke gemt")))
                .andExpect(content().string(containsString("data-rule=\"NO_PENSION\"")))
                .andExpect(content().string(containsString("Kantine og catering")));
        assertThat(pools.pool(poolId).pensionPercent()).isEqualByComparingTo("2");

        mvc.perform(terms(host.staff().session(), version, "abc", "12"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"hourlyWage-error\"")));

        mvc.perform(terms(host.staff().session(), version, "192,50", "12"))
                .andExpect(redirectedUrl("/pools/" + poolId))
                .andExpect(flash().attribute("flash", "pool.terms.saved"));
        var changed = pools.pool(poolId);
        assertThat(changed.pensionPercent()).isEqualByComparingTo("12");
        assertThat(changed.hourlyWage()).isEqualByComparingTo("192.50");
        assertThat(changed.purpose()).isEqualTo("Kantine og catering");
    }

    @Test
    void aSecondTabOnAnOldVersionIsToldAndKeepsWhatItTyped() throws Exception {
        long version = pools.pool(poolId).version();
        mvc.perform(terms(host.staff().session(), version, "190", "10")).andExpect(redirectedUrl("/pools/" + poolId));

        mvc.perform(terms(host.staff().session(), version, "210", "15"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vilkårene er ændret et andet sted")))
                .andExpect(content().string(containsString("name=\"hourlyWage\" value=\"210")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + (version + 1) + "\"")));
        assertThat(pools.pool(poolId).pensionPercent()).isEqualByComparingTo("10");
    }

    @Test
    void nobodyButTheHostsStaffReachesTheTerms() throws Exception {
        long version = pools.pool(poolId).version();
        Sessions.Cooperative other = sessions.cooperative("Nabohuset", true);
        Sessions.Member consultant = sessions.consultant("Mette Lund");
        Sessions.Member freelancer = sessions.freelancer("Frida Fri");
        for (MockHttpSession outsider : java.util.List.of(other.staff().session(), consultant.session())) {
            mvc.perform(get("/pools/" + poolId + "/terms").session(outsider)).andExpect(status().isNotFound());
            mvc.perform(terms(outsider, version, "100", "20")).andExpect(status().isNotFound());
        }
        mvc.perform(get("/pools/" + poolId + "/terms").session(freelancer.session()))
                .andExpect(status().isForbidden());
        mvc.perform(terms(freelancer.session(), version, "100", "20")).andExpect(status().isForbidden());
        mvc.perform(get("/pools/" + poolId + "/terms")).andExpect(redirectedUrl("/login"));
        assertThat(pools.pool(poolId).hourlyWage()).isEqualByComparingTo("185");
        mvc.perform(get("/pools/99999999/terms").session(host.staff().session()))
                .andExpect(status().isNotFound());
    }
}
