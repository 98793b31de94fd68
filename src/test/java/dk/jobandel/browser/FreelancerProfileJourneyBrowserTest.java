package dk.jobandel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.MemberRegistration.NewPerson;
import dk.jobandel.testsupport.Browser;
import dk.jobandel.testsupport.BrowserTest;
import dk.jobandel.testsupport.WithoutJavaScript;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

/** A new freelancer fills in a profile in the browser: where and how much, skills, and a painted week. */
@BrowserTest
class FreelancerProfileJourneyBrowserTest {

    private static final String PASSWORD = "grøn cykel under æbletræet";

    @Autowired
    MemberRegistration registration;

    private void signIn(Browser browser, String name) {
        String email = name.toLowerCase(Locale.ROOT).replace(' ', '.') + "-" + UUID.randomUUID() + "@example.dk";
        registration.registerFreelancer(new NewPerson(name, email, PASSWORD, Locale.of("da")));
        browser.open("/login");
        browser.type("email", email);
        browser.type("password", PASSWORD);
        browser.press("Log ind");
    }

    private static WebElement cell(Browser browser, int day, int slot) {
        return browser.find(By.cssSelector("td[data-day='" + day + "'][data-slot='" + slot + "']"));
    }

    private void fillBasics(Browser browser) {
        browser.follow("Ret hvor og hvor meget");
        browser.checkPage("basics-form");
        browser.choose("municipalityCode", "Odense");
        browser.type("travelKm", "20");
        browser.type("desiredHoursMin", "30");
        browser.type("desiredHoursMax", "20");
        browser.driver().findElement(By.id("availableFrom")).sendKeys("04012027");
        browser.check("wantsJobShare1");
        browser.press("Gem");
        assertThat(browser.errorOf("desiredHoursMax"))
                .isEqualTo("Højst skal være mindst lige så mange timer som mindst.");
        browser.checkPage("basics-form-with-errors");
        browser.type("desiredHoursMin", "15");
        browser.press("Gem");
        assertThat(browser.path()).isEqualTo("/profile");
        assertThat(browser.text())
                .contains("Din profil er gemt.")
                .contains("Odense")
                .contains("15–20 timer om ugen");
    }

    @Test
    void aFreelancerFillsInTheProfileAndPaintsTheWeekByDragging(Browser browser) {
        signIn(browser, "Amira Nielsen");
        assertThat(browser.text()).contains("Din profil er 0 % udfyldt");
        browser.follow("Se og ret din profil");
        browser.checkPage("profile-empty");

        fillBasics(browser);

        browser.follow("Ret kompetencer");
        assertThat(browser.text()).contains("Du har ikke valgt nogen kompetencer endnu.");
        // suggestions while typing (htmx), then a press adds the skill to the chosen list at the basic level
        browser.type("skillSearch", "bogf");
        browser.waitForText("kompetencer passer", java.time.Duration.ofSeconds(10));
        browser.click(By.cssSelector("#skill-suggestions button[aria-label='Tilføj Bogføring']"));
        assertThat(browser.findAll(By.cssSelector(".skill-chosen-item legend")))
                .extracting(WebElement::getText)
                .containsExactly("Bogføring");
        browser.find(By.cssSelector("input[name='levels[1]'][value='3']")).click();
        browser.checkPage("skills-picker");
        browser.press("Gem");
        assertThat(browser.text()).contains("Bogføring – 3 – ekspert");

        browser.follow("Ret ledig tid");
        // the grid paints the times; the text fields stay beside it as the way to type them
        // Monday 08:00–12:00 by dragging from the 08:00 cell to the 11:30 cell
        new Actions(browser.driver())
                .clickAndHold(cell(browser, 0, 16))
                .moveToElement(cell(browser, 0, 20))
                .moveToElement(cell(browser, 0, 23))
                .release()
                .perform();
        // Wednesday 13:00–15:00
        new Actions(browser.driver())
                .clickAndHold(cell(browser, 2, 26))
                .moveToElement(cell(browser, 2, 29))
                .release()
                .perform();
        // Friday 10:00–11:00 with the keyboard: click 10:00, arrow down, space
        cell(browser, 4, 20).click();
        new Actions(browser.driver())
                .sendKeys(Keys.ARROW_DOWN)
                .sendKeys(Keys.SPACE)
                .perform();
        assertThat(cell(browser, 4, 21).getAttribute("aria-selected")).isEqualTo("true");
        assertThat(browser.find(By.cssSelector(".wg-summary")).getText())
                .contains("I alt: 7 timer om ugen")
                .contains("færre timer, end du ønsker");
        assertThat(browser.find(By.id("day0")).isDisplayed()).isTrue();
        assertThat(browser.find(By.id("day0")).getAttribute("value")).isEqualTo("08:00–12:00");
        browser.checkPage("availability-painted");
        browser.press("Gem");
        assertThat(browser.text()).contains("man 08:00–12:00, ons 13:00–15:00, fre 10:00–11:00");

        browser.driver().navigate().refresh();
        browser.follow("Ret ledig tid");
        assertThat(browser.find(By.id("day0")).getAttribute("value")).isEqualTo("08:00–12:00");
        assertThat(browser.find(By.id("day2")).getAttribute("value")).isEqualTo("13:00–15:00");
        assertThat(browser.find(By.id("day4")).getAttribute("value")).isEqualTo("10:00–11:00");
        assertThat(browser.findAll(By.cssSelector("td.wg-cell[aria-selected='true']")))
                .hasSize(14);
        assertThat(cell(browser, 0, 15).getAttribute("aria-selected")).isEqualTo("false");
        assertThat(cell(browser, 0, 23).getAttribute("aria-selected")).isEqualTo("true");

        browser.open("/dashboard");
        assertThat(browser.text()).contains("Din profil er 75 % udfyldt").contains("Spørgsmålene om din arbejdsstil");
        assertThat(browser.findAll(By.cssSelector("table.week-picture td.on"))).hasSize(7);
        browser.checkPage("dashboard-with-week");

        browser.follow("Spørgsmålene om din arbejdsstil");
        browser.checkPage("work-style-form");
        browser.press("Gem");
        assertThat(browser.errorOf("answer0")).isEqualTo("Vælg et svar fra 1 til 5.");
        for (int i = 0; i < 10; i++) {
            browser.find(By.cssSelector("input[name='answers[" + i + "]'][value='" + (1 + i % 5) + "']"))
                    .click();
        }
        browser.press("Gem");
        assertThat(browser.text()).contains("Din profil er 100 % udfyldt");

        browser.follow("Ret din situation");
        browser.checkPage("situation-form");
        browser.press("English");
        assertThat(browser.text()).contains("Your situation (optional)");
        browser.open("/profile");
        assertThat(browser.text()).contains("Your profile is 100 % complete").contains("Bookkeeping – 3 – expert");
        browser.checkPage("profile-complete-en");
    }

