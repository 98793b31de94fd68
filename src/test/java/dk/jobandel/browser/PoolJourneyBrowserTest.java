package dk.jobandel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.MemberRegistration.NewOrganisation;
import dk.jobandel.members.MemberRegistration.NewPerson;
import dk.jobandel.members.OrganisationType;
import dk.jobandel.members.Organisations;
import dk.jobandel.testsupport.Browser;
import dk.jobandel.testsupport.BrowserTest;
import dk.jobandel.testsupport.Sessions;
import dk.jobandel.testsupport.WithoutJavaScript;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A cooperative creates a pool, two others apply, the host approves both, each posts a need by typing its week into
 * the week editor's text fields, and the pool's page shows both members' needs.
 */
@BrowserTest
class PoolJourneyBrowserTest {

    private static final String PASSWORD = Sessions.PASSWORD;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    private String verifiedCooperative(String name) {
        String email = Sessions.uniqueEmail("pool");
        long id = registration.registerCooperative(
                new NewOrganisation(name, Sessions.uniqueCvr(), OrganisationType.WORKER_COOPERATIVE, (short) 751),
                new NewPerson("Staff " + name, email, PASSWORD, Locale.of("da")));
        organisations.verify(id);
        return email;
    }

    private static void logIn(Browser browser, String email) {
        browser.open("/login");
        browser.type("email", email);
        browser.type("password", PASSWORD);
        browser.press("Log ind");
    }

    @Test
    @WithoutJavaScript
    void twoCooperativesJoinAPoolTheHostApprovesAndEachPostsANeed(Browser browser) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String host = verifiedCooperative("Værtskooperativet " + suffix);
        String first = "Cykelkooperativet " + suffix;
        String second = "Kaffekooperativet " + suffix;
        String firstEmail = verifiedCooperative(first);
        String secondEmail = verifiedCooperative(second);
        String pool = "Østjysk Pulje " + suffix;

        logIn(browser, host);
        browser.follow("Puljer");
        browser.checkPage("pools-list");
        browser.press("Opret puljen");
        assertThat(browser.errorOf("name")).isEqualTo("Udfyld feltet.");
        assertThat(browser.errorOf("municipalityCode")).isNotEmpty();
        browser.type("name", pool);
        browser.type("purpose", "Vi deler medarbejdere på tværs af kooperativerne.");
        browser.choose("municipalityCode", "Aarhus");
        browser.type("feePercent", "8,5");
        browser.press("Opret puljen");
        assertThat(browser.text()).contains("Puljen er oprettet.").contains("8,50 %");
        browser.checkPage("pool-created");
        browser.press("Log ud");

        for (String email : List.of(firstEmail, secondEmail)) {
            logIn(browser, email);
            browser.follow("Puljer");
            browser.follow(pool);
            assertThat(browser.text()).contains("Som medlem ser I puljens behov og medarbejdere.");
            browser.checkPage("pool-outside");
            browser.press("Søg om at komme med");
            assertThat(browser.text())
                    .contains("Ansøgningen er sendt til værten.")
                    .contains("Har søgt");
            browser.press("Log ud");
        }

        logIn(browser, host);
        assertThat(browser.text()).contains(first + " vil være med i " + pool);
        browser.follow(first + " vil være med i " + pool);
        browser.checkPage("pool-applications");
        browser.press("Godkend");
        assertThat(browser.text()).contains("Medlemmet er godkendt.");
        browser.press("Godkend");
        assertThat(browser.text()).contains("Ingen ansøgninger venter.");
        browser.press("Log ud");

        String[][] needs = {
            {firstEmail, "Cykelreparation", "day0", "08:00–12:00", "4"},
            {secondEmail, "Barista", "day0", "13:00–17:00", "3,5"}
        };
        for (String[] need : needs) {
            logIn(browser, need[0]);
            browser.follow("Puljer");
            browser.follow(pool);
            browser.follow("Se og slå behov op");
            browser.checkPage("pool-needs");
            browser.type("title", need[1]);
            browser.type(need[2], need[3]);
            browser.type("hoursPerWeek", "9");
            browser.choose("municipalityCode", "Aarhus");
            browser.press("Slå behovet op");
            assertThat(browser.errorOf("hoursPerWeek")).contains("Tidsrummet rummer kun 4 timer");
            browser.checkPage("pool-need-error");
            browser.type("hoursPerWeek", need[4]);
            browser.press("Slå behovet op");
            assertThat(browser.text())
                    .contains("Behovet er slået op.")
                    .contains(need[1])
                    .contains("Jeres behov");
            browser.checkPage("pool-need-posted");
            browser.press("Log ud");
        }

        logIn(browser, host);
        browser.follow("Puljer");
        browser.follow(pool);
        assertThat(browser.text())
                .contains(first)
                .contains(second)
                .contains("1 åbne (4,0 timer), 0 dækkede (0,0 timer)")
                .contains("1 åbne (3,5 timer), 0 dækkede (0,0 timer)");
        browser.checkPage("pool-overview");
        browser.follow("Se og slå behov op");
        assertThat(browser.text())
                .contains("Cykelreparation")
                .contains("man 08:00–12:00")
                .contains("Barista")
                .contains("man 13:00–17:00");
        browser.checkPage("pool-needs-host");
    }
}
