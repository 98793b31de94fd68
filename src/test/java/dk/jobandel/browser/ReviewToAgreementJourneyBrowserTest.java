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
@TestPropertySource(properties = "jobandel.offers.expiry-days=7")
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
        browser.checkPage("review-queue");
        browser.follow(ROLE + " (2 personer)");
        assertThat(browser.text())
                .contains("Hvad det betyder for hver person")
                .contains("ansættelsesbevis")
                .contains("Justér fordelingen");
        browser.checkPage("review-proposal");
        browser.press("Godkend og send tilbud");
        assertThat(browser.text())
                .contains("Forslaget er godkendt, og tilbuddene er sendt.")
                .contains("Tilbud sendt");
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
