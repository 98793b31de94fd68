package dk.jobandel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.testsupport.Browser;
import dk.jobandel.testsupport.BrowserTest;
import dk.jobandel.testsupport.WithoutJavaScript;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** What a newcomer does first: read about Jobandel, sign up, log in, switch language, log out. */
@BrowserTest
class SignUpJourneyBrowserTest {

    private static final String PASSWORD = "grøn cykel under æbletræet";

    private static String email(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.dk";
    }

    @Test
    void aFreelancerSignsUpLogsInSwitchesToEnglishAndLogsOut(Browser browser) {
        browser.open("/");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Del et job. Få et sikkert arbejde.");
        assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("da");
        browser.checkPage("landing");

        browser.follow("Opret dig som freelancer");
        browser.checkPage("freelancer-form");

        String email = email("amira");
        browser.type("displayName", "Amira Nielsen");
        browser.type("email", "amira-at-example.dk");
        browser.type("password", "password");
        browser.type("passwordConfirmation", "password");
        browser.press("Opret konto");
        assertThat(browser.errorOf("email")).startsWith("Skriv en gyldig e-mailadresse");
        assertThat(browser.errorOf("password")).startsWith("Denne adgangskode er for almindelig");
        assertThat(browser.errorOf("consent")).startsWith("Du skal acceptere");
        assertThat(browser.find(By.id("displayName")).getAttribute("value")).isEqualTo("Amira Nielsen");
        browser.checkPage("freelancer-form-with-errors");

        browser.type("email", email);
        browser.type("password", PASSWORD);
        browser.type("passwordConfirmation", PASSWORD);
        browser.check("consent1");
        browser.press("Opret konto");
        assertThat(browser.path()).isEqualTo("/login");
        assertThat(browser.text()).contains("Din konto er oprettet. Log ind for at fortsætte.");
        browser.checkPage("login");

        browser.type("email", email);
        browser.type("password", PASSWORD);
        browser.press("Log ind");
        assertThat(browser.path()).isEqualTo("/dashboard");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Velkommen, Amira Nielsen");
        browser.checkPage("dashboard-da");

        browser.press("English");
        assertThat(browser.path()).isEqualTo("/dashboard");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Welcome, Amira Nielsen");
        assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        browser.checkPage("dashboard-en");

        browser.open("/no/such/page");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Page not found");
        assertThat(browser.text()).doesNotContain("Exception");
        browser.checkPage("not-found-en");
        browser.open("/dashboard");

        browser.press("Log out");
        assertThat(browser.path()).isEqualTo("/?loggedOut");
        assertThat(browser.text()).contains("You are logged out.");
        browser.open("/dashboard");
        assertThat(browser.path()).isEqualTo("/login");
    }

    @Test
    void aCooperativeRegistersAndSeesThatItAwaitsVerification(Browser browser) {
        browser.open("/register");
        browser.checkPage("register-choice");
        browser.follow("Registrér vores organisation");

        String email = email("anders");
        browser.type("organisationName", "Grøn Omstilling Kooperativ");
        browser.type("cvr", "1234 5678");
        browser.press("Registrér organisationen");
        assertThat(browser.errorOf("cvr")).startsWith("Et CVR-nummer har 8 cifre");
        assertThat(browser.errorOf("organisationType")).isEqualTo("Vælg en mulighed.");
        assertThat(browser.errorOf("municipalityCode")).isEqualTo("Vælg en mulighed.");
        browser.checkPage("cooperative-form-with-errors");

        browser.type("cvr", "6910 1801");
        browser.choose("organisationType", "Arbejderkooperativ");
        browser.choose("municipalityCode", "Aarhus");
        browser.type("displayName", "Anders Holm");
        browser.type("email", email);
        browser.type("password", PASSWORD);
        browser.type("passwordConfirmation", PASSWORD);
        browser.check("consent1");
        browser.press("Registrér organisationen");
        assertThat(browser.text()).contains("Jeres organisation er registreret og afventer godkendelse.");

        browser.type("email", email);
        browser.type("password", PASSWORD);
        browser.press("Log ind");
        assertThat(browser.text())
                .contains("Grøn Omstilling Kooperativ")
                .contains("Afventer godkendelse")
                .contains("En konsulent kontrollerer jeres CVR-nummer");
        browser.checkPage("cooperative-dashboard");
    }

    @Test
    @WithoutJavaScript
    void signingUpWorksWithoutJavaScript(Browser browser) {
        browser.open("/register/freelancer");
        String email = email("nojs");
        browser.type("displayName", "Olena Kovalenko");
        browser.type("email", email);
        browser.type("password", PASSWORD);
        browser.type("passwordConfirmation", PASSWORD);
        browser.check("consent1");
        browser.press("Opret konto");
        browser.type("email", email);
        browser.type("password", PASSWORD);
        browser.press("Log ind");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Velkommen, Olena Kovalenko");
        browser.press("English");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Welcome, Olena Kovalenko");
    }

    @Test
    void thePublicPagesAndTheErrorPagesAreAccessibleInBothLanguages(Browser browser) {
        browser.open("/privacy");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Privatliv og persondata");
        browser.checkPage("privacy-da");
        browser.press("English");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Privacy and personal data");
        browser.checkPage("privacy-en");

        browser.open("/login");
        browser.type("email", "freelancer@demo.jobandel.dk");
        browser.type("password", "wrong password");
        browser.press("Log in");
        assertThat(browser.text()).contains("Wrong e-mail or password.");
        browser.checkPage("login-failed-en");
    }
}
