package dk.jobandel.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.Organisations;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each invalid field of the new-role form is explained next to it, and nothing is saved. One cooperative signed in
 * once for all the cases: as none of them saves a role, each starts where a fresh cooperative would, with no roles.
 * The role's other behaviour: {@link SharedRolesIntegrationTest}.
 */
@ApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedRoleFormErrorsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    SharedRoles roles;

    Sessions.Cooperative coop;

    @BeforeAll
    void aVerifiedCooperativeIsSignedIn() throws Exception {
        coop = new Sessions(mvc, registration, organisations).cooperative("Andelskøkkenet", true);
    }

    @ParameterizedTest(name = "{0} = \"{1}\" → {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "title||Udfyld feltet.",
                "sharers|4|Skriv et tal på højst 3.",
                "handoverMinutes|300|Skriv et tal på højst 240.",
                "handoverMinutes|en halv time|Værdien har et forkert format.",
                "municipalityCode||Vælg en mulighed.",
                "municipalityCode|999|Vælg en kommune fra listen.",
                "workMode|SOMETIMES|Værdien har et forkert format.",
                "startDate||Vælg en mulighed.",
                "endDate|2026-01-01|Slutdatoen ligger før startdatoen.",
                "payKind||Vælg en mulighed.",
                "payFrom||Vælg en mulighed.",
                "payFrom|0|",
                "payFrom|mange|Værdien har et forkert format.",
                "payTo|100|Løn til skal være mindst lige så høj som løn fra.",
                "pensionPercent|40|",
                "day0|25:00–26:00|Ukendt klokkeslæt",
                "skills[0].skillId|9999|En af de valgte kompetencer findes ikke",
                "skills[0].minLevel|5|Vælg et niveau fra 1 til 3."
            })
    void eachInvalidFieldIsExplainedNextToItAndNothingIsSaved(String field, String value, String message)
            throws Exception {
        var fields = SharedRolesIntegrationTest.validRole();
        fields.put(field, value == null ? "" : value);
        var request = post("/roles/new").with(csrf()).session(coop.staff().session());
        fields.forEach(request::param);
        mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", field))
                .andExpect(content().string(containsString(message == null ? "field-error" : message)));
        assertThat(roles.ownRoles(coop.staff().accountId())).isEmpty();
    }
}
