package dk.jobandel.notifications;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.Organisations;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** In the demo profile the local outbox is a page: consultants read every mail, members their own. */
@ApplicationTest
@ActiveProfiles("demo")
class DemoOutboxIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    Notifications notifications;

    @Autowired
    MailOutbox outbox;

    @Autowired
    MailDispatcher dispatcher;

    @Test
    void consultantsReadEveryMailAndMembersOnlyTheirOwn() throws Exception {
        var sessions = new Sessions(mvc, registration, organisations);
        var freelancer = sessions.freelancer("Frida");
        notifications.notify(
                freelancer.accountId(), NoticeKind.OFFER_EXPIRED, List.of("Bager", "Brødkollektivet"), "/dashboard");
        outbox.enqueue("someone-else@example.dk", null, Locale.of("da"), "Et andet emne", "Hemmelig tekst");
        dispatcher.deliverDue();

        mvc.perform(get("/demo/outbox").session(freelancer.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tilbuddet om Bager hos Brødkollektivet er udløbet")))
                .andExpect(content().string(containsString("Hej Frida")))
                .andExpect(content().string(containsString("Kun i den lokale udbakke (ingen mailserver)")))
                .andExpect(content().string(not(containsString("Et andet emne"))));

        var consultant = sessions.consultant("Mette");
        mvc.perform(get("/demo/outbox").session(consultant.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Et andet emne")))
                .andExpect(content().string(containsString("Hemmelig tekst")))
                .andExpect(content().string(containsString(freelancer.email())));

        mvc.perform(get("/demo/outbox")).andExpect(redirectedUrl("/login"));
    }
}
