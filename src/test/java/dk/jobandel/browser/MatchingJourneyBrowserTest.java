package dk.jobandel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.testsupport.Browser;
import dk.jobandel.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;

/** On the demo data a consultant runs matching and opens a shared role's teams with their explanation. */
@BrowserTest
@ActiveProfiles("demo")
class MatchingJourneyBrowserTest {

    @Test
    void aConsultantRunsMatchingAndReadsATeamsExplanation(Browser browser) {
        browser.open("/login");
        browser.type("email", "konsulent@demo.jobandel.dk");
        browser.type("password", "jobandel-demo-2026");
        browser.press("Log ind");
        browser.follow("Matching");
        browser.checkPage("matching-overview");
        browser.press("Kør matching nu");
        assertThat(browser.text()).contains("Matching er kørt.").contains("En konsulent");
        browser.checkPage("matching-done");

        browser.open("/consultant/roles?status=PUBLISHED");
        browser.follow("Energirådgiver");
        browser.follow("Se forslag fra matching");
        assertThat(browser.text())
                .contains("Forslag til Energirådgiver")
                .contains("Hold 1")
                .contains("Retfærdig fordeling af timerne")
                .contains("Arbejdsstil, der passer sammen")
                .contains("timer om ugen");
        browser.checkPage("role-proposals-da");
        browser.press("English");
        assertThat(browser.text())
                .contains("Proposals for Energirådgiver")
                .contains("Team 1")
                .contains("A fair split of the hours");
        browser.checkPage("role-proposals-en");
    }
}
