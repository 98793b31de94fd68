package dk.jobandel.pools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dk.jobandel.members.Actors;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.Organisations;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Enter in the skills picker's search box runs the search without JavaScript (issue 20): a browser submits a form by
 * Enter with the form's first submit button, so in every form holding the picker (the freelancer's skills editor,
 * the role form and the pool-need form) that button is the search, before "Weekdays 8–16", "Remove" or "Save".
 */
@ApplicationTest
class SkillPickerDefaultButtonIntegrationTest {

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

    /** The first submit button of the form that holds the search box {@code skillSearch}. */
    static String defaultButtonOfThePickersForm(String html) {
        int search = html.indexOf("id=\"skillSearch\"");
        assertThat(search).as("the page has the picker's search box").isPositive();
        int form = html.lastIndexOf("<form", search);
        assertThat(html.lastIndexOf("</form>", search))
                .as("the search box is inside the form")
                .isLessThan(form);
        Matcher button = Pattern.compile("<button[^>]*type=\"submit\"[^>]*>").matcher(html);
        assertThat(button.find(form)).isTrue();
        return button.group();
    }

    String page(MockHttpSession session, String path) throws Exception {
        var response = mvc.perform(get(path).session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    @Test
    void theSearchIsTheDefaultButtonOfEveryFormWithThePicker() throws Exception {
        var sessions = new Sessions(mvc, registration, organisations);
        var host = sessions.cooperative("Værten", true);
        var bikes = sessions.cooperative("Cykelkooperativet", true);
        var freelancer = sessions.freelancer("Wilma");
        long poolId = pools.create(
                actors.of(host.staff().accountId()), null, PoolFixtures.details("Pulje " + UUID.randomUUID()));
        pools.apply(actors.of(bikes.staff().accountId()), poolId);
        Pools.Member application =
                pools.overview(actors.of(host.staff().accountId()), poolId, LocalDate.now()).members().stream()
                        .filter(m -> m.organisationId() == bikes.organisationId())
                        .findFirst()
                        .orElseThrow();
        pools.approve(actors.of(host.staff().accountId()), poolId, application.id(), application.version());

        for (String html : java.util.List.of(
                page(freelancer.session(), "/profile/skills"),
                page(bikes.staff().session(), "/roles/new"),
                page(bikes.staff().session(), "/pools/" + poolId + "/needs"))) {
            assertThat(defaultButtonOfThePickersForm(html)).contains("name=\"search\"");
        }
    }
}
