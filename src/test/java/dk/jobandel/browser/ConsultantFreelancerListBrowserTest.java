package dk.jobandel.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.testsupport.Browser;
import dk.jobandel.testsupport.BrowserTest;
import dk.jobandel.testsupport.WithoutJavaScript;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.test.context.ActiveProfiles;

/** On the demo data a consultant searches the freelancers, filters them and reads one profile about the person. */
@BrowserTest
@ActiveProfiles("demo")
class ConsultantFreelancerListBrowserTest {

    @Test
    @WithoutJavaScript
    void aConsultantFiltersTheFreelancersAndOpensOne(Browser browser) {
        browser.open("/login");
        browser.type("email", "konsulent@demo.jobandel.dk");
        browser.type("password", "jobandel-demo-2026");
        browser.press("Log ind");
        browser.open("/consultant/freelancers");
        assertThat(browser.findAll(By.cssSelector("table tbody tr"))).isNotEmpty();
        assertThat(browser.text()).contains("Vigtigste kompetencer").contains("Profil udfyldt");
        browser.checkPage("freelancer-list");

        browser.choose("municipality", "Aarhus");
        browser.type("minHours", "ti");
        browser.press("Søg");
        assertThat(browser.errorOf("minHours")).isEqualTo("Skriv et helt antal timer fra 1 til 48.");
        assertThat(browser.find(By.id("minHours")).getAttribute("value")).isEqualTo("ti");
        browser.checkPage("freelancer-list-error");
        browser.type("minHours", "10");
        browser.press("Søg");
        assertThat(browser.errorOf("minHours")).isEmpty();
        for (var row : browser.findAll(By.cssSelector("table tbody tr"))) {
            assertThat(row.getText()).contains("Aarhus");
        }
        browser.checkPage("freelancer-list-filtered");

        browser.click(By.cssSelector("table tbody tr th a"));
        assertThat(browser.text()).doesNotContain("Din profil").doesNotContain("Din arbejdsstil");
        browser.checkPage("freelancer-profile-for-consultant");
    }
}
