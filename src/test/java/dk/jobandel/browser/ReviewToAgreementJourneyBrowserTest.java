package dk.jobandel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.testsupport.Browser;
import dk.jobandel.testsupport.BrowserTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole path on the demo data across three people's browsers: a consultant runs matching and approves a
 * two-person team; both freelancers and the cooperative say yes; all three open the agreement and fetch its
 * calendar. Its own application context, because the agreement books demo people's time.
 */
@BrowserTest
@ActiveProfiles("demo")
// a database of its own (every distinct property set is one): not a setting, the offers' expiry is the default 7 days
@TestPropertySource(properties = "jobandel.test.own-database=review-to-agreement-journey")
class ReviewToAgreementJourneyBrowserTest {

    static final String ROLE = "Tømrer til energirenovering";
    static final String PASSWORD = "jobandel-demo-2026";

    @Autowired
    JdbcClient jdbc;

    @Test
    void aConsultantApprovesATeamEveryoneSaysYesAndAllSeeTheAgreement(Browser browser) {
        logIn(browser, "konsulent@demo.jobandel.dk");
        browser.follow("Matching");
        browser.press("Kør matching nu");
        browser.waitForText("Se stillingerne og deres forslag", Duration.ofSeconds(60));

        browser.follow("Gennemgang");
        // the queue names the people, the role and organisation, the score and how long each has waited
        assertThat(browser.text()).contains("Personer").contains("Har ventet").contains(ROLE);
        browser.checkPage("review-queue");
        browser.click(By.linkText("Score"));
        assertThat(browser.path()).isEqualTo("/consultant/review?sort=score");
        browser.checkPage("review-queue-by-score");
        browser.click(By.xpath("//tr[td/span[normalize-space()='" + ROLE + "']]/th/a"));
        assertThat(browser.text())
                .contains("Dækning", "Kompetencer", "Arbejdsstil", "Rettigheder")
                .contains("Hvad det betyder for hver person")
                .contains("Ansættelsesbevis")
                .contains("Justér fordelingen")
                .containsPattern("Forslag \\d+ af \\d+")
                .containsPattern("→ .+ (man|tir|ons|tor|fre|lør|søn)");
        assertThat(browser.findAll(By.linkText("Næste forslag"))).isNotEmpty();
        browser.checkPage("review-proposal");
        decisionBarFitsAt1280x800(browser);
        browser.press("Godkend og send tilbud");
        assertThat(browser.text())
                .contains("Forslaget er godkendt, og tilbuddene er sendt.")
                .contains("Tilbud sendt");
        assertThat(browser.path()).endsWith("?sort=score"); // the queue's order stays for "Næste forslag"
        browser.checkPage("review-approved");
        browser.press("Log ud");

        List<String> parties =
                jdbc.sql("""
                        select a.email from offer o join account a on a.id = o.freelancer_id
                        join proposal p on p.id = o.proposal_id join shared_role r on r.id = p.role_id
                        where r.title = :role order by o.id
                        """).param("role", ROLE).query(String.class).list();
        String staff = jdbc.sql("""
                        select min(a.email) from shared_role r
                        join organisation_staff s on s.organisation_id = r.organisation_id
                        join account a on a.id = s.account_id where r.title = :role
                        """).param("role", ROLE).query(String.class).single();
        assertThat(parties).hasSize(2);

        for (String freelancer : parties) {
            logIn(browser, freelancer);
            assertThat(browser.text()).contains("1 tilbud venter på dit svar.");
            browser.follow("Se dine tilbud");
            browser.follow(ROLE);
            assertThat(browser.text())
                    .contains("Tilbuddet lykkes kun, hvis alle parter siger ja.")
                    .contains("Kontaktoplysninger vises, når alle har sagt ja.")
                    .contains("Hvad det betyder for dig");
            browser.checkPage("offer-freelancer");
            browser.press("Sig ja");
            assertThat(browser.text()).contains("Du har sagt ja.");
            browser.press("Log ud");
        }

        logIn(browser, staff);
        assertThat(browser.text()).contains("1 tilbud venter på jeres svar.");
        browser.follow("Se jeres tilbud");
        browser.follow(ROLE);
        assertThat(browser.text()).contains("Jeres svar");
        browser.checkPage("offer-cooperative");
        browser.press("Sig ja");
        // the last yes: the flash says the agreement is made, and promises nothing for later
        assertThat(browser.text())
                .contains("I har sagt ja som de sidste, og aftalen er lavet.")
                .contains("Alle har sagt ja, og aftalen er lavet.")
                .doesNotContain("Når alle har sagt ja")
                .contains(parties.getFirst());
        // each party on its own line: the name, the answer, then the contact below
        for (var party : browser.findAll(By.cssSelector(".offer-parties li"))) {
            assertThat(party.getText()).matches("(?s)[^\\n]+ sagt ja\\nKontakt: .+");
        }
        seeTheAgreementAndItsCalendar(browser, "agreement-cooperative");
        browser.press("English");
        assertThat(browser.text()).contains("Agreement").contains(ROLE);
        browser.checkPage("agreement-cooperative-en");
        browser.press("Dansk");
        browser.press("Log ud");

        for (String freelancer : parties) {
            logIn(browser, freelancer);
            assertThat(browser.text()).contains(ROLE);
            browser.follow("Tilbud");
            browser.follow(ROLE);
            browser.follow("Åbn aftalen");
            seeTheAgreementAndItsCalendar(browser, "agreement-freelancer");
            browser.press("Log ud");
        }
    }

    /**
     * Layout (issue 20): in a 1280×800 window the decision bar is on screen without scrolling, the whole bar, as
     * the browser lays it out.
     */
    private void decisionBarFitsAt1280x800(Browser browser) {
        var window = browser.driver().manage().window();
        var before = window.getSize();
        window.setSize(new org.openqa.selenium.Dimension(1280, 800));
        try {
            browser.driver().navigate().refresh();
            var js = (JavascriptExecutor) browser.driver();
            Number bottom = (Number)
                    js.executeScript(
                            "window.scrollTo(0, 0); return document.getElementById('decision').getBoundingClientRect().bottom;");
            Number viewport = (Number) js.executeScript("return window.innerHeight;");
            Number width = (Number) js.executeScript("return window.innerWidth;");
            assertThat(width.intValue()).isGreaterThan(1200);
            assertThat(bottom.doubleValue())
                    .as("the decision bar's bottom at a 1280×800 window (viewport %s px high)", viewport)
                    .isLessThanOrEqualTo(viewport.doubleValue());
            browser.screenshot("review-proposal-1280x800");
        } finally {
            window.setSize(before);
        }
    }

    private void logIn(Browser browser, String email) {
        browser.open("/login");
        browser.type("email", email);
        browser.type("password", PASSWORD);
        browser.press("Log ind");
    }

    private void seeTheAgreementAndItsCalendar(Browser browser, String label) {
        if (!browser.path().startsWith("/agreements/")) {
            browser.follow("Åbn aftalen");
        }
        assertThat(browser.text()).contains("Aftale: " + ROLE).contains("Oprettet: Aktiv");
        browser.checkPage(label);
        String href = browser.find(By.partialLinkText("(.ics)")).getAttribute("href");
        Object ics = ((JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));",
                        href);
        assertThat((String) ics).startsWith("BEGIN:VCALENDAR").contains("RRULE:FREQ=WEEKLY", "SUMMARY:" + ROLE);
    }
}
