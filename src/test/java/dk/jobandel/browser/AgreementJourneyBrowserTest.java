package dk.jobandel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.agreements.AgreementFixtures;
import dk.jobandel.agreements.Agreements;
import dk.jobandel.agreements.Creation;
import dk.jobandel.agreements.NewAgreement;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.Organisations;
import dk.jobandel.roles.SharedRoles;
import dk.jobandel.shared.WeekGrid;
import dk.jobandel.testsupport.Browser;
import dk.jobandel.testsupport.BrowserTest;
import dk.jobandel.testsupport.Sessions;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A freelancer opens an agreement from the dashboard, reads its calendar file through the page's link, and ends it
 * with a date; the page then shows the change in its history, in Danish and English.
 */
@BrowserTest
class AgreementJourneyBrowserTest {

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    SharedRoles roles;

    @Autowired
    Agreements agreements;

    @Test
    void aFreelancerReadsTheAgreementDownloadsTheCalendarAndEndsIt(Browser browser) {
        var fixtures = new AgreementFixtures(registration, organisations, roles);
        var coop = fixtures.cooperative("Andelskøkkenet");
        long role = fixtures.role(coop, "Kok i frokostkantinen");
        String email = Sessions.uniqueEmail("amira");
        long amira = fixtures.freelancer("Amira Nielsen", email);
        long bo = fixtures.freelancer("Bo Jensen");
        LocalDate start = LocalDate.now(ZoneId.of("Europe/Copenhagen")).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        Creation created = agreements.create(new NewAgreement(
                role,
                null,
                start,
                null,
                List.of(
                        new NewAgreement.Party(amira, WeekGrid.parse("man 08:00–16:00, tir 08:00–16:00")),
                        new NewAgreement.Party(bo, WeekGrid.parse("ons 08:00–16:00, tor 08:00–16:00"))),
                coop.staffId()));
        assertThat(created).isInstanceOf(Creation.Created.class);

        browser.open("/login");
        browser.type("email", email);
        browser.type("password", Sessions.PASSWORD);
        browser.press("Log ind");
        assertThat(browser.text()).contains("Aftaler").contains("Kok i frokostkantinen");
        browser.follow("Kok i frokostkantinen");
        assertThat(browser.text())
                .contains("Aftale: Kok i frokostkantinen hos Andelskøkkenet")
                .contains("Amira Nielsen")
                .contains("Bo Jensen")
                .contains("16,0 timer om ugen")
                .contains("Oprettet: Aktiv");
        browser.checkPage("agreement");

        // the calendar link, fetched with the member's session as the browser would download it
        String href = browser.find(By.partialLinkText("(.ics)")).getAttribute("href");
        Object ics = ((JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));",
                        href);
        assertThat((String) ics)
                .startsWith("BEGIN:VCALENDAR")
                .contains("TZID:Europe/Copenhagen", "RRULE:FREQ=WEEKLY", "SUMMARY:Kok i frokostkantinen")
                .doesNotContain("Bo Jensen");

        // ending: first without a date, then with one
        browser.press("Opsig aftalen");
        assertThat(browser.errorOf("lastDay")).isEqualTo("Vælg den sidste arbejdsdag.");
        browser.checkPage("agreement-end-error");
        LocalDate lastDay = start.plusWeeks(8).minusDays(1);
        // a date input takes the date as typed in the browser's locale; set its value the way a picker would
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('lastDay').value = arguments[0]", lastDay.toString());
        browser.type("reason", "Jeg skal på barsel");
        browser.press("Opsig aftalen");
        assertThat(browser.text())
                .contains("Aftalen er opsagt.")
                .contains("Fra " + start.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")) + " til og med "
                        + lastDay.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")))
                .contains("Aktiv → Opsagt")
                .contains("af Amira Nielsen")
                .contains("Begrundelse: Jeg skal på barsel");
        browser.checkPage("agreement-ended");

        browser.press("English");
        assertThat(browser.text())
                .contains("Agreement: Kok i frokostkantinen at Andelskøkkenet")
                .contains("Active → Ended")
                .contains("Reason: Jeg skal på barsel");
        browser.checkPage("agreement-ended-en");
    }
}
