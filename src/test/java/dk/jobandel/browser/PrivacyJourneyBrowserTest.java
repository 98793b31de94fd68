package dk.jobandel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.freelancers.FreelancerProfiles;
import dk.jobandel.freelancers.Profile;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.MemberRegistration.NewPerson;
import dk.jobandel.privacy.Exports;
import dk.jobandel.testsupport.Browser;
import dk.jobandel.testsupport.BrowserTest;
import dk.jobandel.testsupport.Sessions;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Locale;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A freelancer asks for a copy of their data, downloads it when it is ready, withdraws the consent to situation
 * facts and deletes the account, checked with axe on every page.
 */
@BrowserTest
class PrivacyJourneyBrowserTest {

    @Autowired
    MemberRegistration registration;

    @Autowired
    FreelancerProfiles profiles;

    @Autowired
    Exports exports;

    @Test
    void exportDownloadWithdrawAndDelete(Browser browser) throws Exception {
        String email = Sessions.uniqueEmail("privacy");
        long id = registration.registerFreelancer(
                new NewPerson("Signe Privat", email, Sessions.PASSWORD, Locale.of("da")));
        Profile profile = profiles.profileOf(id);
        profiles.changeSituation(id, profile.version(), new Profile.Situation(Instant.now(), true, true, false, false));

        browser.open("/login");
        browser.type("email", email);
        browser.type("password", Sessions.PASSWORD);
        browser.press("Log ind");
        browser.open("/privacy/my-data");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Mine data");
        browser.checkPage("my-data");

        browser.press("Bed om en kopi");
        assertThat(browser.text()).contains("Vi laver din kopi nu", "Laves nu");
        browser.checkPage("export-requested");

        exports.buildWaiting();
        browser.open("/privacy/my-data");
        var link = browser.find(By.linkText("Hent ZIP-fil")).getAttribute("href");
        browser.checkPage("export-ready");
        var session = browser.driver().manage().getCookieNamed("JOBANDEL_SESSION");
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(link))
                                .header("Cookie", "JOBANDEL_SESSION=" + session.getValue())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        var names = new ArrayList<String>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertThat(names).contains("account.json", "profile.json", "privacy.json", "LAESMIG.txt");
        // without the member's session the same link leads to the login page
        var anonymous = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(anonymous.statusCode()).isEqualTo(302);

        browser.click(By.cssSelector("form[action$='/consents/SITUATION_FACTS/withdraw'] button"));
        assertThat(browser.text()).contains("Dit samtykke er trukket tilbage.", "Trukket tilbage");
        assertThat(profiles.profileOf(id).situation()).isNull();
        browser.checkPage("consent-withdrawn");

        browser.follow("Slet min konto");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Slet din konto");
        browser.checkPage("erase");
        browser.press("Slet min konto for altid");
        assertThat(browser.errorOf("confirm")).isEqualTo("Sæt flueben for at bekræfte.");
        browser.checkPage("erase-with-errors");

        browser.type("password", Sessions.PASSWORD);
        browser.check("confirm");
        browser.press("Slet min konto for altid");
        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.text()).contains("Din konto er slettet.");
        browser.checkPage("erased");

        browser.open("/privacy/my-data");
        assertThat(browser.path()).isEqualTo("/login");
    }
}
