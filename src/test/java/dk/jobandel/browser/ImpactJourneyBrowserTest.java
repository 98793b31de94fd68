package dk.jobandel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.agreements.AgreementFixtures;
import dk.jobandel.agreements.Agreements;
import dk.jobandel.agreements.NewAgreement;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.MemberRegistration.NewPerson;
import dk.jobandel.members.Organisations;
import dk.jobandel.members.Role;
import dk.jobandel.roles.SharedRoles;
import dk.jobandel.shared.WeekGrid;
import dk.jobandel.testsupport.Browser;
import dk.jobandel.testsupport.BrowserTest;
import dk.jobandel.testsupport.Sessions;
import dk.jobandel.testsupport.WithoutJavaScript;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The impact pages in a real browser without JavaScript, each checked with axe: the public national totals from the
 * footer (a wrong month shown next to its field), the consultants' page filtered to one cooperative and saved as a
 * report, the cooperative's own figures, and a freelancer's consent to impact statistics.
 */
@BrowserTest
class ImpactJourneyBrowserTest {

    private static final String PASSWORD = Sessions.PASSWORD;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    SharedRoles roles;

    @Autowired
    Agreements agreements;

    private static void logIn(Browser browser, String email) {
        browser.open("/login");
        browser.type("email", email);
        browser.type("password", PASSWORD);
        browser.press("Log ind");
    }

    @Test
    @WithoutJavaScript
    void thePublicTheConsultantTheCooperativeAndTheFreelancerSeeTheirFigures(Browser browser) {
        String coopName = "Effektkooperativet " + UUID.randomUUID().toString().substring(0, 6);
        var fixtures = new AgreementFixtures(registration, organisations, roles);
        var coop = fixtures.cooperative(coopName);
        long role = fixtures.role(coop, "Køkkenhjælp");
        LocalDate start = LocalDate.now(ZoneId.of("Europe/Copenhagen")).minusMonths(8);
        for (int i = 0; i < 6; i++) {
            long person = fixtures.freelancer("Deltager " + i);
            agreements.create(new NewAgreement(
                    role,
                    null,
                    start,
                    null,
                    List.of(new NewAgreement.Party(person, WeekGrid.parse("man 08:00–13:00, tir 08:00–13:00"))),
                    coop.staffId()));
        }
        String consultant = Sessions.uniqueEmail("konsulent");
        registration.createStaffAccount(
                new NewPerson("Konsulent Karen", consultant, PASSWORD, Locale.of("da")), EnumSet.of(Role.CONSULTANT));
        String freelancer = Sessions.uniqueEmail("frida");
        registration.registerFreelancer(new NewPerson("Frida Fri", freelancer, PASSWORD, Locale.of("da")));

        browser.open("/");
        browser.follow("Jobandels effekt");
        assertThat(browser.text()).contains("Tal for perioden", "Efter måned", "Efter region", "Sådan tæller vi");
        browser.checkPage("impact-public");
        // a month field cannot hold a wrong month in Chromium, but an address can (and other browsers' text fields)
        browser.open("/impact?from=tretten");
        assertThat(browser.errorOf("from")).isEqualTo("Skriv måneden som år og måned, fx 2026-11.");
        browser.checkPage("impact-public-error");

        logIn(browser, consultant);
        browser.follow("Effekt");
        browser.choose("organisation", coopName);
        browser.press("Vis");
        assertThat(browser.find(By.id("figure-peopleStarted")).getText()).endsWith("5 personer");
        assertThat(browser.text()).contains("Efter køn", "Efter situation på arbejdsmarkedet");
        browser.checkPage("impact-consultant");
        browser.type("name", "Effektkooperativet, otte måneder");
        browser.press("Gem periode og filtre som rapport");
        assertThat(browser.text()).contains("Rapporten er gemt.", "Effekt: Effektkooperativet, otte måneder");
        browser.checkPage("impact-saved-report");
        browser.press("Log ud");

        logIn(browser, coop.staffEmail());
        browser.follow("Effekt");
        assertThat(browser.text()).contains("Effekt: " + coopName);
        assertThat(browser.find(By.id("figure-peopleSecure")).getText()).endsWith("5 personer");
        browser.checkPage("impact-organisation");
        browser.press("Log ud");

        logIn(browser, freelancer);
        browser.follow("Min profil");
        browser.follow("Effektstatistik (frivilligt)");
        browser.choose("gender", "Kvinde");
        browser.type("birthYear", "1991");
        browser.choose("situation", "Langtidsledig");
        browser.press("Gem");
        assertThat(browser.errorOf("agree")).isEqualTo("Sæt kryds for at give samtykke, ellers gemmer vi ikke noget.");
        browser.checkPage("impact-consent-error");
        browser.check("agree");
        browser.press("Gem");
        assertThat(browser.text()).contains("Tak. Dine oplysninger til effektstatistikken er gemt.");
        browser.checkPage("impact-consent");
    }
}
