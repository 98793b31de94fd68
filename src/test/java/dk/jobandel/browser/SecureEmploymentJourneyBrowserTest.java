package dk.jobandel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.MemberRegistration.NewOrganisation;
import dk.jobandel.members.MemberRegistration.NewPerson;
import dk.jobandel.members.OrganisationKind;
import dk.jobandel.members.OrganisationType;
import dk.jobandel.members.Organisations;
import dk.jobandel.members.Role;
import dk.jobandel.testsupport.Browser;
import dk.jobandel.testsupport.BrowserTest;
import dk.jobandel.testsupport.Sessions;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 21's guidance and pool checks in the browser: a cooperative asks for advice on secure shared employment from
 * its dashboard and a consultant takes the course and moves it to the plan; a cooperative fills in a pool with no
 * pension, sees the finding appear as it types (htmx), checks with the button, is refused creation and creates it once
 * the pension is stated; later the host lowers the pension to none on the pool's terms page, is refused, and saves 10 %.
 * Every page is checked with axe.
 */
@BrowserTest
class SecureEmploymentJourneyBrowserTest {

    private static final String PASSWORD = Sessions.PASSWORD;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    private static void logIn(Browser browser, String email) {
        browser.open("/login");
        browser.type("email", email);
        browser.type("password", PASSWORD);
        browser.press("Log ind");
    }

    private String cooperative(String name) {
        String email = Sessions.uniqueEmail("coop");
        long id = registration.registerCooperative(
                new NewOrganisation(
                        name,
                        Sessions.uniqueCvr(),
                        OrganisationType.WORKER_COOPERATIVE,
                        OrganisationKind.COOPERATIVE,
                        (short) 751),
                new NewPerson("Signe Deling", email, PASSWORD, Locale.of("da")));
        organisations.verify(id);
        return email;
    }

    private String consultant() {
        String email = Sessions.uniqueEmail("konsulent");
        registration.createStaffAccount(
                new NewPerson("Konsulent Kim", email, PASSWORD, Locale.of("da")), EnumSet.of(Role.CONSULTANT));
        return email;
    }

    @Test
    void aCooperativeAsksForAdviceAndAConsultantTakesTheCourse(Browser browser) {
        String name = "Kulturdeling " + UUID.randomUUID().toString().substring(0, 6);
        String coopEmail = cooperative(name);
        String consultant = consultant();

        logIn(browser, coopEmail);
        browser.open("/dashboard");
        browser.follow("Få råd om sikker delt ansættelse");
        assertThat(browser.text())
                .contains("Sikker delt ansættelse")
                .contains("Puljeaftale mellem medlemmerne med solidarisk hæftelse");
        browser.checkPage("secure-employment-ask");
        browser.type("se-text", "Vi vil dele en bogholder med to andre kooperativer.");
        browser.press("Bed om råd");
        assertThat(browser.text())
                .contains("Jeres anmodning er i konsulenternes modtagelse")
                .contains("Venter på en konsulent")
                .contains("Aftaler på plads");
        String coursePath = browser.path();
        browser.checkPage("secure-employment-course-waiting");
        browser.press("Log ud");

        logIn(browser, consultant);
        browser.open("/consultant/partnerships");
        assertThat(browser.text()).contains(name).contains("Sikker delt ansættelse");
        browser.checkPage("secure-employment-intake");
        browser.follow(name);
        assertThat(browser.text()).contains("Sikker delt ansættelse").contains("Regler for udtræden");
        browser.press("Tag forløbet");
        assertThat(browser.text()).contains("Du har taget forløbet.");
        browser.press("Gå til Afklaring");
        browser.press("Gå til Plan");
        assertThat(browser.text()).contains("Gå til Aftaler på plads");
        browser.checkPage("secure-employment-consultant-course");
        browser.press("Log ud");

        logIn(browser, coopEmail);
        browser.open(coursePath);
        assertThat(browser.text()).contains("Konsulent Kim").doesNotContain("Venter på en konsulent");
        browser.checkPage("secure-employment-course-taken");
    }

    @Test
    void aCooperativeSeesTheMissingPensionOnThePoolFormAndFixesIt(Browser browser) {
        String coopEmail =
                cooperative("Puljedeling " + UUID.randomUUID().toString().substring(0, 6));
        String pool = "Fællespuljen " + UUID.randomUUID().toString().substring(0, 6);
        logIn(browser, coopEmail);
        browser.open("/pools");
        browser.type("name", pool);
        browser.choose("municipalityCode", "Aarhus");
        browser.type("hourlyWage", "185,00");
        browser.type("pensionPercent", "0");
        // the live check (htmx) shows the finding while the user types
        browser.waitForText("Der er ingen pension.", Duration.ofSeconds(10));
        browser.checkPage("pool-form-live-check");
        browser.press("Tjek vilkårene");
        assertThat(browser.text()).contains("Der er ingen pension.");
        assertThat(browser.findAll(By.cssSelector("small[data-rule='NO_PENSION']")))
                .hasSize(1);
        assertThat(browser.find(By.id("name")).getAttribute("value")).isEqualTo(pool);
        browser.checkPage("pool-form-checked");
        browser.press("Opret puljen");
        assertThat(browser.text()).contains("Puljen er ikke oprettet");
        browser.checkPage("pool-form-refused");
        browser.type("pensionPercent", "12");
        browser.press("Opret puljen");
        assertThat(browser.text()).contains(pool).doesNotContain("Der er ingen pension.");
        browser.checkPage("pool-created-with-pension");

        // later the host changes the terms on the pool's own terms page: the same check stands beside the fields
        browser.follow("Ret puljens regler og løn- og ansættelsesvilkår");
        assertThat(browser.find(By.id("pensionPercent")).getAttribute("value")).isEqualTo("12,00");
        browser.type("pensionPercent", "0");
        browser.press("Gem vilkårene");
        assertThat(browser.text()).contains("Vilkårene er ikke gemt").contains("Der er ingen pension.");
        browser.checkPage("pool-terms-refused");
        browser.type("pensionPercent", "10");
        browser.press("Gem vilkårene");
        assertThat(browser.text()).contains("Puljens vilkår er gemt.").contains("10,00 % i pension");
        browser.checkPage("pool-terms-saved");
    }
}
