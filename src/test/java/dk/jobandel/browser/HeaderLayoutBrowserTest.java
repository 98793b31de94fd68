package dk.jobandel.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.MemberRegistration.NewOrganisation;
import dk.jobandel.members.MemberRegistration.NewPerson;
import dk.jobandel.members.OrganisationType;
import dk.jobandel.members.Role;
import dk.jobandel.testsupport.Browser;
import dk.jobandel.testsupport.BrowserTest;
import dk.jobandel.testsupport.Sessions;
import dk.jobandel.testsupport.WithoutJavaScript;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The page header: one row at 1280 px for each kind of member (the consultant's has the most links), the current
 * page marked, and on a narrow screen a menu that opens and leads on without JavaScript.
 */
@BrowserTest
class HeaderLayoutBrowserTest {

    @Autowired
    MemberRegistration registration;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    /** The browser asks for /favicon.ico on a first visit, before anyone signs in: it must be there. */
    @Test
    void theFaviconAnswersWithoutSignIn() throws Exception {
        try (var client = java.net.http.HttpClient.newHttpClient()) {
            var response = client.send(
                    java.net.http.HttpRequest.newBuilder(
                                    java.net.URI.create("http://localhost:" + port + "/favicon.ico"))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("image/"));
            assertThat(response.body()).isNotEmpty();
        }
    }

    /**
     * The accessibility check itself can fail: a field without a label, added to the sign-in page, is reported as a
     * violation (axe reports only violations, see {@link Browser#checkPage}).
     */
    @Test
    void theAccessibilityCheckReportsAFieldWithoutALabel(Browser browser) {
        browser.open("/login");
        browser.checkPage("sign-in-as-served");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("const field = document.createElement('input'); field.id = 'unlabelled';"
                        + " document.querySelector('main').append(field);");
        assertThatThrownBy(() -> browser.checkPage("sign-in-with-unlabelled-field"))
                .hasMessageContaining("Accessibility violations on /login")
                .hasMessageContaining("label")
                .hasMessageContaining("#unlabelled");
    }

    private static void logIn(Browser browser, String email) {
        browser.open("/login");
        browser.type("email", email);
        browser.type("password", Sessions.PASSWORD);
        browser.press("Log ind");
    }

    /**
     * The vertical middles of the header's top-level items (the brand, each link, the "More" and the name's menus):
     * the items differ in height (the brand is larger), so one row means one middle line, and a header one line high.
     */
    private static List<Integer> middles(Browser browser) {
        List<WebElement> items =
                browser.findAll(By.cssSelector(".site-header nav > ul.nav-brand > li, .site-header .nav-links > li"));
        assertThat(items).hasSizeGreaterThan(3);
        return items.stream()
                .map(item -> item.getRect().getY() + item.getRect().getHeight() / 2)
                .toList();
    }

    private static void assertOneRow(Browser browser) {
        List<Integer> middles = middles(browser);
        assertThat(middles)
                .as("vertical middles of the header's items")
                .allSatisfy(middle -> assertThat(middle).isBetween(middles.getFirst() - 6, middles.getFirst() + 6));
        int height = browser.find(By.cssSelector(".site-header nav")).getRect().getHeight();
        assertThat(height).as("the header's height").isLessThan(80);
    }

    private static String current(Browser browser) {
        return browser.find(By.cssSelector(".site-header [aria-current='page']"))
                .getText();
    }

    @Test
    void theHeaderIsOneRowAt1280PixelsForEveryMember(Browser browser) {
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        String consultant = Sessions.uniqueEmail("consultant");
        registration.createStaffAccount(
                new NewPerson("Mette Kristiansen-Lund", consultant, Sessions.PASSWORD, Locale.of("da")),
                EnumSet.of(Role.CONSULTANT));
        logIn(browser, consultant);
        assertOneRow(browser);
        assertThat(current(browser)).isEqualTo("Overblik");
        browser.follow("Gennemgang");
        assertThat(current(browser)).startsWith("Gennemgang");
        assertOneRow(browser);
        browser.checkPage("header-consultant");
        browser.follow("Min konto");
        assertThat(browser.path()).isEqualTo("/account");
        browser.press("Log ud");

        String staff = Sessions.uniqueEmail("staff");
        registration.registerCooperative(
                new NewOrganisation(
                        "Andelsbageriet Nørrebro", Sessions.uniqueCvr(), OrganisationType.WORKER_COOPERATIVE, (short)
                                101),
                new NewPerson("Karen Bjerregaard", staff, Sessions.PASSWORD, Locale.of("da")));
        logIn(browser, staff);
        assertOneRow(browser);
        browser.follow("Stillinger");
        assertThat(current(browser)).isEqualTo("Stillinger");
        browser.checkPage("header-cooperative");
        browser.press("English");
        assertOneRow(browser);
        assertThat(current(browser)).isEqualTo("Roles");
        browser.press("Dansk");
        browser.press("Log ud");

        String freelancer = Sessions.uniqueEmail("freelancer");
        registration.registerFreelancer(
                new NewPerson("Victor Mortensen", freelancer, Sessions.PASSWORD, Locale.of("da")));
        logIn(browser, freelancer);
        assertOneRow(browser);
        browser.checkPage("header-freelancer");
        // the landing page is for visitors: a signed-in member goes to their dashboard
        browser.open("/");
        assertThat(browser.path()).isEqualTo("/dashboard");
        assertThat(browser.text()).contains("Her står du").contains("Det sker nu:");
    }

    @Test
    @WithoutJavaScript
    void onANarrowScreenTheMenuOpensAndLeadsOnWithoutJavaScript(Browser browser) {
        browser.driver().manage().window().setSize(new Dimension(420, 900));
        String freelancer = Sessions.uniqueEmail("freelancer");
        registration.registerFreelancer(
                new NewPerson("Victor Mortensen", freelancer, Sessions.PASSWORD, Locale.of("da")));
        logIn(browser, freelancer);

        // a folded link has no visible text, so it is found by its address
        WebElement profile = browser.find(By.cssSelector(".site-header a[href='/profile']"));
        assertThat(profile.isDisplayed()).as("the links are folded away").isFalse();
        browser.checkPage("narrow-menu-closed");
        browser.find(By.cssSelector(".site-header .nav-menu > summary")).click();
        assertThat(profile.isDisplayed()).as("the menu shows the links").isTrue();
        browser.checkPage("narrow-menu-open");
        browser.follow("Min profil");
        assertThat(browser.path()).startsWith("/profile");
        assertThat(browser.find(By.cssSelector(".site-header a[href='/profile']"))
                        .getAttribute("aria-current"))
                .isEqualTo("page");
        browser.press("Log ud");
        assertThat(browser.text()).contains("Log ind");
    }
}
