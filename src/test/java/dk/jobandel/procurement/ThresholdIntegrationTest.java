package dk.jobandel.procurement;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import org.springframework.test.web.servlet.MockMvc;

/**
 * Which EU threshold applies, on the contract form and the contract page (issue 16): the figure for the chosen service
 * with its date, whether the estimated value is above it, and a warning (never a refusal) when the stated answer
 * differs.
 */
@ApplicationTest
class ThresholdIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Sessions.Cooperative aarhus;
    Sessions.Cooperative sov;

    @BeforeEach
    void aMunicipalityAndASupplier() throws Exception {
        var sessions = new Sessions(mvc, registration, organisations);
        aarhus = ProcurementFixtures.organisation(
                sessions, registration, organisations, "Aarhus Kommune", OrganisationKind.MUNICIPALITY, 751, true);
        sov = ProcurementFixtures.organisation(
                sessions,
                registration,
                organisations,
                "Grøn Trappe " + UUID.randomUUID(),
                OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE,
                751,
                true);
    }

    @Test
    void theFormShowsTheThresholdForTheChosenServiceAfterASubmitWithoutJavaScript() throws Exception {
        var session = aarhus.staff().session();
        mvc.perform(get("/procurement/contracts/new").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vælg ydelsen, så viser vi den tærskelværdi")));
        // a mistake elsewhere (no title): the form comes back and says which threshold applies to cleaning
        mvc.perform(post("/procurement/contracts")
                        .session(session)
                        .with(csrf())
                        .param("title", "")
                        .param("service", "CLEANING")
                        .param("estimatedValueDkk", "2400000")
                        .param("aboveEuThreshold", "false"))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("tærskelværdien for varer og tjenesteydelser: 216.000 euro")))
                .andExpect(content().string(containsString("(ca. 1.611.360 kr.), gældende fra 01-01-2026")))
                .andExpect(
                        content().string(containsString("Den anslåede værdi på 2.400.000 kr. er over tærskelværdien.")))
                .andExpect(content().string(containsString("I har svaret nej til, at kontrakten er over")));
    }

    @Test
    void theHtmxFragmentAnswersForTheServiceAndValueAndIgnoresNonsense() throws Exception {
        var session = aarhus.staff().session();
        mvc.perform(get("/procurement/contracts/threshold")
                        .session(session)
                        .param("service", "HR_INCLUSIVE_JOBS")
                        .param("estimatedValueDkk", "3000000")
                        .param("aboveEuThreshold", "false"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("sociale og andre specifikke tjenesteydelser")))
                .andExpect(content().string(containsString("750.000 euro")))
                .andExpect(content().string(containsString("er under tærskelværdien")))
                .andExpect(content().string(not(containsString("I har svaret"))))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/procurement/contracts/threshold")
                        .session(session)
                        .param("service", "NO_SUCH")
                        .param("estimatedValueDkk", "banan"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vælg ydelsen")));
        mvc.perform(get("/procurement/contracts/threshold")).andExpect(status().is3xxRedirection());
        var freelancer = new Sessions(mvc, registration, organisations).freelancer("Frida Fri");
        mvc.perform(get("/procurement/contracts/threshold").session(freelancer.session()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aContradictedAnswerIsSavedAndTheContractPageWarnsOnlyTheMunicipality() throws Exception {
        var session = aarhus.staff().session();
        LocalDate start = LocalDate.of(2027, 1, 1);
        String location = mvc.perform(post("/procurement/contracts")
                        .session(session)
                        .with(csrf())
                        .param("title", "Kantinedrift på rådhuset")
                        .param("service", "CANTEEN_CATERING")
                        .param("estimatedValueDkk", "900000")
                        .param("startsOn", start.toString())
                        .param("endsOn", start.plusYears(1).toString())
                        .param("municipalityCode", "751")
                        .param("aboveEuThreshold", "true"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(location).session(session))
                .andExpect(
                        content().string(containsString("Den anslåede værdi på 900.000 kr. er under tærskelværdien.")))
                .andExpect(content().string(containsString("I har angivet, at kontrakten er over EU-tærskelværdien")));
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        // out for tender (set directly: publishing is tested elsewhere): the supplier sees the threshold, not the
        // warning
        jdbc.sql("update procurement_contract set status = 'PUBLISHED' where id = :id")
                .param("id", id)
                .update();
        mvc.perform(get(location).session(sov.staff().session()))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("Den anslåede værdi på 900.000 kr. er under tærskelværdien.")))
                .andExpect(content().string(not(containsString("I har angivet, at kontrakten er over"))));
    }
}
