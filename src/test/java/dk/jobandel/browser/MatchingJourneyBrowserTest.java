package dk.jobandel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.testsupport.Browser;
import dk.jobandel.testsupport.BrowserTest;
import dk.jobandel.testsupport.WithoutJavaScript;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.test.context.ActiveProfiles;

/** On the demo data a consultant runs matching and opens a shared role's teams with their explanation. */
@BrowserTest
@ActiveProfiles("demo")
class MatchingJourneyBrowserTest {

    @Test
    void aConsultantRunsMatchingWatchesItFinishAndReadsATeamsExplanation(Browser browser) {
        browser.open("/login");
        browser.type("email", "konsulent@demo.jobandel.dk");
        browser.type("password", "jobandel-demo-2026");
        browser.press("Log ind");
        browser.follow("Matching");
        browser.checkPage("matching-overview");
        browser.press("Kør matching nu");
        assertThat(browser.path()).startsWith("/consultant/matching/runs/");
        // the page follows the run by itself (htmx) until it is done
        browser.waitForText("Se stillingerne og deres forslag", Duration.ofSeconds(60));
        assertThat(browser.text()).contains("Færdig").contains("En konsulent");
        browser.checkPage("matching-run-done");

        browser.follow("Se stillingerne og deres forslag");
        assertThat(browser.text()).contains("Hver offentliggjort stilling og dens bedste forslag");
        browser.follow("Energirådgiver");
        assertThat(browser.text())
                .contains("Forslag til Energirådgiver")
                .contains("Hold 1")
                .contains("Enkeltkandidater")
                .contains("arbejder")
                .contains(" → ")
                .contains("Overlevering (to på arbejde samtidig)")
                .doesNotContain("Begge på arbejde");
        browser.find(By.cssSelector("main summary")).click();
        assertThat(browser.text())
                .contains("Retfærdig fordeling af timerne")
                .contains("Arbejdsstil, der passer sammen");
        browser.checkPage("role-proposals-da");
        browser.press("English");
        assertThat(browser.text())
                .contains("Proposals for Energirådgiver")
                .contains("Team 1")
                .contains("Handover (two at work at once)")
                .contains("Single candidates");
        browser.checkPage("role-proposals-en");
        browser.press("Dansk"); // the choice is remembered for the account, which other journeys share
    }

    @Test
    @WithoutJavaScript
    void withoutJavaScriptTheRunPageIsRefreshedByHand(Browser browser) {
        browser.open("/login");
        browser.type("email", "konsulent@demo.jobandel.dk");
        browser.type("password", "jobandel-demo-2026");
        browser.press("Log ind");
        browser.open("/consultant/matching");
        browser.press("Kør matching nu");
        for (int i = 0; i < 120 && !browser.text().contains("Se stillingerne og deres forslag"); i++) {
            browser.follow("Opdatér"); // what a person does; each request shows the run's progress so far
        }
        assertThat(browser.text()).contains("Færdig");
        browser.checkPage("matching-run-done-without-js");
        browser.follow("Se stillingerne og deres forslag");
        browser.follow("Kok i frokostkantinen");
        assertThat(browser.text()).contains("Hold 1").contains(" → ");
    }
}
