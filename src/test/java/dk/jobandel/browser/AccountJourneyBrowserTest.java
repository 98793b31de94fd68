package dk.jobandel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.MemberRegistration.NewPerson;
import dk.jobandel.members.Role;
import dk.jobandel.notifications.MailOutbox;
import dk.jobandel.testsupport.Browser;
import dk.jobandel.testsupport.BrowserTest;
import dk.jobandel.testsupport.Sessions;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

/**
 * A member's account from sign-up on, in a real browser with axe on every page: the e-mail confirmed from the
 * outbox, the account page, a password change that ends the member's other session, a forgotten password reset by
 * its link; and a consultant who sets up an authenticator app and signs in with it.
 */
@BrowserTest
@TestPropertySource(properties = "jobandel.two-factor.required-roles=CONSULTANT,ADMIN")
class AccountJourneyBrowserTest {

    private static final String NEW_PASSWORD = "blå cykel ved havnefronten";
    private static final String RESET_PASSWORD = "tre røde heste på engen";

    @Autowired
    MailOutbox outbox;

    @Autowired
    MemberRegistration registration;

    @Value("${local.server.port}")
    int port;

    private String linkTo(String email, String path) {
        var matcher = Pattern.compile("http://localhost:8080(" + Pattern.quote(path) + "\\S+)")
                .matcher(outbox.newestTo(email, 1).getFirst().body());
        assertThat(matcher.find())
                .as("a link to " + path + " in the newest mail to " + email)
                .isTrue();
        return matcher.group(1);
    }

    private static void logIn(Browser browser, String email, String password) {
        browser.open("/login");
        browser.type("email", email);
        browser.type("password", password);
        browser.press("Log ind");
    }

    /** The member's phone: a second session, signed in over plain HTTP. */
    private final class Phone {
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        Phone logIn(String email, String password) throws Exception {
            String page = http.send(request("/login").GET().build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
            assertThat(csrf.find()).isTrue();
            String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
            var response = http.send(
                    request("/login")
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(response.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/dashboard"));
            return this;
        }

        int accountPageStatus() throws Exception {
            return http.send(request("/account").GET().build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("User-Agent", "Mozilla/5.0 (Linux; Android 14) Chrome/131.0.0.0 Mobile Safari/537.36");
        }
    }

    @Test
    void aMemberConfirmsTheAddressChangesThePasswordAndResetsAForgottenOne(Browser browser) throws Exception {
        String email = Sessions.uniqueEmail("journey");
        browser.open("/register/freelancer");
        browser.type("displayName", "Rasmus Holm");
        browser.type("email", email);
        browser.type("password", Sessions.PASSWORD);
        browser.type("passwordConfirmation", Sessions.PASSWORD);
        browser.check("consent1");
        browser.press("Opret konto");
        logIn(browser, email, Sessions.PASSWORD);

        browser.open(linkTo(email, "/account/email/verify?token="));
        browser.checkPage("email-verify");
        browser.press("Bekræft adressen");
        assertThat(browser.text()).contains("Din e-mailadresse er bekræftet");
        browser.checkPage("email-confirmed");

        var phone = new Phone().logIn(email, Sessions.PASSWORD);
        assertThat(phone.accountPageStatus()).isEqualTo(200);

        browser.follow("Min konto");
        assertThat(browser.text())
                .contains("(bekræftet)")
                .contains("Chrome på Android")
                .contains("(denne session)");
        browser.checkPage("account");

        browser.type("currentPassword", Sessions.PASSWORD);
        browser.type("newPassword", NEW_PASSWORD);
        browser.type("newPasswordConfirmation", NEW_PASSWORD);
        browser.press("Skift adgangskode");
        assertThat(browser.text()).contains("Din adgangskode er skiftet").doesNotContain("Chrome på Android");
        assertThat(phone.accountPageStatus()).as("the phone's session ended").isEqualTo(302);
        browser.checkPage("account-password-changed");
        browser.press("Log ud");

        browser.open("/login");
        browser.follow("Glemt adgangskode?");
        browser.checkPage("password-forgot");
        browser.type("email", email);
        browser.press("Send link");
        assertThat(browser.text()).contains("Hvis adressen hører til en konto");
        browser.open(linkTo(email, "/password/reset?token="));
        browser.checkPage("password-reset");
        browser.type("password", RESET_PASSWORD);
        browser.type("passwordConfirmation", RESET_PASSWORD);
        browser.press("Gem adgangskode");
        assertThat(browser.text()).contains("Din adgangskode er skiftet. Log ind med den nye.");
        logIn(browser, email, RESET_PASSWORD);
        assertThat(browser.path()).isEqualTo("/dashboard");
    }

    @Test
    void aConsultantSetsUpAnAuthenticatorAppAndSignsInWithIt(Browser browser) throws Exception {
        String email = Sessions.uniqueEmail("consultant");
        registration.createStaffAccount(
                new NewPerson("Mette Lund", email, Sessions.PASSWORD, Locale.of("da")), EnumSet.of(Role.CONSULTANT));
        logIn(browser, email, Sessions.PASSWORD);
        assertThat(browser.path()).isEqualTo("/account/two-factor/setup");
        browser.checkPage("two-factor-setup");
        String secret = browser.find(By.id("secret")).getText();
        browser.type("code", code(secret, 0));
        browser.press("Slå totrinsbekræftelse til");
        assertThat(browser.text()).contains("Dine gendannelseskoder");
        browser.checkPage("recovery-codes");
        browser.follow("Jeg har gemt koderne");
        browser.follow("Organisationer");
        browser.press("Log ud");

        logIn(browser, email, Sessions.PASSWORD);
        assertThat(browser.path()).startsWith("/login/two-factor");
        browser.checkPage("two-factor");
        browser.type("code", "000000");
        browser.press("Fortsæt");
        assertThat(browser.errorOf("code")).contains("Koden passer ikke");
        browser.type("code", code(secret, 1));
        browser.press("Fortsæt");
        assertThat(browser.path()).isEqualTo("/dashboard");
        browser.follow("Organisationer");
        assertThat(browser.path()).isEqualTo("/consultant/organisations");
    }

    private static String code(String secret, int offset) throws Exception {
        var totp = new TimeBasedOneTimePasswordGenerator();
        var key = new SecretKeySpec(dk.jobandel.accounts.core.Base32.decode(secret), "HmacSHA1");
        return totp.generateOneTimePasswordString(
                key, Instant.now().plus(totp.getTimeStep().multipliedBy(offset)), Locale.ROOT);
    }
}
