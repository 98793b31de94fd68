package dk.jobandel.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.Organisations;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The role form's skills picker without JavaScript: its buttons (add, remove, find) bring the form back with the list
 * changed and everything typed kept, and save nothing; only "Gem stillingen" saves. Skill 1 is Bogføring, 2
 * Lønadministration.
 */
@ApplicationTest
class RoleSkillPickerIntegrationTest {

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
    void aCooperativeIsSignedIn() throws Exception {
        sessions = new Sessions(mvc, registration, organisations);
        coop = sessions.cooperative("Plukkeriet", true);
    }

    private static Map<String, String> role() {
        var fields = new LinkedHashMap<String, String>();
        fields.put("version", "0");
        fields.put("title", "Bogholder i butikken");
        fields.put("description", "Løn og bogføring.");
        fields.put("sharers", "2");
        fields.put("handoverMinutes", "30");
        fields.put("evenSplit", "true");
        fields.put("municipalityCode", "101");
        fields.put("workMode", "ON_SITE");
        fields.put("startDate", "2027-01-04");
        fields.put("payKind", "HOURLY");
        fields.put("payFrom", "210");
        fields.put("pensionPercent", "12");
        fields.put("day0", "09:00–15:00");
        return fields;
    }

    private MockHttpServletRequestBuilder postForm(String url, Map<String, String> fields) {
        MockHttpSession session = coop.staff().session();
        var request = post(url).with(csrf()).session(session);
        fields.forEach(request::param);
        return request;
    }