    @Test
    @WithoutJavaScript
    void skillsArePickedWithoutJavaScriptThroughTheSearchAndTheFoldedCategories(Browser browser) {
        signIn(browser, "Jens Holm");
        browser.open("/profile/skills");
        browser.type("skillSearch", "bogf");
        browser.click(By.cssSelector(".skill-search-row button"));
        browser.click(By.cssSelector("#skill-suggestions button[aria-label='Tilføj Bogføring']"));
        browser.find(By.cssSelector("input[name='levels[1]'][value='2']")).click();
        // a second skill from a folded category, then the first is removed again; nothing is saved until "Gem"
        browser.find(By.cssSelector("details.skill-category summary")).click();
        browser.click(By.cssSelector("details.skill-category[open] .skill-add-list button"));
        assertThat(browser.findAll(By.cssSelector(".skill-chosen-item"))).hasSize(2);
        assertThat(browser.find(By.cssSelector("input[name='levels[1]'][value='2']"))
                        .isSelected())
                .isTrue();
        browser.checkPage("skills-picker-no-js");
        browser.click(By.cssSelector("button[aria-label='Fjern Bogføring']"));
        assertThat(browser.findAll(By.cssSelector(".skill-chosen-item"))).hasSize(1);
        browser.press("Gem");
        assertThat(browser.path()).isEqualTo("/profile");
        assertThat(browser.text()).doesNotContain("Bogføring").doesNotContain("Du har ikke valgt nogen kompetencer");
    }

    @Test
    @WithoutJavaScript
    void theSameWeekCanBeTypedDayByDayWithoutJavaScript(Browser browser) {
        signIn(browser, "Olena Kovalenko");
        browser.open("/profile/availability");
        assertThat(browser.findAll(By.cssSelector("table.wg-table"))).isEmpty();
        browser.type("day0", "8-12");
        browser.type("day2", "13:00–15:00, 14-16");
        browser.press("Gem");
        assertThat(browser.errorOf("day2")).contains("overlapper");
        assertThat(browser.find(By.id("day0")).getAttribute("value")).isEqualTo("8-12");
        browser.checkPage("availability-no-js-error");
        browser.type("day2", "13:00–15:00");
        browser.type("day4", "10-11");
        browser.press("Gem");
        assertThat(browser.text()).contains("man 08:00–12:00, ons 13:00–15:00, fre 10:00–11:00");

        browser.open("/profile/availability");
        browser.press("Hverdage 8–16");
        assertThat(browser.find(By.id("day3")).getAttribute("value")).isEqualTo("08:00–16:00");
        browser.press("Gem");
        assertThat(browser.text()).contains("i alt 40,0 timer om ugen");
    }
}
