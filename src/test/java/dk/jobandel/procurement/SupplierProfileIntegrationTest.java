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
import org.springframework.test.web.servlet.MockMvc;

/**
 * A supplier's field and area (issue 16): a firm fills it in with errors next to the fields, sees the tenders that fit
 * it first ("Udbud for jer") and registers interest, the municipality gets it suggested with reasons, and nobody edits
 * another organisation's profile.
 */
@ApplicationTest
class SupplierProfileIntegrationTest {

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
    Sessions.Cooperative firm;
    Sessions.Cooperative otherFirm;
    String firmName;
    long contract;

    @BeforeEach
    void aPublishedCleaningContractInAarhus() throws Exception {
        sessions = new Sessions(mvc, registration, organisations);
        aarhus = ProcurementFixtures.organisation(
                sessions, registration, organisations, "Aarhus Kommune", OrganisationKind.MUNICIPALITY, 751, true);
        firmName = "Skinnende Kontorer " + UUID.randomUUID();
        firm = ProcurementFixtures.organisation(
                sessions, registration, organisations, firmName, OrganisationKind.FIRM, 751, true);
        otherFirm = ProcurementFixtures.organisation(
                sessions,
                registration,
                organisations,
                "Anden Virksomhed " + UUID.randomUUID(),
                OrganisationKind.FIRM,
                101,
                true);
        LocalDate start = LocalDate.of(2027, 1, 1);
        String location = mvc.perform(post("/procurement/contracts")
                        .session(aarhus.staff().session())
                        .with(csrf())
                        .param("title", "Rengøring af biblioteker")
                        .param("service", "CLEANING")
                        .param("estimatedValueDkk", "900000")
                        .param("startsOn", start.toString())
                        .param("endsOn", start.plusYears(1).toString())
                        .param("municipalityCode", "751")
                        .param("aboveEuThreshold", "false"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        contract = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        jdbc.sql("update procurement_contract set status = 'PUBLISHED' where id = :id")
                .param("id", contract)
                .update();
    }

    private long version(long organisation) {
        return jdbc.sql("select coalesce(max(version), 0) from supplier_profile where organisation_id = :id")
                .param("id", organisation)
                .query(Long.class)
                .single();
    }

    @Test
    void aFirmFillsInItsFieldAndAreaSeesTheTendersForItAndIsSuggested() throws Exception {
        var session = firm.staff().session();
        mvc.perform(get("/procurement").session(session))
                .andExpect(content().string(containsString("Udfyld jeres fag og område")))
                .andExpect(content().string(not(containsString("Udbud for jer"))));

        // nothing chosen: errors next to the fields
        mvc.perform(post("/procurement/profile").session(session).with(csrf()).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"services-error\"")))
                .andExpect(content().string(containsString("Vælg mindst én ydelse.")));
        mvc.perform(post("/procurement/profile")
                        .session(session)
                        .with(csrf())
                        .param("services", "CLEANING")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"municipalities-error\"")))
                .andExpect(content().string(containsString("name=\"services\" checked=\"checked\"")));
        // nonsense: a service that does not exist and an unknown place never give a 500
        mvc.perform(post("/procurement/profile")
                        .session(session)
                        .with(csrf())
                        .param("services", "NOPE")
                        .param("municipalities", "9999")
                        .param("version", "0"))
                .andExpect(status().isOk());

        // cleaning in Region Midtjylland (1082)
        mvc.perform(post("/procurement/profile")
                        .session(session)
                        .with(csrf())
                        .param("services", "CLEANING")
                        .param("regions", "1082")
                        .param("version", "0"))
                .andExpect(redirectedUrl("/procurement/profile"));
        mvc.perform(get("/procurement").session(session))
                .andExpect(content().string(containsString("Udbud for jer")))
                .andExpect(content().string(containsString("Rengøring af biblioteker")));
        mvc.perform(post("/procurement/contracts/{id}/interest", contract)
                        .session(session)
                        .with(csrf())
                        .param("note", "Vi dækker hele regionen."))
                .andExpect(redirectedUrl("/procurement/contracts/" + contract));

        // the municipality sees it suggested with its reasons
        mvc.perform(get("/procurement/contracts/{id}", contract)
                        .session(aarhus.staff().session()))
                .andExpect(content().string(containsString("Forslag: virksomheder og kooperativer")))
                .andExpect(content().string(containsString(firmName)))
                .andExpect(content().string(containsString("Dækker hele Region Midtjylland")));
        // a firm elsewhere is not suggested
        mvc.perform(post("/procurement/profile")
                        .session(otherFirm.staff().session())
                        .with(csrf())
                        .param("services", "CLEANING")
                        .param("municipalities", "101")
                        .param("version", "0"))
                .andExpect(redirectedUrl("/procurement/profile"));
        mvc.perform(get("/procurement/contracts/{id}", contract)
                        .session(aarhus.staff().session()))
                .andExpect(content().string(not(containsString("Anden Virksomhed"))));
    }

    @Test
    void aStaleFormSavesNothingAndNobodyEditsAnotherOrganisationsProfile() throws Exception {
        var session = firm.staff().session();
        mvc.perform(post("/procurement/profile")
                        .session(session)
                        .with(csrf())
                        .param("services", "CLEANING")
                        .param("municipalities", "751")
                        .param("version", "0"))
                .andExpect(redirectedUrl("/procurement/profile"));
        long saved = version(firm.organisationId());
        mvc.perform(post("/procurement/profile")
                        .session(session)
                        .with(csrf())
                        .param("services", "GARDENING")
                        .param("municipalities", "751")
                        .param("version", String.valueOf(saved + 5)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("En anden har gemt jeres fag og område")));

        // the other firm posts with this firm's id in every way it can: only its own profile changes
        mvc.perform(post("/procurement/profile")
                        .session(otherFirm.staff().session())
                        .with(csrf())
                        .param("organisationId", String.valueOf(firm.organisationId()))
                        .param("services", "LAUNDRY")
                        .param("municipalities", "101")
                        .param("version", "0"))
                .andExpect(redirectedUrl("/procurement/profile"));
        assertThat(jdbc.sql("select service from supplier_profile_service where organisation_id = :id")
                        .param("id", firm.organisationId())
                        .query(String.class)
                        .list())
                .containsExactly("CLEANING");
        assertThat(jdbc.sql("select service from supplier_profile_service where organisation_id = :id")
                        .param("id", otherFirm.organisationId())
                        .query(String.class)
                        .list())
                .containsExactly("LAUNDRY");

        // municipalities, people without an organisation and visitors do not have a supplier profile
        mvc.perform(get("/procurement/profile").session(aarhus.staff().session()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/procurement/profile")
                        .session(aarhus.staff().session())
                        .with(csrf())
                        .param("services", "CLEANING")
                        .param("municipalities", "751"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/procurement/profile")).andExpect(status().is3xxRedirection());
        var freelancer = sessions.freelancer("Frida Fri");
        mvc.perform(get("/procurement/profile").session(freelancer.session())).andExpect(status().isForbidden());
    }

    @Test
    void aSovSeesItsPartnershipsProfileAndCannotPostHere() throws Exception {
        var sov = ProcurementFixtures.organisation(
                sessions,
                registration,
                organisations,
                "Grøn SØV " + UUID.randomUUID(),
                OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE,
                751,
                true);
        mvc.perform(get("/procurement/profile").session(sov.staff().session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ret jeres profil under Partnerskaber")))
                .andExpect(content().string(not(containsString("Gem fag og område"))));
        mvc.perform(post("/procurement/profile")
                        .session(sov.staff().session())
                        .with(csrf())
                        .param("services", "CLEANING")
                        .param("municipalities", "751"))
                .andExpect(status().isNotFound());
    }
}
