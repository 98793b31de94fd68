package dk.jobandel.pools;

import static dk.jobandel.pools.PoolFixtures.details;
import static dk.jobandel.pools.PoolFixtures.need;
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

import dk.jobandel.members.Actors;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.Organisations;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The pool-need form's skills picker without JavaScript, on posting a need and on editing one: its buttons (add,
 * remove, find) bring the form back with the list changed and everything typed kept, and save nothing. Skill 1 is
 * Bogføring, 2 Lønadministration.
 */
@ApplicationTest
class NeedSkillPickerIntegrationTest {

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
    String base;

    @BeforeEach
    void aPoolWithItsHostSignedIn() throws Exception {
        sessions = new Sessions(mvc, registration, organisations);
        host = sessions.cooperative("Puljeværten", true);
        poolId = pools.create(actors.of(host.staff().accountId()), null, details("Pulje " + UUID.randomUUID()));
        base = "/pools/" + poolId;
    }

    private static Map<String, String> needFields() {
        var fields = new LinkedHashMap<String, String>();
        fields.put("version", "0");
        fields.put("title", "Kasse og lager");
        fields.put("day0", "08:00–12:00");
        fields.put("hoursPerWeek", "4");
        fields.put("municipalityCode", "751");
        fields.put("startDate", LocalDate.now().plusDays(7).toString());
        return fields;
    }

    private MockHttpServletRequestBuilder postForm(String url, Map<String, String> fields) {
        MockHttpSession session = host.staff().session();
        var request = post(url).with(csrf()).session(session);
        fields.forEach(request::param);
        return request;
    }

    @Test
    void aSkillIsAddedAndRemovedWithoutJavaScriptAndOnlyPostPosts() throws Exception {
        var fields = needFields();
        fields.put("add", "1");
        mvc.perform(postForm(base + "/needs", fields))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<legend>Bogføring</legend>")))
                .andExpect(content().string(containsString("name=\"skills[0].skillId\" value=\"1\"")))
                .andExpect(content().string(containsString("value=\"Kasse og lager\"")))
                .andExpect(content().string(containsString("Behovets kompetencer")));
        assertThat(pools.needs(actors.of(host.staff().accountId()), poolId)).isEmpty();

        fields.remove("add");
        fields.put("skills[0].skillId", "1");
        fields.put("skills[0].minLevel", "3");
        fields.put("add", "2");
        mvc.perform(postForm(base + "/needs", fields))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"skills[1].skillId\" value=\"2\"")))
                .andExpect(
                        content().string(containsString("name=\"skills[0].minLevel\" value=\"3\" checked=\"checked\"")))
                // the need form has no requirement: that is the role's
                .andExpect(content().string(not(containsString("skills[0].requirement"))));
        fields.remove("add");
        fields.put("skills[1].skillId", "2");
        fields.put("skills[1].minLevel", "1");
        fields.put("remove", "1");
        mvc.perform(postForm(base + "/needs", fields))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("aria-label=\"Fjern Bogføring\""))))
                .andExpect(content().string(containsString("aria-label=\"Fjern Lønadministration\"")));
        assertThat(pools.needs(actors.of(host.staff().accountId()), poolId)).isEmpty();

        fields.remove("remove");
        fields.remove("skills[0].skillId");
        fields.remove("skills[0].minLevel");
        mvc.perform(postForm(base + "/needs", fields)).andExpect(redirectedUrl(base + "/needs"));
        assertThat(pools.needs(actors.of(host.staff().accountId()), poolId))
                .singleElement()
                .satisfies(n -> assertThat(n.skills()).containsExactly(new NeedSkill((short) 2, 1)));
    }

    @Test
    void theSearchFindsSkillsAndShowsNoOtherErrorsYet() throws Exception {
        var fields = needFields();
        fields.put("title", "");
        fields.put("skillSearch", "bogf");
        fields.put("search", "1");
        mvc.perform(postForm(base + "/needs", fields))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"bogf\"")))
                .andExpect(content().string(containsString("aria-label=\"Tilføj Bogføring\"")))
                .andExpect(content().string(not(containsString("id=\"title-error\""))));
        assertThat(pools.needs(actors.of(host.staff().accountId()), poolId)).isEmpty();
    }

    @ParameterizedTest(name = "{0} = \"{1}\" ({2})")
    @CsvSource(
            delimiter = '|',
            value = {
                "skills[0].skillId|abc|save",
                "skills[0].skillId|abc|add",
                "skills[0].skillId|9999|save",
                "skills[0].minLevel|x|save",
                "skills[0].minLevel|x|search",
                "skills[0].minLevel|0|save"
            })
    void aJunkSkillOrLevelIsAFieldErrorAndNothingIsPosted(String field, String value, String button) throws Exception {
        var fields = needFields();
        fields.put("skills[0].skillId", "1");
        fields.put("skills[0].minLevel", "2");
        fields.put(field, value);
        fields.put(button, button.equals("add") ? "2" : "1");
        mvc.perform(postForm(base + "/needs", fields))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("needForm", field))
                .andExpect(content().string(containsString("class=\"field-error\"")))
                .andExpect(content().string(containsString("value=\"Kasse og lager\"")));
        assertThat(pools.needs(actors.of(host.staff().accountId()), poolId)).isEmpty();
    }

    @Test
    void onAnExistingNeedThePickerSavesNothingAndTheVersionCheckStays() throws Exception {
        long needId = pools.postNeed(
                actors.of(host.staff().accountId()), poolId, need("Opvask", DayOfWeek.MONDAY, 8, 12, "4"));
        String edit = base + "/needs/" + needId + "/edit";
        var fields = needFields();
        fields.put("title", "Opvask og kasse");
        fields.put("add", "1");
        mvc.perform(postForm(edit, fields))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Opvask og kasse\"")))
                .andExpect(content().string(containsString("<legend>Bogføring</legend>")));
        Pools.Need unchanged = pools.ownNeed(actors.of(host.staff().accountId()), poolId, needId);
        assertThat(unchanged.title()).isEqualTo("Opvask");
        assertThat(unchanged.skills()).isEmpty();

        // saved elsewhere in between: Save is refused, not overwritten
        pools.updateNeed(
                actors.of(host.staff().accountId()),
                poolId,
                needId,
                unchanged.version(),
                need("Opvask", DayOfWeek.TUESDAY, 8, 12, "4"));
        fields.remove("add");
        fields.put("version", String.valueOf(unchanged.version()));
        fields.put("skills[0].skillId", "1");
        fields.put("skills[0].minLevel", "1");
        mvc.perform(postForm(edit, fields))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nogen har ændret det imens.")));
        assertThat(pools.ownNeed(actors.of(host.staff().accountId()), poolId, needId)
                        .title())
                .isEqualTo("Opvask");

        // another organisation cannot use the picker on this need
        var other = sessions.cooperative("Fremmed", true);
        var request = post(edit).with(csrf()).session(other.staff().session());
        fields.put("add", "2");
        fields.forEach(request::param);
        mvc.perform(request).andExpect(status().isNotFound());
    }

    @Test
    void suggestionsWhileTypingAreForCooperativeStaffAndConsultantsOnly() throws Exception {
        mvc.perform(get("/pools/skills/suggestions")
                        .param("skillSearch", "bogf")
                        .session(host.staff().session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-label=\"Tilføj Bogføring\"")));
        mvc.perform(get("/pools/skills/suggestions")
                        .param("skillSearch", "bogf")
                        .session(sessions.freelancer("Frida Fri").session()))
                .andExpect(status().isForbidden());
    }
}
