package dk.jobandel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.MemberRegistration.NewPerson;
import dk.jobandel.members.Role;
import dk.jobandel.testsupport.Browser;
import dk.jobandel.testsupport.BrowserTest;
import dk.jobandel.testsupport.Sessions;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

/** A cooperative registers, a consultant verifies it, and it posts and publishes a two-person shared role. */
@BrowserTest
class CooperativeRoleJourneyBrowserTest {

    private static final String PASSWORD = Sessions.PASSWORD;

    @Autowired
    MemberRegistration registration;

    @Autowired
    dk.jobandel.notifications.MailOutbox outbox;

    private static WebElement cell(Browser browser, int day, int slot) {
        return browser.find(By.cssSelector("td[data-day='" + day + "'][data-slot='" + slot + "']"));
    }

    private static void logIn(Browser browser, String email) {
        browser.open("/login");
        browser.type("email", email);
        browser.type("password", PASSWORD);
        browser.press("Log ind");
    }

    private static void logOut(Browser browser) {
        browser.press("Log ud");
    }

    @Test
    void aCooperativeIsVerifiedAndPublishesATwoPersonSharedRole(Browser browser) {
        String coopEmail = Sessions.uniqueEmail("coop");
        String cvr = Sessions.uniqueCvr();
        browser.open("/register/cooperative");
        browser.type("organisationName", "Solsikken Arbejderkooperativ");
        browser.type("cvr", cvr);
        browser.choose("organisationType", "Arbejderkooperativ");
        browser.choose("municipalityCode", "Odense");
        browser.type("displayName", "Birgitte Holm");
        browser.type("email", coopEmail);
        browser.type("password", PASSWORD);
        browser.type("passwordConfirmation", PASSWORD);
        browser.check("consent1");
        browser.press("Registrér organisationen");
        logIn(browser, coopEmail);
        assertThat(browser.text()).contains("Afventer godkendelse");

        // the address is confirmed with the link in the sign-up mail (else the consultant cannot verify)
        var link = java.util.regex.Pattern.compile("http://localhost:8080(/account/email/verify\\?token=\\S+)")
                .matcher(outbox.newestTo(coopEmail, 1).getFirst().body());
        assertThat(link.find()).isTrue();
        browser.open(link.group(1));
        browser.checkPage("email-verify");
        browser.press("Bekræft adressen");
        assertThat(browser.text()).contains("Din e-mailadresse er bekræftet");

        // a draft can be prepared before verification, but not published
        browser.follow("Stillinger");
        assertThat(browser.text()).contains("afventer godkendelse");
        browser.checkPage("roles-empty");
        logOut(browser);

        String consultantEmail = Sessions.uniqueEmail("consultant");
        registration.createStaffAccount(
                new NewPerson("Mette Lund", consultantEmail, PASSWORD, Locale.of("da")), EnumSet.of(Role.CONSULTANT));
        logIn(browser, consultantEmail);
        browser.follow("Organisationer");
        browser.checkPage("consultant-organisations");
        browser.follow("Solsikken Arbejderkooperativ");
        assertThat(browser.text()).contains(cvr).contains("Birgitte Holm");
        browser.checkPage("consultant-organisation");
        browser.press("Afvis med begrundelse");
        assertThat(browser.errorOf("reason")).isEqualTo("Skriv en begrundelse for afvisningen.");
        browser.press("Godkend organisationen");
        assertThat(browser.text()).contains("Organisationen er godkendt.");
        logOut(browser);

        logIn(browser, coopEmail);
        assertThat(browser.text()).contains("Godkendt");
        browser.follow("Stillinger");
        browser.follow("Opret en delt stilling");
        browser.checkPage("role-form");
        browser.type("title", "Bogholder");
        browser.type("description", "Bogføring og moms for kooperativets butik.");
        browser.choose("sharers", "2 personer");
        browser.type("handoverMinutes", "30");
        // Monday and Tuesday 09:00–15:00 painted by dragging
        for (int day = 0; day < 2; day++) {
            new Actions(browser.driver())
                    .clickAndHold(cell(browser, day, 18))
                    .moveToElement(cell(browser, day, 24))
                    .moveToElement(cell(browser, day, 29))
                    .release()
                    .perform();
        }
        // the skills picker: suggestions while typing (htmx); the painted week stays as it is
        browser.type("skillSearch", "bogf");
        browser.waitForText("kompetencer passer", java.time.Duration.ofSeconds(10));
        browser.click(By.cssSelector("#skill-suggestions button[aria-label='Tilføj Bogføring']"));
        assertThat(browser.findAll(By.cssSelector(".skill-chosen-item legend")))
                .extracting(WebElement::getText)
                .containsExactly("Bogføring");
        browser.choose("skills0.requirement", "Skal have (alle)");
        browser.find(By.cssSelector("input[name='skills[0].minLevel'][value='2']"))
                .click();
        browser.checkPage("role-form-skill-picked");
        browser.type("payFrom", "225");
        browser.checkPage("role-form-filled");
        browser.press("Gem stillingen");
        assertThat(browser.text())
                .contains("Stillingen er gemt.")
                .contains("Kladde")
                .contains("man 09:00–15:00, tir 09:00–15:00")
                .contains("Bogføring – Skal have (alle), mindst 2 – erfaren");
        assertThat(browser.findAll(By.cssSelector("table.week-picture td.on"))).hasSize(12);
        assertThat(browser.find(By.cssSelector(".timeline-steps [aria-current='step']"))
                        .getText())
                .isEqualTo("Kladde");
        assertThat(browser.text()).contains("Det venter I på:");
        String rolePage = browser.path();
        browser.checkPage("role-draft");

        browser.press("Slå stillingen op");
        assertThat(browser.text()).contains("Stillingen er slået op.").contains("Slået op");
        assertThat(browser.text()).contains("At matchningen finder folk, der passer.");
        browser.checkPage("role-published");
        logOut(browser);

        logIn(browser, consultantEmail);
        browser.open("/consultant/roles?status=PUBLISHED");
        assertThat(browser.text()).contains("Bogholder").contains("Solsikken Arbejderkooperativ");
        browser.checkPage("consultant-roles");
        logOut(browser);

        // the dashboard lists the role with its status; closing it asks first, on a page of its own
        logIn(browser, coopEmail);
        assertThat(browser.find(By.cssSelector(".roles-panel")).getText())
                .contains("Opret stilling")
                .contains("Bogholder")
                .contains("Slået op");
        browser.checkPage("cooperative-dashboard");
        browser.open(rolePage);
        browser.follow("Luk stillingen");
        assertThat(browser.text()).contains("Luk stillingen „Bogholder“?");
        browser.checkPage("role-confirm-close");
        browser.follow("Nej, tilbage til stillingen");
        assertThat(browser.text()).contains("Slået op");
        browser.follow("Luk stillingen");
        browser.press("Luk stillingen");
        assertThat(browser.text()).contains("Stillingen er lukket.");
    }
}
