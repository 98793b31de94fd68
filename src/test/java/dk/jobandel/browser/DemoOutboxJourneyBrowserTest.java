package dk.jobandel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.members.MemberDirectory;
import dk.jobandel.notifications.MailDispatcher;
import dk.jobandel.notifications.NoticeKind;
import dk.jobandel.notifications.Notifications;
import dk.jobandel.testsupport.Browser;
import dk.jobandel.testsupport.BrowserTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.ActiveProfiles;

/** In the demo, a freelancer reads the e-mail Jobandel would have sent them in the local outbox. */
@BrowserTest
@ActiveProfiles("demo")
class DemoOutboxJourneyBrowserTest {

    private static final String FREELANCER = "freelancer@demo.jobandel.dk";

    @Autowired
    Notifications notifications;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    MemberDirectory directory;

    @Value("${jobandel.demo.password}")
    String password;

    @Test
    void aFreelancerReadsTheirMailInTheDemoOutbox(Browser browser) {
        long freelancer = directory.accountIdOf(FREELANCER).orElseThrow();
        notifications.notify(
                freelancer,
                NoticeKind.OFFER_RECEIVED,
                List.of("Kok i frokostkantinen", "Andelskøkkenet Nørrebro", LocalDate.of(2026, 6, 1)),
                "/dashboard");
        dispatcher.deliverDue();

        browser.open("/login");
        browser.type("email", FREELANCER);
        browser.type("password", password);
        browser.press("Log ind");
        browser.open("/demo/outbox");
        assertThat(browser.text())
                .contains("Nyt tilbud: Kok i frokostkantinen hos Andelskøkkenet Nørrebro")
                .contains("svar ja eller nej senest 1. juni 2026")
                .contains("Kun i den lokale udbakke (ingen mailserver)");
        browser.checkPage("demo-outbox");
    }
}
