package dk.jobandel.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.testsupport.Browser;
import dk.jobandel.testsupport.BrowserTest;
import dk.jobandel.testsupport.Texts;
import dk.jobandel.testsupport.WithoutJavaScript;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The "busy" 503 page as a visitor meets it when this server has no free place for their request in time: in their
 * language, accessible, and with a way to try again that works once a place is free.
 */
@BrowserTest
class BusyPageBrowserTest {

    @Autowired
    RequestAdmission admission;

    @Autowired
    MessageSource messages;

    @Test
    @WithoutJavaScript
    void aVisitorWhoFindsTheServerBusyIsToldSoAndCanTryAgain(Browser browser) {
        browser.open("/login");
        int taken = admission.occupyFreePlaces();
        try {
            browser.open("/login");
            assertThat(browser.text())
                    .contains(messages.getMessage("error.503.busy.title", null, Texts.DANISH))
                    .contains(messages.getMessage("error.503.busy.text", null, Texts.DANISH))
                    .doesNotContain(messages.getMessage("error.503.text", null, Texts.DANISH));
            browser.checkPage("busy");
        } finally {
            admission.giveBack(taken);
        }
        browser.follow(messages.getMessage("error.503.retry", null, Texts.DANISH));
        assertThat(browser.path()).isEqualTo("/login");
        assertThat(browser.text()).doesNotContain(messages.getMessage("error.503.busy.title", null, Texts.DANISH));
    }
}
