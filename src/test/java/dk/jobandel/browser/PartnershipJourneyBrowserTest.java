package dk.jobandel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.members.Actor;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.MemberRegistration.NewOrganisation;
import dk.jobandel.members.MemberRegistration.NewPerson;
import dk.jobandel.members.OrganisationKind;
import dk.jobandel.members.OrganisationType;
import dk.jobandel.members.Organisations;
import dk.jobandel.members.Role;
import dk.jobandel.partnerships.NeedDetails;
import dk.jobandel.partnerships.PartnershipModel;
import dk.jobandel.partnerships.PartnershipNeeds;
import dk.jobandel.partnerships.ServiceKind;
import dk.jobandel.partnerships.SovProfile;
import dk.jobandel.partnerships.SovProfiles;
import dk.jobandel.partnerships.TargetGroup;
import dk.jobandel.testsupport.Browser;
import dk.jobandel.testsupport.BrowserTest;
import dk.jobandel.testsupport.Sessions;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A firm asks for guidance, a consultant takes the course, logs a meeting, finds a SØV for the firm's need and
 * proposes an introduction; the firm and the SØV both accept and see each other's contacts; the consultant records
 * the partnership and its first follow-up. Every page is checked with axe.
 */
@BrowserTest
class PartnershipJourneyBrowserTest {

    private static final String PASSWORD = Sessions.PASSWORD;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    SovProfiles profiles;

    @Autowired
    PartnershipNeeds needs;

    record Org(long id, long staff, String email) {}

    private Org organisation(String name, OrganisationKind kind) {
        String email = Sessions.uniqueEmail("org");
        long id = registration.registerCooperative(
                new NewOrganisation(name, Sessions.uniqueCvr(), OrganisationType.OTHER_COOPERATIVE, kind, (short) 751),
                new NewPerson("Staff " + name, email, PASSWORD, Locale.of("da")));
        organisations.verify(id);
        return new Org(
                id, organisations.byId(id).getStaffAccountIds().iterator().next(), email);
    }

    private static void logIn(Browser browser, String email) {
        browser.open("/login");
        browser.type("email", email);
        browser.type("password", PASSWORD);
        browser.press("Log ind");
    }

