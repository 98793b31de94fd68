package dk.jobandel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.freelancers.FreelancerProfiles;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.MemberRegistration.NewOrganisation;
import dk.jobandel.members.MemberRegistration.NewPerson;
import dk.jobandel.members.OrganisationType;
import dk.jobandel.members.Organisations;
import dk.jobandel.members.Role;
import dk.jobandel.pools.PoolFixtures;
import dk.jobandel.shared.WeekGrid;
import dk.jobandel.testsupport.Browser;
import dk.jobandel.testsupport.BrowserTest;
import dk.jobandel.testsupport.Sessions;
import dk.jobandel.testsupport.WithoutJavaScript;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A cooperative creates a pool, two others apply, the host approves both, each posts a need by typing its week into
 * the week editor's text fields, and the pool's page shows both members' needs. The host takes on a worker, a
 * consultant runs pool matching and approves the worker's portfolio of both needs, the worker and both members
 * accept, and the agreement is made with the host. All without JavaScript.
 */
@BrowserTest
class PoolJourneyBrowserTest {

    private static final String PASSWORD = Sessions.PASSWORD;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    FreelancerProfiles profiles;

    private String consultant() {
        String email = Sessions.uniqueEmail("konsulent");
        registration.createStaffAccount(
                new NewPerson("Konsulent Karen", email, PASSWORD, Locale.of("da")), EnumSet.of(Role.CONSULTANT));
        return email;
    }

    /** A freelancer who wants 5–10 hours of pool work and is free on Mondays 8–17 in Aarhus. */
    private String poolWorker(String name) {
        String email = Sessions.uniqueEmail("wilma");
        long id = registration.registerFreelancer(new NewPerson(name, email, PASSWORD, Locale.of("da")));
        PoolFixtures.wantsPoolWork(profiles, id, name, 5, 10);
        profiles.changeAvailability(
                id,
                profiles.profileOf(id).version(),
                WeekGrid.range(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(17, 0)));
        return email;
    }

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
            // the skills picker without JavaScript: a search finds Bogføring, a press adds it, Fjern takes it off
            // again; the form keeps what was typed, and nothing is posted until "Slå behovet op"
            browser.type("skillSearch", "bogf");
            browser.click(By.cssSelector(".skill-search-row button"));
            browser.click(By.cssSelector("#skill-suggestions button[aria-label='Tilføj Bogføring']"));
            assertThat(browser.findAll(By.cssSelector(".skill-chosen-item legend")))
                    .extracting(WebElement::getText)
                    .containsExactly("Bogføring");
            assertThat(browser.find(By.id("title")).getAttribute("value")).isEqualTo(need[1]);
            assertThat(browser.text()).doesNotContain("Behovet er slået op.");
            browser.checkPage("pool-need-skill-picked");
            browser.click(By.cssSelector("button[aria-label='Fjern Bogføring']"));
            assertThat(browser.findAll(By.cssSelector(".skill-chosen-item"))).isEmpty();
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

        // the host takes on a worker who wants pool work
        String workerName = "Wilma " + suffix;
        String workerEmail = poolWorker(workerName);
        browser.follow("Puljer");
        browser.follow(pool);
        browser.choose("freelancerId", workerName + " (5–10 timer)");
        browser.press("Tilføj medarbejder");
        assertThat(browser.text()).contains("Medarbejderen er tilføjet.").contains(workerName);
        browser.press("Log ud");

        // a consultant runs pool matching and approves the worker's portfolio of both members' needs
        logIn(browser, consultant());
        browser.follow("Puljer");
        browser.follow(pool);
        browser.press("Kør puljematching");
        assertThat(browser.text()).contains("Puljematching er kørt: 1 portefølje af 2 behov og 1 medarbejder.");
        browser.checkPage("pool-portfolios");
        browser.follow(workerName);
        assertThat(browser.text())
                .contains(workerName + " – 7,5 timer om ugen")
                .contains(first + " – 4,0 timer om ugen")
                .contains(second + " – 3,5 timer om ugen")
                .contains("man 13:00–17:00");
        browser.checkPage("portfolio-review");
        browser.press("Godkend og send tilbud");
        assertThat(browser.text()).contains("Forslaget er godkendt, og tilbuddene er sendt.");
        browser.press("Log ud");

        // the worker and both members accept; the last yes makes the agreement with the host
        for (String email : List.of(workerEmail, firstEmail, secondEmail)) {
            logIn(browser, email);
            browser.follow("Tilbud");
            browser.follow("Pulje: " + pool);
            assertThat(browser.text()).contains("Tilbud: fast ansættelse i " + pool);
            browser.checkPage("portfolio-offer");
            browser.press("Sig ja");
            browser.press("Log ud");
        }
        logIn(browser, workerEmail);
        browser.follow("Tilbud");
        browser.follow("Pulje: " + pool);
        assertThat(browser.text()).contains("Alle har sagt ja, og aftalen er lavet.");
        browser.follow("Åbn aftalen");
        assertThat(browser.text()).contains(pool).contains("Værtskooperativet " + suffix);
        browser.checkPage("pool-agreement");
        browser.press("Log ud");

        // the needs start next month: its statement shows what each member pays, the host sees both members
        String nextMonth = YearMonth.now().plusMonths(1).toString();
        logIn(browser, host);
        browser.follow("Puljer");
        browser.follow(pool);
        String poolPath = browser.path();
        browser.follow("Månedsopgørelser: hvad hvert medlem betaler");
        browser.checkPage("pool-statements-empty-month");
        browser.open(poolPath + "/statements?month=" + nextMonth);
        assertThat(browser.text())
                .contains("Hvad hvert medlem betaler")
                .contains(first)
                .contains(second);
        browser.checkPage("pool-statements-host");
        browser.press("Log ud");

        // a member sees only its own share
        logIn(browser, firstEmail);
        browser.open(poolPath + "/statements?month=" + nextMonth);
        assertThat(browser.text())
                .contains("I ser jeres egen organisations andel.")
                .contains(first)
                .doesNotContain(second);
        browser.checkPage("pool-statements-member");
    }
}
