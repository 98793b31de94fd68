package dk.jobandel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.MemberRegistration.NewOrganisation;
import dk.jobandel.members.MemberRegistration.NewPerson;
import dk.jobandel.members.OrganisationType;
import dk.jobandel.testsupport.Browser;
import dk.jobandel.testsupport.BrowserTest;
import dk.jobandel.testsupport.Sessions;
import dk.jobandel.testsupport.WithoutJavaScript;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The role form (issue 20): Enter in the skills picker's search box finds skills without JavaScript (the form's
 * default button is the search, not "Weekdays 8–16"), and the form fits a 1280 px window without a horizontal
 * scrollbar.
 */
@BrowserTest
class RoleFormBrowserTest {

    @Autowired
    MemberRegistration registration;

    private void newRoleFormOfANewCooperative(Browser browser) {
        String staff = Sessions.uniqueEmail("staff");
        registration.registerCooperative(
                new NewOrganisation(
                        "Andelsbageriet Nørrebro", Sessions.uniqueCvr(), OrganisationType.WORKER_COOPERATIVE, (short)
                                101),
                new NewPerson("Karen Bjerregaard", staff, Sessions.PASSWORD, Locale.of("da")));
        browser.open("/login");
        browser.type("email", staff);
        browser.type("password", Sessions.PASSWORD);
        browser.press("Log ind");
        browser.open("/roles/new");
    }

    @Test
    @WithoutJavaScript
    void enterInTheSkillSearchBoxFindsSkillsWithoutJavaScript(Browser browser) {
        newRoleFormOfANewCooperative(browser);
        browser.type("title", "Bager");
        // Enter submits the form: wait for the answer, which a quick look could miss while the page was still loading
        browser.typeAndEnter("skillSearch", "bogf");
        // the search ran: its suggestion is there to add, what was typed is kept, and no week was filled in
        assertThat(browser.findAll(By.xpath("//div[@id='skill-suggestions']//button[contains(., 'Bogføring')]")))
                .isNotEmpty();
        assertThat(browser.find(By.id("title")).getAttribute("value")).isEqualTo("Bager");
        assertThat(browser.find(By.id("skillSearch")).getAttribute("value")).isEqualTo("bogf");
        assertThat(browser.find(By.id("day0")).getAttribute("value")).isEmpty();
        browser.checkPage("role-form-search-without-js");
    }

    @Test
    void theRoleFormHasNoHorizontalScrollbarAt1280Pixels(Browser browser) {
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        newRoleFormOfANewCooperative(browser);
        var js = (JavascriptExecutor) browser.driver();
        @SuppressWarnings("unchecked")
        List<String> overflowing = (List<String>) js.executeScript("""
                const width = document.documentElement.clientWidth;
                return [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > width + 0.5)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + [...e.classList].join('.')
                        + ' right=' + Math.round(e.getBoundingClientRect().right));
                """);
        Number scrollWidth = (Number) js.executeScript("return document.documentElement.scrollWidth;");
        Number clientWidth = (Number) js.executeScript("return document.documentElement.clientWidth;");
        browser.screenshot("role-form-1280");
        assertThat(overflowing).as("elements wider than the window").isEmpty();
        assertThat(scrollWidth.intValue()).isLessThanOrEqualTo(clientWidth.intValue());
    }
}
