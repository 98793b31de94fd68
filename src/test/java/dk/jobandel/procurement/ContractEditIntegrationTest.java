package dk.jobandel.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.OrganisationKind;
import dk.jobandel.members.Organisations;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Changing a contract after it is created (issue 16): the owning municipality changes the details of a draft or a
 * published contract, the clause check runs again, a stale form never overwrites a colleague's save, and nobody else
 * reaches the form.
 */
@ApplicationTest
class ContractEditIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    Sessions sessions;
    Sessions.Cooperative aarhus;
    Sessions.Cooperative odense;
    Sessions.Cooperative sov;
    long contract;
    LocalDate start = LocalDate.of(2027, 1, 1);

    @BeforeEach
    void aDraftWithAnEmploymentClause() throws Exception {
        sessions = new Sessions(mvc, registration, organisations);
        aarhus = ProcurementFixtures.organisation(
                sessions, registration, organisations, "Aarhus Kommune", OrganisationKind.MUNICIPALITY, 751, true);
        odense = ProcurementFixtures.organisation(
                sessions, registration, organisations, "Odense Kommune", OrganisationKind.MUNICIPALITY, 461, true);
        sov = ProcurementFixtures.organisation(
                sessions,
                registration,
                organisations,
                "Rent og Rummeligt " + UUID.randomUUID(),
                OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE,
                751,
                true);
        String location = mvc.perform(details(post("/procurement/contracts"), "Rengøring af skoler", "2400000", "false")
                        .session(aarhus.staff().session()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        contract = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        long template = jdbc.sql("select id from clause_template where code = 'TARGET_GROUP_EMPLOYMENT'")
                .query(Long.class)
                .single();
        mvc.perform(post("/procurement/contracts/{id}/clauses", contract)
                        .session(aarhus.staff().session())
                        .with(csrf())
                        .param("templateId", String.valueOf(template))
                        .param("target", "4"))
                .andExpect(redirectedUrl("/procurement/contracts/" + contract));
    }

    private MockHttpServletRequestBuilder details(
            MockHttpServletRequestBuilder request, String title, String value, String above) {
        return request.with(csrf())
                .param("title", title)
                .param("service", "CLEANING")
                .param("estimatedValueDkk", value)
                .param("startsOn", start.toString())
                .param("endsOn", start.plusYears(2).minusDays(1).toString())
                .param("municipalityCode", "751")
                .param("aboveEuThreshold", above);
    }

    private long version() {
        return jdbc.sql("select version from procurement_contract where id = :id")
                .param("id", contract)
                .query(Long.class)
                .single();
    }

    private String edit(MockHttpSession session) {
        return "/procurement/contracts/" + contract + "/edit";
    }

    @Test
    void theMunicipalityChangesTheDetailsAndTheClauseCheckRunsAgain() throws Exception {
        var session = aarhus.staff().session();
        mvc.perform(get(edit(session)).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(" af skoler\"")));
        mvc.perform(get("/procurement/contracts/{id}", contract).session(session))
                .andExpect(content().string(not(containsString("den skal have en klausul om uddannelses"))));

        // now above the § 176(2) limits: 12 mio. kr., two years, above the EU threshold, and no trainee clause
        mvc.perform(details(post(edit(session)), "Rengøring af alle skoler", "12000000", "true")
                        .session(session)
                        .param("version", String.valueOf(version())))
                .andExpect(redirectedUrl("/procurement/contracts/" + contract));
        mvc.perform(get("/procurement/contracts/{id}", contract).session(session))
                .andExpect(content().string(containsString("af alle skoler")))
                .andExpect(content().string(containsString("12.000.000 kr.")))
                .andExpect(content().string(containsString("den skal have en klausul om uddannelses")));
    }

    @Test
    void aStaleFormSavesNothingAndKeepsWhatWasTyped() throws Exception {
        var session = aarhus.staff().session();
        long shown = version();
        // a colleague saves first
        mvc.perform(details(post(edit(session)), "Kollegaens titel", "2400000", "false")
                        .session(session)
                        .param("version", String.valueOf(shown)))
                .andExpect(redirectedUrl("/procurement/contracts/" + contract));
        // the first form, sent later with the version it showed
        mvc.perform(details(post(edit(session)), "Min titel", "3000000", "false")
                        .session(session)
                        .param("version", String.valueOf(shown)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("En anden har ændret kontrakten, mens du rettede")))
                .andExpect(content().string(containsString("value=\"Min titel\"")));
        assertThat(jdbc.sql("select title from procurement_contract where id = :id")
                        .param("id", contract)
                        .query(String.class)
                        .single())
                .isEqualTo("Kollegaens titel");
    }

    @Test
    void badInputIsShownBesideTheFieldAndNothingIsLost() throws Exception {
        var session = aarhus.staff().session();
        mvc.perform(post(edit(session))
                        .session(session)
                        .with(csrf())
                        .param("title", "")
                        .param("service", "CLEANING")
                        .param("estimatedValueDkk", "banan")
                        .param("startsOn", start.toString())
                        .param("endsOn", start.minusDays(1).toString())
                        .param("municipalityCode", "751")
                        .param("aboveEuThreshold", "false")
                        .param("description", "Fire skoler")
                        .param("version", String.valueOf(version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"title-error\"")))
                .andExpect(content().string(containsString("id=\"estimatedValueDkk-error\"")))
                .andExpect(content().string(containsString("id=\"endsOn-error\"")))
                .andExpect(content().string(containsString("Fire skoler")));
        mvc.perform(post(edit(session)).session(session).with(csrf()).param("version", "not a number"))
                .andExpect(status().isOk());
    }

    @Test
    void onlyTheOwningMunicipalityReachesTheFormAndNotAfterTheAward() throws Exception {
        mvc.perform(get(edit(null)).session(odense.staff().session())).andExpect(status().isNotFound());
        mvc.perform(details(post(edit(null)), "Odenses titel", "2400000", "false")
                        .session(odense.staff().session())
                        .param("version", String.valueOf(version())))
                .andExpect(status().isNotFound());
        mvc.perform(get(edit(null)).session(sov.staff().session())).andExpect(status().isNotFound());
        mvc.perform(get(edit(null))).andExpect(status().is3xxRedirection());
        var freelancer = sessions.freelancer("Frida Fri");
        mvc.perform(get(edit(null)).session(freelancer.session())).andExpect(status().isForbidden());

        // published: still editable; awarded: no longer
        var session = aarhus.staff().session();
        mvc.perform(post("/procurement/contracts/{id}/publish", contract)
                        .session(session)
                        .with(csrf())
                        .param("version", String.valueOf(version())))
                .andExpect(redirectedUrl("/procurement/contracts/" + contract));
        mvc.perform(get(edit(session)).session(session)).andExpect(status().isOk());
        mvc.perform(post("/procurement/contracts/{id}/interest", contract)
                        .session(sov.staff().session())
                        .with(csrf())
                        .param("note", "Vi vil gerne."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/procurement/contracts/{id}/award", contract)
                        .session(session)
                        .with(csrf())
                        .param("supplierId", String.valueOf(sov.organisationId()))
                        .param("version", String.valueOf(version())))
                .andExpect(redirectedUrl("/procurement/contracts/" + contract));
        mvc.perform(get(edit(session)).session(session)).andExpect(status().isNotFound());
        mvc.perform(get("/procurement/contracts/{id}", contract).session(session))
                .andExpect(content().string(not(containsString("/procurement/contracts/" + contract + "/edit"))));
    }
}
