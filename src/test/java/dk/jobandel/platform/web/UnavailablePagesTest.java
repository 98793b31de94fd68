package dk.jobandel.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.testsupport.Texts;
import dk.jobandel.testsupport.WebSliceTest;
import jakarta.servlet.http.Cookie;
import java.net.ConnectException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * The two 503 pages a visitor can meet, as the filters render them in front of everything else: "busy" when this server
 * has no place for the request in time (admission control, or a pool with no free connection while PostgreSQL
 * answers), and "database unavailable" when PostgreSQL cannot be reached. Each in the visitor's language.
 */
@WebSliceTest(UnavailablePagesTest.SomePages.class)
@Import(UnavailablePagesTest.SomePages.class)
@TestPropertySource(
        properties = {"jobandel.web.admission.concurrent-requests=1", "jobandel.web.admission.max-wait=200ms"})
class UnavailablePagesTest {

    /** Fresh for every test: the slow page holds its place until released. */
    static volatile CountDownLatch entered;

    static volatile CountDownLatch release;

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    @BeforeEach
    void latches() {
        entered = new CountDownLatch(1);
        release = new CountDownLatch(1);
    }

    @AfterEach
    void stop() {
        release.countDown();
        threads.shutdownNow();
    }

    /** Asks for the slow page, which holds the only place until {@code release}, and waits until it has the place. */
    Future<MvcResult> takeTheOnlyPlace() throws InterruptedException {
        Future<MvcResult> slow = threads.submit(
                () -> mvc.perform(get("/some/slow").with(user("amira").roles("FREELANCER")))
                        .andReturn());
        org.assertj.core.api.Assertions.assertThat(entered.await(10, TimeUnit.SECONDS))
                .isTrue();
        return slow;
    }

    static String english(MessageSource messages, String key) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, null, Locale.ENGLISH), "UTF-8");
    }

    @Test
    void aRequestWithoutAPlaceInTimeGetsTheBusyPageInItsLanguageAndTheNextOneIsServed() throws Exception {
        Future<MvcResult> first = takeTheOnlyPlace();

        mvc.perform(get("/some/quick").with(user("bo").roles("FREELANCER")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "2"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().string(containsString(Texts.shown(messages, "error.503.busy.title"))))
                .andExpect(content().string(containsString(Texts.shown(messages, "error.503.busy.text"))))
                .andExpect(content().string(not(containsString(Texts.shown(messages, "error.503.text")))));
        mvc.perform(get("/some/quick")
                        .cookie(new Cookie("JOBANDEL_LANG", "en"))
                        .with(user("bo").roles("FREELANCER")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(containsString(english(messages, "error.503.busy.title"))));

        release.countDown();
        org.assertj.core.api.Assertions.assertThat(
                        first.get(10, TimeUnit.SECONDS).getResponse().getContentAsString())
                .isEqualTo("slow done");
        mvc.perform(get("/some/quick").with(user("bo").roles("FREELANCER")))
                .andExpect(status().isOk())
                .andExpect(content().string("quick done"));
    }

    @Test
    void aFormSentWhileTheServerIsBusyIsNotRepeatedByFollowingALink() throws Exception {
        Future<MvcResult> first = takeTheOnlyPlace();

        mvc.perform(post("/some/quick")
                        .param("title", "Bogholder")
                        .with(user("bo").roles("FREELANCER")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(containsString(Texts.shown(messages, "error.503.back"))))
                .andExpect(content().string(not(containsString("href=\"/some/quick"))));
        mvc.perform(get("/some/quick")
                        .queryParam("q", "Aarhus")
                        .queryParam("page", "2")
                        .with(user("bo").roles("FREELANCER")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(containsString("href=\"/some/quick?q=Aarhus&amp;page=2\"")));

        release.countDown();
        first.get(10, TimeUnit.SECONDS);
    }

    @Test
    void tryAgainNeverLeadsToAnotherSite() {
        for (String path : new String[] {"//evil.example/x", "/\\evil.example/x"}) {
            var request = new org.springframework.mock.web.MockHttpServletRequest("GET", path);
            org.assertj.core.api.Assertions.assertThat(UnavailablePage.retryAddress(request))
                    .isEqualTo("/");
        }
    }

    @Test
    void aPoolWithoutAFreeConnectionInTimeSaysBusyNotThatTheDatabaseIsGone() throws Exception {
        mvc.perform(get("/some/pool-busy").with(user("bo").roles("FREELANCER")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "2"))
                .andExpect(content().string(containsString(Texts.shown(messages, "error.503.busy.title"))))
                .andExpect(content().string(not(containsString(Texts.shown(messages, "error.503.text")))));
    }

    @Test
    void aDatabaseThatCannotBeReachedGetsTheUnavailablePage() throws Exception {
        mvc.perform(get("/some/database-gone")
                        .cookie(new Cookie("JOBANDEL_LANG", "en"))
                        .with(user("bo").roles("FREELANCER")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "10"))
                .andExpect(content().string(containsString(english(messages, "error.503.title"))))
                .andExpect(content().string(containsString(english(messages, "error.503.text"))))
                .andExpect(content().string(not(containsString(english(messages, "error.503.busy.title")))));
    }

    /**
     * Pages that hold their place until released, or fail as the pool does. HikariCP's time-out carries the last
     * failure to connect as its cause when there was one (DatabaseUnavailableFilterTest shows it on a real pool).
     */
    @Controller
    static class SomePages {

        @GetMapping("/some/slow")
        @ResponseBody
        String slow() throws InterruptedException {
            entered.countDown();
            release.await(10, TimeUnit.SECONDS);
            return "slow done";
        }

        @GetMapping("/some/quick")
        @ResponseBody
        String quick() {
            return "quick done";
        }

        @GetMapping("/some/pool-busy")
        @ResponseBody
        String poolBusy() {
            throw new CannotGetJdbcConnectionException(
                    "Failed to obtain JDBC Connection",
                    new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out"
                            + " after 500ms (total=10, active=10, idle=0, waiting=4)"));
        }

        @GetMapping("/some/database-gone")
        @ResponseBody
        String databaseGone() {
            throw new CannotGetJdbcConnectionException(
                    "Failed to obtain JDBC Connection",
                    new SQLTransientConnectionException(
                            "HikariPool-1 - Connection is not available, request timed out after 500ms (total=0,"
                                    + " active=0, idle=0, waiting=0)",
                            "08001",
                            0,
                            new ConnectException("Connection refused")));
        }
    }
}