    private static void setDate(Browser browser, String id, LocalDate date) {
        // a date input takes the date as typed in the browser's locale; set its value the way a picker would
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, date.toString());
    }

    @Test
    void aFirmIsGuidedToAPartnershipWithASov(Browser browser) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String firmName = "Ingeniørfirmaet " + suffix;
        String sovName = "Rent Rummeligt " + suffix;
        Org firm = organisation(firmName, OrganisationKind.FIRM);
        Org sov = organisation(sovName, OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE);
        profiles.save(
                new Actor(sov.staff(), false, sov.id(), OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE, true),
                new SovProfile(
                        EnumSet.of(ServiceKind.CLEANING),
                        Set.of((short) 751),
                        Set.of(),
                        60,
                        8,
                        EnumSet.of(TargetGroup.LONG_TERM_UNEMPLOYED),
                        "Rengøring med rummelighed",
                        "",
                        true),
                0);
        needs.post(
                new Actor(firm.staff(), false, firm.id(), OrganisationKind.FIRM, true),
                null,
                new NeedDetails(
                        "Rengøring af kontorhuset " + suffix,
                        PartnershipModel.SUBCONTRACTING,
                        ServiceKind.CLEANING,
                        20,
                        null,
                        (short) 751,
                        LocalDate.now().plusMonths(1),
                        2,
                        EnumSet.of(TargetGroup.LONG_TERM_UNEMPLOYED),
                        ""));
        String consultant = Sessions.uniqueEmail("konsulent");
        registration.createStaffAccount(
                new NewPerson("Konsulent Karen", consultant, PASSWORD, Locale.of("da")), EnumSet.of(Role.CONSULTANT));

        // the firm asks for guidance
        logIn(browser, firm.email());
        browser.follow("Partnerskaber");
        browser.checkPage("firm-home");
        browser.type("guidance-text", "Vi vil gerne have rengøringen løst socialøkonomisk.");
        browser.press("Bed om vejledning");
        assertThat(browser.text()).contains("En konsulent tager kontakt.").contains("Venter på en konsulent");
        browser.checkPage("firm-course-waiting");
        browser.press("Log ud");

        // the consultant takes the course and logs a meeting
        logIn(browser, consultant);
        browser.follow("Partnerskaber");
        browser.checkPage("consultant-overview");
        browser.follow(firmName);
        browser.press("Tag forløbet");
        assertThat(browser.text()).contains("Du har taget forløbet.");
        browser.press("Gå til Afklaring");
        browser.press("Gem mødet");
        assertThat(browser.errorOf("participants")).isEqualTo("Udfyld feltet.");
        assertThat(browser.errorOf("minutes")).isNotEmpty();
        browser.checkPage("meeting-errors");
        browser.type("minutes", "45");
        browser.type("participants", "Direktøren og Karen");
        browser.type("notes", "Underleverance af rengøring");
        browser.type("step-0-description", "Finde en SØV");
        browser.type("step-0-owner", "Karen");
        setDate(browser, "step-0-dueOn", LocalDate.now().plusDays(3));
        // "one more row" works without JavaScript: the page comes back with what was typed and a fourth row
        browser.press("En række mere");
        assertThat(browser.find(By.id("step-0-description")).getAttribute("value"))
                .isEqualTo("Finde en SØV");
        assertThat(browser.find(By.id("step-3-description")).isDisplayed()).isTrue();
        browser.type("step-3-description", "Sende referat");
        browser.type("step-3-owner", "Karen");
        setDate(browser, "step-3-dueOn", LocalDate.now().plusDays(5));
        browser.press("Gem mødet");
        assertThat(browser.text())
                .contains("Mødet er logget.")
                .contains("Finde en SØV (Karen, senest")
                .contains("Sende referat (Karen, senest");
        browser.checkPage("course-with-meeting");

        // finds the SØV for the firm's need and proposes an introduction
        browser.follow("Rengøring af kontorhuset " + suffix);
        assertThat(browser.text()).contains(sovName).contains("0 km fra behovets sted");
        browser.checkPage("need-ranking");
        browser.click(By.xpath("//button[@aria-label='Foreslå en introduktion til " + sovName + "']"));
        assertThat(browser.text()).contains("Introduktionen er foreslået.");
        browser.press("Log ud");

        // both accept; contacts are shared only then
        logIn(browser, firm.email());
        browser.follow("Partnerskaber");
        browser.follow("Rengøring af kontorhuset " + suffix + ": " + sovName);
        assertThat(browser.text()).doesNotContain(sov.email());
        browser.checkPage("introduction-proposed");
        browser.press("Ja, introducér os");
        assertThat(browser.text()).contains("Jeres ja er noteret.").doesNotContain(sov.email());
        browser.press("Log ud");
        logIn(browser, sov.email());
        browser.follow("Partnerskaber");
        browser.follow("Rengøring af kontorhuset " + suffix + ": " + firmName);
        browser.press("Ja, introducér os");
        assertThat(browser.text()).contains("I har begge sagt ja.").contains(firm.email());
        browser.checkPage("introduction-accepted");
        browser.press("Log ud");

        // the consultant records the partnership and the first follow-up
        logIn(browser, consultant);
        browser.follow("Partnerskaber");
        browser.follow(firmName);
        browser.press("Gå til Partner fundet");
        browser.press("Gå til Aftale");
        browser.choose("sovId", sovName);
        browser.choose("model", "Underleverance: virksomheden køber en ydelse af SØV'en");
        browser.choose("municipalityCode", "Aarhus");
        setDate(browser, "start", LocalDate.now().minusMonths(3));
        browser.type("volumeHours", "20");
        browser.type("agreedJobs", "2");
        browser.type("agreedJobHours", "30");
        browser.press("Registrér partnerskabet");
        assertThat(browser.text()).contains("Partnerskabet er registreret");
        browser.checkPage("partnership-recorded");
        browser.press("Gå til Opfølgning");
        WebForm.firstFollowUp(browser, "1", "15");
        assertThat(browser.text()).contains("Opfølgningen er gemt.").contains("1 af 2 job, 15 af 30 timer om ugen");
        browser.checkPage("follow-up-recorded");
    }

    /** The first follow-up form on the course page. */
    static final class WebForm {

        static void firstFollowUp(Browser browser, String jobs, String hours) {
            var jobsField = browser.find(By.cssSelector("input[name='filledJobs']"));
            jobsField.sendKeys(jobs);
            browser.find(By.cssSelector("input[name='filledHours']")).sendKeys(hours);
            browser.press("Gem opfølgningen");
        }
    }
}
