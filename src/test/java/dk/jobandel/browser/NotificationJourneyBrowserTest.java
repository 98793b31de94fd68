package dk.jobandel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.MemberRegistration.NewOrganisation;
import dk.jobandel.members.MemberRegistration.NewPerson;
import dk.jobandel.members.OrganisationType;
import dk.jobandel.members.Organisations;
import dk.jobandel.members.Role;
import dk.jobandel.notifications.NoticeKind;
import dk.jobandel.notifications.Notifications;
import dk.jobandel.testsupport.Browser;
import dk.jobandel.testsupport.BrowserTest;
import dk.jobandel.testsupport.Sessions;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A consultant verifies a cooperative; its staff member sees the unread count in the header, opens the
 * notification centre, marks one notice read and follows the other.
 */
@BrowserTest
class NotificationJourneyBrowserTest {

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    Notifications notifications;

    private void logIn(Browser browser, String email) {
        browser.open("/login");
        browser.type("email", email);
        browser.type("password", Sessions.PASSWORD);
        browser.press("Log ind");
    }

    @Test
    void theStaffOfAVerifiedCooperativeReadTheNotice(Browser browser) {
        String consultantEmail = Sessions.uniqueEmail("consultant");
        registration.createStaffAccount(
                new NewPerson("Mette Lund", consultantEmail, Sessions.PASSWORD, Locale.of("da")),
                EnumSet.of(Role.CONSULTANT));
        String staffEmail = Sessions.uniqueEmail("staff");
        long organisationId = registration.registerCooperative(
                new NewOrganisation(
                        "Cykelkollektivet Vesterbro", Sessions.uniqueCvr(), OrganisationType.WORKER_COOPERATIVE, (short)
                                101),
                new NewPerson("Sofie Kjær", staffEmail, Sessions.PASSWORD, Locale.of("da")));

        logIn(browser, consultantEmail);
        browser.follow("Organisationer");
        browser.follow("Cykelkollektivet Vesterbro");
        browser.press("Godkend organisationen");
        assertThat(browser.text()).contains("Organisationen er godkendt.");
        browser.press("Log ud");

        // a second notice, so that one can be marked read and the other followed
        long staff = organisations
                .byId(organisationId)
                .getStaffAccountIds()
                .iterator()
                .next();
        notifications.notify(
                staff,
                NoticeKind.COLLEAGUE_JOINED,
                List.of("Jonas Vang", "Cykelkollektivet Vesterbro"),
                "/organisation/staff");

        logIn(browser, staffEmail);
        assertThat(browser.find(By.id("unread-count")).getText()).isEqualTo("2");
        browser.checkPage("dashboard-with-unread-count");

        browser.click(By.cssSelector("a.notifications-link"));
        assertThat(browser.path()).isEqualTo("/notifications");
        assertThat(browser.text())
                .contains("Cykelkollektivet Vesterbro er godkendt af en konsulent. I kan nu slå stillinger op.")
                .contains("Jonas Vang har sagt ja til invitationen og er nu medarbejder i Cykelkollektivet Vesterbro.");
        browser.checkPage("notification-centre");

        browser.press("Markér som læst"); // the newest: the colleague who joined
        assertThat(browser.text()).contains("Notifikationen er markeret som læst.");
        assertThat(browser.find(By.id("unread-count")).getText()).isEqualTo("1");

        browser.press("English");
        assertThat(browser.text())
                .contains("Cykelkollektivet Vesterbro has been verified by a consultant. You can now publish roles.");
        browser.checkPage("notification-centre-english");

        browser.press("Cykelkollektivet Vesterbro has been verified by a consultant. You can now publish roles.");
        assertThat(browser.path()).isEqualTo("/roles");
        assertThat(browser.findAll(By.id("unread-count"))).isEmpty();
    }
}
