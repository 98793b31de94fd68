package dk.jobandel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.members.Cvr;
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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The scenario: a municipality registers and is verified, records a contract with two social clauses, a SØV
 * shows interest and is chosen, commits to both targets and reports its first quarter, and the municipality sees
 * committed against actual. Every page is checked with axe.
 */
@BrowserTest
class ProcurementJourneyBrowserTest {

    private static final String PASSWORD = Sessions.PASSWORD;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    dk.jobandel.notifications.MailOutbox outbox;

    private static void logIn(Browser browser, String email) {
        browser.open("/login");
        browser.type("email", email);
        browser.type("password", PASSWORD);
        browser.press("Log ind");
    }

    private static void setDate(Browser browser, String id, LocalDate date) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, date.toString());
    }

    @Test
    void aMunicipalityFollowsUpItsSocialClauses(Browser browser) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String municipalityName = "Vejle Kommune " + suffix;
        String sovName = "Rent Rummeligt Vejle " + suffix;
        String title = "Rengøring af rådhuset " + suffix;
        String cvr = Sessions.uniqueCvr();
        String buyer = Sessions.uniqueEmail("indkob");
        String sovEmail = Sessions.uniqueEmail("sov");
        organisations.verify(registration.registerCooperative(
                new NewOrganisation(
                        sovName,
                        Sessions.uniqueCvr(),
                        OrganisationType.SOCIAL_ECONOMY_ENTERPRISE,
                        OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE,
                        (short) 630),
                new NewPerson("Birgitte " + suffix, sovEmail, PASSWORD, Locale.of("da"))));
        String consultant = Sessions.uniqueEmail("konsulent");
        registration.createStaffAccount(
                new NewPerson("Konsulent Karen", consultant, PASSWORD, Locale.of("da")), EnumSet.of(Role.CONSULTANT));

        // the municipality's buyer registers
        browser.open("/register/cooperative");
        browser.type("organisationName", municipalityName);
        browser.type("cvr", cvr);
        browser.choose("organisationKind", "Kommune (indkøb)");
        browser.choose("organisationType", "Kommune");
        browser.choose("municipalityCode", "Vejle");
        browser.type("displayName", "Ida Indkøb");
        browser.type("email", buyer);
        browser.type("password", PASSWORD);
        browser.type("passwordConfirmation", PASSWORD);
        browser.check("consent1");
        browser.press("Registrér organisationen");
        assertThat(browser.text()).contains("afventer godkendelse");
        // the address is confirmed with the link in the sign-up mail (else the consultant cannot verify)
        logIn(browser, buyer);
        var link = java.util.regex.Pattern.compile("http://localhost:8080(/account/email/verify\\?token=\\S+)")
                .matcher(outbox.newestTo(buyer, 1).getFirst().body());
        assertThat(link.find()).isTrue();
        browser.open(link.group(1));
        browser.press("Bekræft adressen");
        browser.press("Log ud");

        // a consultant verifies it
        logIn(browser, consultant);
        long municipalityId = organisations.byCvr(new Cvr(cvr)).orElseThrow().getId();
        browser.open("/consultant/organisations/" + municipalityId);
        browser.press("Godkend organisationen");
        assertThat(browser.text()).contains("Organisationen er godkendt.");
        browser.press("Log ud");

        // the buyer records a contract, with a mistake first
        logIn(browser, buyer);
        browser.follow("Socialt indkøb");
        browser.checkPage("procurement-home");
        browser.follow("Opret en kontrakt");
        browser.type("title", title);
        browser.press("Gem som kladde");
        assertThat(browser.errorOf("service")).isNotEmpty();
        assertThat(browser.errorOf("aboveEuThreshold")).isNotEmpty();
        browser.checkPage("contract-form-errors");
        browser.choose("service", "Rengøring");
        browser.type("estimatedValueDkk", "1500000");
        LocalDate start = LocalDate.now().withDayOfMonth(1).minusMonths(4);
        setDate(browser, "startsOn", start);
        setDate(browser, "endsOn", start.plusYears(2).minusDays(1));
        browser.choose("municipalityCode", "Vejle");
        browser.check("aboveEuThreshold2");
        browser.press("Gem som kladde");
        assertThat(browser.text()).contains("Kontrakten er gemt som kladde.");

        // two clauses from the library, then out for tender
        browser.choose("templateId", "Ansættelse af personer fra målgrupper (personer fra målgrupper)");
        browser.type("target", "4");
        browser.press("Tilføj klausulen");
        browser.choose("templateId", "Timer udført af personer fra målgrupper (timer)");
        browser.type("target", "2000");
        browser.press("Tilføj klausulen");
        assertThat(browser.text())
                .contains("4 personer fra målgrupper")
                .contains("2000 timer")
                .doesNotContain("Overvej disse valg");
        browser.checkPage("contract-with-clauses");
        browser.press("Send i udbud");
        assertThat(browser.text()).contains("Kontrakten er i udbud.");
        browser.press("Log ud");

        // the SØV sees it and shows interest
        logIn(browser, sovEmail);
        browser.follow("Socialt indkøb");
        browser.follow(title);
        browser.checkPage("published-contract-as-supplier");
        browser.type("note", "Vi gør rent på tre kontorhuse i Vejle med hold fra jobcentret.");
        browser.press("Vis interesse");
        assertThat(browser.text()).contains("Jeres interesse er registreret.");
        browser.press("Log ud");

        // the municipality chooses it
        logIn(browser, buyer);
        browser.follow("Socialt indkøb");
        browser.follow(title);
        assertThat(browser.text()).contains(sovName).contains("med hold fra jobcentret");
        browser.checkPage("contract-with-interest");
        browser.check("supplierId1");
        browser.press("Vælg som vinder");
        assertThat(browser.text()).contains("Vinderen er valgt.");
        browser.press("Log ud");

        // the SØV commits to both targets and reports the first quarter
        logIn(browser, sovEmail);
        browser.follow("Socialt indkøb");
        browser.follow(title);
        browser.choose("commit-clause", "Ansættelse af personer fra målgrupper (personer fra målgrupper)");
        browser.type("value", "4");
        browser.press("Gem forpligtelsen");
        browser.choose("commit-clause", "Timer udført af personer fra målgrupper (timer)");
        browser.type("value", "2000");
        browser.press("Gem forpligtelsen");
        assertThat(browser.text()).contains("Forpligtelsen er gemt.");
        String firstQuarter = "Perioden fra " + start.format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        browser.choose("report-clause", "Ansættelse af personer fra målgrupper (personer fra målgrupper)");
        browser.choose("periodStart", firstQuarter);
        browser.press("Send rapporten");
        assertThat(browser.errorOf("actual")).isNotEmpty();
        assertThat(browser.errorOf("evidence")).isNotEmpty();
        browser.checkPage("report-errors");
        browser.choose("report-clause", "Ansættelse af personer fra målgrupper (personer fra målgrupper)");
        browser.choose("periodStart", firstQuarter);
        browser.type("actual", "3");
        browser.type("evidence", "Tre ansatte fra målgruppen; jobcentret har bekræftet.");
        browser.press("Send rapporten");
        browser.choose("report-clause", "Timer udført af personer fra målgrupper (timer)");
        browser.choose("periodStart", firstQuarter);
        browser.type("actual", "260");
        browser.type("evidence", "Timeopgørelse for kvartalet.");
        browser.press("Send rapporten");
        assertThat(browser.text()).contains("Rapporten er gemt.");
        browser.checkPage("supplier-reported");
        browser.press("Log ud");

        // the municipality sees committed against actual
        logIn(browser, buyer);
        browser.follow("Socialt indkøb");
        browser.follow(title);
        assertThat(browser.text())
                .contains("Lovet og leveret")
                .contains("75 % af det lovede")
                .contains("Bagud")
                .contains("Tre ansatte fra målgruppen");
        browser.checkPage("committed-against-actual");
        // a picture of the chart and the table beside it, for people to look at
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('followup-heading').scrollIntoView()");
        browser.screenshot("chart");
    }
}
