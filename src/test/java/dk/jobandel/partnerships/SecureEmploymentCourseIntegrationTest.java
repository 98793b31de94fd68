package dk.jobandel.partnerships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A secure-shared-employment course through the pages: a cooperative asks (once, with what it typed kept when it is
 * too long), the consultant sees the kind in the intake queue, takes it, moves it through its own stages and closes it
 * with its own outcomes; its checklist is versioned data; and nobody else reads or changes it.
 */
@ApplicationTest
class SecureEmploymentCourseIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    Sessions sessions;
    Sessions.Cooperative cooperative;
    Sessions.Cooperative otherCooperative;
    Sessions.Cooperative firm;
    Sessions.Member consultant;
    String cooperativeName;

    @BeforeEach
    void twoCooperativesAFirmAndAConsultant() throws Exception {
        sessions = new Sessions(mvc, registration, organisations);
        cooperativeName = "Kulturkooperativet " + UUID.randomUUID();
        cooperative = PartnershipFixtures.organisation(
                sessions, registration, organisations, cooperativeName, OrganisationKind.COOPERATIVE, 751);
        otherCooperative = PartnershipFixtures.organisation(
                sessions, registration, organisations, "Andet Kooperativ", OrganisationKind.COOPERATIVE, 751);
        firm = PartnershipFixtures.organisation(
                sessions, registration, organisations, "Et Firma", OrganisationKind.FIRM, 751);
        consultant = sessions.consultant("Mette Lund");
    }

    private long ask(Sessions.Cooperative who) throws Exception {
        String location = mvc.perform(post("/partnerships/secure-employment")
                        .with(csrf())
                        .session(who.staff().session())
                        .param("text", "Vi vil dele en bogholder med to andre kooperativer"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private long version(long courseId) {
        return jdbc.sql("select version from guidance_course where id = :id")
                .param("id", courseId)
                .query(Long.class)
                .single();
    }

    private MockHttpServletRequestBuilder asConsultant(String path, long courseId) {
        return post(path)
                .with(csrf())
                .session(consultant.session())
                .param("version", String.valueOf(version(courseId)));
    }

    @Test
    void aCooperativeAsksOnceAndSeesItsCourseWithTheKindTheStagesAndTheChecklist() throws Exception {
        mvc.perform(get("/dashboard").session(cooperative.staff().session()))
                .andExpect(content().string(containsString("href=\"/partnerships/secure-employment\"")));
        mvc.perform(get("/partnerships/secure-employment")
                        .session(cooperative.staff().session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Puljeaftale mellem medlemmerne med solidarisk hæftelse")));
        long id = ask(cooperative);
        assertThat(ask(cooperative)).as("asking again finds the running course").isEqualTo(id);
        assertThat(jdbc.sql("select kind from guidance_course where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("SECURE_EMPLOYMENT");
        mvc.perform(get("/partnerships/courses/" + id)
                        .session(cooperative.staff().session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sikker delt ansættelse")))
                .andExpect(content().string(containsString("Aftaler på plads")))
                .andExpect(content().string(containsString("Regler for udtræden")))
                .andExpect(content().string(containsString("Venter på en konsulent")));
        mvc.perform(get("/partnerships/secure-employment")
                        .session(cooperative.staff().session()))
                .andExpect(content().string(containsString("I har allerede et forløb i gang.")))
                .andExpect(content().string(not(containsString("name=\"text\""))));
    }

    @Test
    void aTooLongRequestIsShownAgainWithTheReasonBesideTheFieldAndNothingIsQueued() throws Exception {
        String text = "Deling af personale. " + "x".repeat(2000);
        mvc.perform(post("/partnerships/secure-employment")
                        .with(csrf())
                        .session(cooperative.staff().session())
                        .param("text", text))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"se-text-error\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("Deling af personale. xxxx")));
        assertThat(jdbc.sql("select count(*) from guidance_course where organisation_id = :o")
                        .param("o", cooperative.organisationId())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theConsultantTakesItAndRunsItThroughItsOwnStagesAndOutcomes() throws Exception {
        long id = ask(cooperative);
        mvc.perform(get("/consultant/partnerships").session(consultant.session()))
                .andExpect(content().string(containsString(cooperativeName)))
                .andExpect(content().string(containsString("Sikker delt ansættelse")));
        String base = "/consultant/partnerships/courses/" + id;
        mvc.perform(get(base).session(consultant.session()))
                .andExpect(content().string(containsString("Sikker delt ansættelse")))
                .andExpect(content().string(containsString("Pension: ordning og sats")))
                .andExpect(content().string(not(containsString("Registrér et partnerskab"))));
        mvc.perform(asConsultant(base + "/take", id)).andExpect(redirectedUrl(base));
        mvc.perform(asConsultant(base + "/move", id).param("to", "CLARIFYING")).andExpect(redirectedUrl(base));
        // a partnership course's stage is refused for this kind
        mvc.perform(asConsultant(base + "/move", id).param("to", "PARTNER_FOUND"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Forløbet kan ikke gå til den fase herfra.")));
        mvc.perform(asConsultant(base + "/move", id).param("to", "PLAN")).andExpect(redirectedUrl(base));
        // the outcome choices are this kind's; the partnership one is refused beside the field
        mvc.perform(get(base).session(consultant.session()))
                .andExpect(content().string(containsString("value=\"TERMS_SECURED\"")))
                .andExpect(content().string(not(containsString("value=\"PARTNERSHIP\""))));
        mvc.perform(asConsultant(base + "/close", id).param("outcome", "PARTNERSHIP"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("reasonForm", "outcome"));
        mvc.perform(asConsultant(base + "/close", id).param("outcome", "TERMS_SECURED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("kræver fasen &quot;aftaler på plads&quot;")));
        mvc.perform(asConsultant(base + "/close", id)
                        .param("outcome", "NO_SHARING")
                        .param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("reasonForm", "reason"));
        mvc.perform(asConsultant(base + "/move", id).param("to", "AGREEMENTS_IN_PLACE"))
                .andExpect(redirectedUrl(base));
        mvc.perform(asConsultant(base + "/close", id).param("outcome", "TERMS_SECURED"))
                .andExpect(redirectedUrl(base));
        mvc.perform(get("/partnerships/courses/" + id)
                        .session(cooperative.staff().session()))
                .andExpect(content().string(containsString("Sikre vilkår på plads")))
                .andExpect(content().string(containsString("name=\"rating\"")));
        // closed: the cooperative may ask again, and a new course opens
        assertThat(ask(cooperative)).isNotEqualTo(id);
    }

    @Test
    void nobodyElseReadsOrChangesTheCourseAndAConsultantsReadIsLogged() throws Exception {
        long id = ask(cooperative);
        for (Sessions.Cooperative outsider : List.of(otherCooperative, firm)) {
            mvc.perform(get("/partnerships/courses/" + id)
                            .session(outsider.staff().session()))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/partnerships/courses/" + id + "/feedback")
                            .with(csrf())
                            .session(outsider.staff().session())
                            .param("rating", "1"))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/partnerships/secure-employment")
                        .session(otherCooperative.staff().session()))
                .andExpect(content().string(not(containsString("/partnerships/courses/" + id + "\""))));
        // only cooperatives ask for this kind; a firm is told nothing exists here
        mvc.perform(get("/partnerships/secure-employment").session(firm.staff().session()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/partnerships/secure-employment")
                        .with(csrf())
                        .session(firm.staff().session())
                        .param("text", "Vi vil også"))
                .andExpect(status().isNotFound());
        Sessions.Member freelancer = sessions.freelancer("Frida Fri");
        mvc.perform(get("/partnerships/secure-employment").session(freelancer.session()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/partnerships/secure-employment")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/partnerships/secure-employment")
                        .session(cooperative.staff().session())
                        .param("text", "uden CSRF"))
                .andExpect(status().isForbidden());
        // the cooperative cannot act as a consultant on its own course
        mvc.perform(post("/consultant/partnerships/courses/" + id + "/take")
                        .with(csrf())
                        .session(cooperative.staff().session())
                        .param("version", String.valueOf(version(id))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/consultant/partnerships/courses/" + id).session(consultant.session()))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("""
                        select count(*) from state_change where subject_type = 'PARTNERSHIP_READ'
                          and to_state = 'READ_COURSE' and subject_id = :org and actor_id = :c
                        """)
                        .param("org", cooperative.organisationId())
                        .param("c", consultant.accountId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void consultantsEditTheChecklistAsVersionsAndBadInputIsRefusedWithoutAnError() throws Exception {
        String path = "/consultant/partnerships/checklists/SECURE_SHARED_EMPLOYMENT";
        int current = jdbc.sql("""
                        select max(version_no) from partnership_checklist where model = 'SECURE_SHARED_EMPLOYMENT'
                        """).query(Integer.class).single();
        mvc.perform(get(path).session(consultant.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fordeling af omkostninger")));
        mvc.perform(post(path)
                        .with(csrf())
                        .session(consultant.session())
                        .param("version", String.valueOf(current))
                        .param("items", "Overenskomst\nPension\nFeriepenge"))
                .andExpect(redirectedUrl(path));
        mvc.perform(post(path)
                        .with(csrf())
                        .session(consultant.session())
                        .param("version", String.valueOf(current))
                        .param("items", "En gammel version"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("checklistForm", "items"))
                .andExpect(content().string(containsString("id=\"items-error\"")))
                .andExpect(content().string(containsString("En gammel version")));
        mvc.perform(post(path)
                        .with(csrf())
                        .session(consultant.session())
                        .param("version", "seneste")
                        .param("items", "Behold teksten"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("checklistForm", "version"))
                .andExpect(content().string(containsString("Behold teksten")));
        mvc.perform(post(path)
                        .with(csrf())
                        .session(consultant.session())
                        .param("version", String.valueOf(current + 1))
                        .param("items", "  \n \n"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("checklistForm", "items"));
        mvc.perform(post(path)
                        .with(csrf())
                        .session(consultant.session())
                        .param("version", String.valueOf(current + 1))
                        .param("items", "Punkt\n".repeat(41)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("checklistForm", "items"));
        mvc.perform(get(path).session(consultant.session()))
                .andExpect(content().string(containsString("Feriepenge")))
                .andExpect(content().string(not(containsString("En gammel version"))));
        mvc.perform(get("/partnerships/secure-employment")
                        .session(cooperative.staff().session()))
                .andExpect(content().string(containsString("Feriepenge")));
        mvc.perform(get("/consultant/partnerships/checklists/NO_SUCH_LIST").session(consultant.session()))
                .andExpect(status().isNotFound());
        mvc.perform(get(path).session(cooperative.staff().session())).andExpect(status().isForbidden());
        long id = ask(cooperative);
        mvc.perform(asConsultant("/consultant/partnerships/courses/" + id + "/move", id)
                        .param("to", "NOWHERE"))
                .andExpect(status().is4xxClientError());
        mvc.perform(asConsultant("/consultant/partnerships/courses/" + id + "/close", id)
                        .param("outcome", "NOWHERE"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("reasonForm", "outcome"));
    }
}