    @Test
    void aSkillIsAddedAndRemovedWithoutJavaScriptAndOnlySaveSaves() throws Exception {
        var fields = role();
        fields.put("add", "1");
        mvc.perform(postForm("/roles/new", fields))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<legend>Bogføring</legend>")))
                .andExpect(content().string(containsString("name=\"skills[0].skillId\" value=\"1\"")))
                .andExpect(content().string(containsString("aria-label=\"Fjern Bogføring\"")))
                .andExpect(content().string(containsString("value=\"Bogholder i butikken\"")))
                .andExpect(content().string(containsString("name=\"day0\" value=\"09:00&ndash;15:00\"")))
                .andExpect(content().string(not(containsString("Stillingen er gemt."))));
        assertThat(roles.ownRoles(coop.staff().accountId())).isEmpty();

        // the second skill is added, the first chosen level kept, then the first skill removed
        fields.remove("add");
        fields.put("skills[0].skillId", "1");
        fields.put("skills[0].requirement", "NICE");
        fields.put("skills[0].minLevel", "3");
        fields.put("add", "2");
        mvc.perform(postForm("/roles/new", fields))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<legend>Lønadministration</legend>")))
                .andExpect(content().string(containsString("name=\"skills[1].skillId\" value=\"2\"")))
                .andExpect(content()
                        .string(containsString("name=\"skills[0].minLevel\" value=\"3\" checked=\"checked\"")));
        fields.remove("add");
        fields.put("skills[1].skillId", "2");
        fields.put("skills[1].requirement", "MUST_EACH");
        fields.put("skills[1].minLevel", "2");
        fields.put("remove", "1");
        mvc.perform(postForm("/roles/new", fields))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("aria-label=\"Fjern Bogføring\""))))
                .andExpect(content().string(containsString("aria-label=\"Fjern Lønadministration\"")))
                .andExpect(content().string(containsString("aria-label=\"Tilføj Bogføring\"")));
        assertThat(roles.ownRoles(coop.staff().accountId())).isEmpty();

        // Save, with what the page now posts: only the second skill
        fields.remove("remove");
        fields.remove("skills[0].skillId");
        fields.remove("skills[0].requirement");
        fields.remove("skills[0].minLevel");
        fields.put("save", "1");
        mvc.perform(postForm("/roles/new", fields)).andExpect(redirectedUrlPattern("/roles/*"));
        assertThat(roles.ownRoles(coop.staff().accountId()).getFirst().details().skills())
                .containsExactly(new RequiredSkill((short) 2, Requirement.MUST_EACH, (short) 2));
    }

    @Test
    void theSearchFindsSkillsKeepsWhatWasTypedAndShowsNoOtherErrorsYet() throws Exception {
        var fields = role();
        fields.put("title", "");
        fields.put("skillSearch", "bogf");
        fields.put("search", "1");
        mvc.perform(postForm("/roles/new", fields))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"bogf\"")))
                .andExpect(content().string(containsString("1 kompetencer passer")))
                .andExpect(content().string(containsString("aria-label=\"Tilføj Bogføring\"")))
                .andExpect(content().string(not(containsString("id=\"title-error\""))));
        assertThat(roles.ownRoles(coop.staff().accountId())).isEmpty();
    }

    @ParameterizedTest(name = "{0} = \"{1}\" ({2})")
    @CsvSource(
            delimiter = '|',
            value = {
                "skills[0].skillId|abc|save",
                "skills[0].skillId|abc|search",
                "skills[0].skillId|99999999|save",
                "skills[0].minLevel|x|save",
                "skills[0].minLevel|x|add",
                "skills[0].minLevel|7|save",
                "skills[0].requirement|ALWAYS|save"
            })
    void aJunkSkillOrLevelIsAFieldErrorAndNothingIsSaved(String field, String value, String button) throws Exception {
        var fields = role();
        fields.put("skills[0].skillId", "1");
        fields.put("skills[0].requirement", "MUST_ONE");
        fields.put("skills[0].minLevel", "2");
        fields.put(field, value);
        fields.put(button, button.equals("add") ? "2" : "1");
        mvc.perform(postForm("/roles/new", fields))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", field))
                .andExpect(content().string(containsString("class=\"field-error\"")))
                .andExpect(content().string(containsString("value=\"Bogholder i butikken\"")));
        assertThat(roles.ownRoles(coop.staff().accountId())).isEmpty();
    }

    @Test
    void junkButtonsChangeNothing() throws Exception {
        var fields = role();
        fields.put("skills[0].skillId", "1");
        fields.put("add", "abc");
        fields.put("remove", "9999999999");
        mvc.perform(postForm("/roles/new", fields))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-label=\"Fjern Bogføring\"")));
        fields.put("add", "32000");
        mvc.perform(postForm("/roles/new", fields))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<legend>Bogføring</legend>")))
                .andExpect(content().string(not(containsString("skills[1].skillId"))));
    }

    @Test
    void onAnExistingRoleThePickerSavesNothingAndTheVersionCheckStays() throws Exception {
        var fields = role();
        fields.put("skills[0].skillId", "1");
        var created = mvc.perform(postForm("/roles/new", fields))
                .andExpect(redirectedUrlPattern("/roles/*"))
                .andReturn();
        long id = Long.parseLong(created.getResponse().getRedirectedUrl().substring("/roles/".length()));
        fields.put("title", "Ny titel");
        fields.put("add", "2");
        mvc.perform(postForm("/roles/" + id + "/edit", fields))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Ny titel\"")))
                .andExpect(content().string(containsString("<legend>Lønadministration</legend>")));
        Role unchanged = roles.ownRole(coop.staff().accountId(), id);
        assertThat(unchanged.details().title()).isEqualTo("Bogholder i butikken");
        assertThat(unchanged.version()).isZero();

        // saved elsewhere in between: Save is refused with the conflict, not overwritten
        fields.remove("add");
        fields.put("skills[1].skillId", "2");
        roles.update(coop.staff().accountId(), id, 0, unchanged.details());
        mvc.perform(postForm("/roles/" + id + "/edit", fields))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"conflict-heading\"")));
        assertThat(roles.ownRole(coop.staff().accountId(), id).details().title())
                .isEqualTo("Bogholder i butikken");
    }

    @Test
    void suggestionsWhileTypingAreForCooperativeStaffOnly() throws Exception {
        mvc.perform(get("/roles/skills/suggestions")
                        .param("skillSearch", "bogf")
                        .session(coop.staff().session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-label=\"Tilføj Bogføring\"")));
        mvc.perform(get("/roles/skills/suggestions")
                        .param("skillSearch", "bogf")
                        .session(sessions.freelancer("Frida Fri").session()))
                .andExpect(status().isForbidden());
    }
}
