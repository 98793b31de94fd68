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
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A cooperative drafts a role with no pension, checks the terms and sees the finding beside the field, is refused
 * publication with the reason beside the field, fixes the pension and publishes; its dashboard shows the secure-terms
 * score with steps; a consultant sees the role's findings and score. Every page is checked with axe.
 */
@BrowserTest
class AdvisorJourneyBrowserTest {

    private static final String PASSWORD = Sessions.PASSWORD;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    private static WebElement cell(Browser browser, int day, int slot) {
        return browser.find(By.cssSelector("td[data-day='" + day + "'][data-slot='" + slot + "']"));
    }

    private static void logIn(Browser browser, String email) {
        browser.open("/login");
        browser.type("email", email);
        browser.type("password", PASSWORD);
        browser.press("Log ind");
    }

    @Test
    void aCooperativeFixesAMissingPensionAndPublishesAndAConsultantSeesTheScore(Browser browser) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String coopEmail = Sessions.uniqueEmail("coop");
        long organisationId = registration.registerCooperative(
                new NewOrganisation(
                        "Kooperativet Fair " + suffix,
                        Sessions.uniqueCvr(),
                        OrganisationType.WORKER_COOPERATIVE,
                        OrganisationKind.COOPERATIVE,
                        (short) 101),
                new NewPerson("Signe Fair", coopEmail, PASSWORD, Locale.of("da")));
        organisations.verify(organisationId);
        String consultant = Sessions.uniqueEmail("konsulent");
        registration.createStaffAccount(
                new NewPerson("Konsulent Kim", consultant, PASSWORD, Locale.of("da")), EnumSet.of(Role.CONSULTANT));

        logIn(browser, coopEmail);
        browser.open("/roles/new");
        browser.type("title", "Bogholder " + suffix);
        browser.type("description", "Bogføring for butikken.");
        browser.choose("sharers", "2 personer");
        // Monday to Wednesday 08:00–16:00, painted by dragging
        for (int day = 0; day < 3; day++) {
            new Actions(browser.driver())
                    .clickAndHold(cell(browser, day, 16))
                    .moveToElement(cell(browser, day, 24))
                    .moveToElement(cell(browser, day, 31))
                    .release()
                    .perform();
        }
        browser.type("payFrom", "210");
        browser.type("pensionPercent", "0");
        browser.type("agreementName", "HK Privat");
        browser.press("Tjek vilkårene");
        assertThat(browser.text()).contains("Tjek af sikre vilkår").contains("Der er ingen pension.");
        assertThat(browser.findAll(By.cssSelector("small[data-rule='NO_PENSION']")))
                .hasSize(1);
        browser.checkPage("advisor-role-checked");

        browser.press("Gem stillingen");
        assertThat(browser.text()).contains("Stillingen er gemt.").contains("Skal rettes");
        String rolePath = browser.path();
        browser.press("Slå stillingen op");
        assertThat(browser.text())
                .contains("Stillingen kan ikke slås op endnu.")
                .contains("Der er ingen pension.");
        assertThat(browser.path()).endsWith("/edit");
        browser.checkPage("advisor-publish-refused");

        browser.type("pensionPercent", "12");
        browser.press("Gem stillingen");
        browser.press("Slå stillingen op");
        assertThat(browser.text()).contains("Stillingen er slået op.").doesNotContain("Der er ingen pension.");

        browser.open("/dashboard");
        assertThat(browser.text())
                .contains("Sikre vilkår")
                .contains("Bogholder " + suffix)
                .contains("Sådan forbedrer I scoren");
        browser.checkPage("advisor-dashboard");
        browser.press("Log ud");

        logIn(browser, consultant);
        browser.open("/consultant" + rolePath);
        assertThat(browser.text())
                .contains("Sikre vilkår for stillingen")
                .contains("af 10 point")
                .contains("Løn");
        browser.checkPage("advisor-consultant-role");
    }
}
