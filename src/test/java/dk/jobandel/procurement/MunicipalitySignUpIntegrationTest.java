package dk.jobandel.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.OrganisationKind;
import dk.jobandel.members.Organisations;
import dk.jobandel.members.VerificationStatus;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A municipality signs up through the registration form, as a kind and a type at once, and waits for a consultant's
 * check before it may procure. Apart from {@link ProcurementPagesIntegrationTest}, whose every test first makes six
 * members of its own, which these tests do not use.
 */
@ApplicationTest
class MunicipalitySignUpIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMunicipalityRegistersThroughTheFormAndAwaitsVerification() throws Exception {
        String email = Sessions.uniqueEmail("indkob");
        mvc.perform(post("/register/cooperative")
                        .with(csrf())
                        .param("organisationName", "Vejle Kommune")
                        .param("cvr", Sessions.uniqueCvr())
                        .param("organisationKind", "MUNICIPALITY")
                        .param("organisationType", "MUNICIPALITY")
                        .param("municipalityCode", "630")
                        .param("displayName", "Indkøber Ida")
                        .param("email", email)
                        .param("password", Sessions.PASSWORD)
                        .param("passwordConfirmation", Sessions.PASSWORD)
                        .param("consent", "true"))
                .andExpect(redirectedUrl("/login"));
        var registered = organisations
                .ofStaffMember(jdbc.sql("select id from account where email = :e")
                        .param("e", email)
                        .query(Long.class)
                        .single())
                .orElseThrow();
        assertThat(registered.getKind()).isEqualTo(OrganisationKind.MUNICIPALITY);
        assertThat(registered.getVerificationStatus()).isEqualTo(VerificationStatus.AWAITING_VERIFICATION);

        MockHttpSession ida = new Sessions(mvc, registration, organisations).login(email);
        mvc.perform(get("/procurement").session(ida))
                .andExpect(content().string(containsString("En konsulent har endnu ikke bekræftet jeres kommune")));
        mvc.perform(post("/procurement/contracts")
                        .session(ida)
                        .with(csrf())
                        .param("title", "Kantine")
                        .param("service", "CANTEEN_CATERING")
                        .param("estimatedValueDkk", "800000")
                        .param("startsOn", "2027-01-01")
                        .param("endsOn", "2027-12-31")
                        .param("municipalityCode", "630")
                        .param("aboveEuThreshold", "false"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("En konsulent skal først bekræfte jeres organisation")));
    }

    @Test
    void aMunicipalityIsBothKindAndTypeOrNeither() throws Exception {
        mvc.perform(post("/register/cooperative")
                        .with(csrf())
                        .param("organisationName", "Halv Kommune")
                        .param("cvr", Sessions.uniqueCvr())
                        .param("organisationKind", "MUNICIPALITY")
                        .param("organisationType", "WORKER_COOPERATIVE")
                        .param("municipalityCode", "630")
                        .param("displayName", "Ida")
                        .param("email", Sessions.uniqueEmail("halv"))
                        .param("password", Sessions.PASSWORD)
                        .param("passwordConfirmation", Sessions.PASSWORD)
                        .param("consent", "true"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(
                                "form", "organisationType", "registration.municipality.kindAndType"));
    }
}
