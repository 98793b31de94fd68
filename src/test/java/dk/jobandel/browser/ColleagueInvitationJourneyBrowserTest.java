package dk.jobandel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.MemberRegistration.NewOrganisation;
import dk.jobandel.members.MemberRegistration.NewPerson;
import dk.jobandel.members.OrganisationType;
import dk.jobandel.testsupport.Browser;
import dk.jobandel.testsupport.BrowserTest;
import dk.jobandel.testsupport.Sessions;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff edit their organisation's profile and invite a colleague, who joins through the link. */
@BrowserTest
class ColleagueInvitationJourneyBrowserTest {

    @Autowired
    MemberRegistration registration;

    @Autowired
    dk.jobandel.members.Organisations organisations;

    @Test
    void aColleagueIsInvitedAndJoinsTheOrganisation(Browser browser) {
        String staffEmail = Sessions.uniqueEmail("staff");
        long organisationId = registration.registerCooperative(
                new NewOrganisation(
                        "Kulturhuset Tværs", Sessions.uniqueCvr(), OrganisationType.ASSOCIATION, (short) 265),
                new NewPerson("Ida Søndergaard", staffEmail, Sessions.PASSWORD, Locale.of("da")));
        // only a verified organisation invites (issue 13, review finding 2)
        organisations.verify(organisationId);
        browser.open("/login");
        browser.type("email", staffEmail);
        browser.type("password", Sessions.PASSWORD);
        browser.press("Log ind");

        browser.follow("Ret organisationens profil");
        browser.check("collectiveAgreement1");
        browser.press("Gem");
        assertThat(browser.errorOf("collectiveAgreementName")).isEqualTo("Skriv navnet på overenskomsten.");
        browser.checkPage("organisation-form-with-errors");
        browser.type("collectiveAgreementName", "HK/Kommunal");
        browser.type("sector", "Kultur og fritid");
        browser.press("Gem");
        assertThat(browser.text()).contains("Organisationens profil er gemt.");

        browser.follow("Medarbejdere");
        browser.type("email", "not an e-mail");
        browser.press("Opret invitation");
        assertThat(browser.errorOf("email")).startsWith("Skriv en gyldig e-mailadresse");
        String colleagueEmail = Sessions.uniqueEmail("colleague");
        browser.type("email", colleagueEmail);
        browser.press("Opret invitation");
        assertThat(browser.text()).contains("Invitationen er oprettet.").contains(colleagueEmail);
        String link = browser.find(By.id("invitation-link")).getAttribute("value");
        // the link is built from jobandel.public-url; this test's server listens on another port
        assertThat(link).startsWith("http://localhost:8080/invitations/");
        String path = link.substring("http://localhost:8080".length());
        browser.checkPage("staff-with-invitation");
        browser.press("Log ud");

        browser.open(path);
        assertThat(browser.text()).contains("Bliv medarbejder i Kulturhuset Tværs på Jobandel");
        browser.checkPage("invitation");
        browser.type("displayName", "Jonas Vang");
        browser.type("password", Sessions.PASSWORD);
        browser.type("passwordConfirmation", Sessions.PASSWORD);
        browser.check("consent1");
        browser.press("Opret min konto");
        assertThat(browser.text()).contains("Din konto er oprettet.");
        browser.type("email", colleagueEmail);
        browser.type("password", Sessions.PASSWORD);
        browser.press("Log ind");
        assertThat(browser.text()).contains("Velkommen, Jonas Vang").contains("Kulturhuset Tværs");

        browser.open(path);
        assertThat(browser.text()).contains("allerede brugt");
        browser.checkPage("invitation-used");
    }
}
