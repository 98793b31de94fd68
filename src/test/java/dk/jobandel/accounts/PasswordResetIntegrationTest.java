package dk.jobandel.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.accounts.AccountTokens.Purpose;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.Organisations;
import dk.jobandel.notifications.MailOutbox;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/** "Glemt adgangskode?": uniform answers, a single-use expiring link, throttling, and every session ends. */
@ApplicationTest
class PasswordResetIntegrationTest {

    private static final String NEW_PASSWORD = "tre røde heste på engen";
    private static final Pattern LINK = Pattern.compile("http://localhost:8080(/password/reset\\?token=\\S+)");
    private static final AtomicInteger clients = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    MailOutbox outbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountTokens tokens;

    @Autowired
    TransactionTemplate transactions;

    Sessions sessions;

    @BeforeEach
    void setUp() {
        sessions = new Sessions(mvc, registration, organisations);
    }

    private static MockHttpServletRequestBuilder forgot(String email, String client) {
        return post("/password/forgot").with(csrf()).param("email", email).with(request -> {
            request.setRemoteAddr(client);
            return request;
        });
    }

    private static String client() {
        return "10.88." + clients.incrementAndGet() / 250 + "." + (clients.get() % 250 + 1);
    }

    @Test
    void theLoginPageOffersTheLink() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(content().string(containsString("href=\"/password/forgot\"")))
                .andExpect(content().string(containsString("Glemt adgangskode?")));
        mvc.perform(get("/password/forgot")).andExpect(status().isOk());
    }

    @Test
    void theAnswerIsTheSameWhetherOrNotTheAddressHasAnAccount() throws Exception {
        var ida = sessions.freelancer("Ida");
        String nobody = Sessions.uniqueEmail("nobody");
        var known = mvc.perform(forgot(ida.email(), client()))
                .andExpect(redirectedUrl("/password/forgot"))
                .andExpect(flash().attribute("flash", "password.forgot.sent"))
                .andReturn();
        var unknown = mvc.perform(forgot(nobody, client()))
                .andExpect(redirectedUrl("/password/forgot"))
                .andExpect(flash().attribute("flash", "password.forgot.sent"))
                .andReturn();
        assertThat(known.getResponse().getStatus())
                .isEqualTo(unknown.getResponse().getStatus());
        assertThat(outbox.newestTo(ida.email(), 1).getFirst().body()).contains("/password/reset?token=");
        assertThat(outbox.newestTo(nobody, 1)).isEmpty();
    }

    @Test
    void theLinkSetsANewPasswordOnceEndsEverySessionAndOnlyItsHashIsStored() throws Exception {
        var jens = sessions.freelancer("Jens");
        var otherSession = sessions.login(jens.email());
        mvc.perform(forgot(jens.email(), client())).andExpect(redirectedUrl("/password/forgot"));
        var matcher = LINK.matcher(outbox.newestTo(jens.email(), 1).getFirst().body());
        assertThat(matcher.find()).isTrue();
        String link = matcher.group(1);
        String token = link.substring(link.indexOf('=') + 1);
        assertThat(jdbc.sql("select count(*) from account_token where token_hash = :token or token_hash = :hash")
                        .param("token", token)
                        .param("hash", AccountTokens.hash(token))
                        .query(Long.class)
                        .single())
                .as("only the hash is stored")
                .isEqualTo(1L);
        assertThat(jdbc.sql("select count(*) from account_token where token_hash = :token")
                        .param("token", token)
                        .query(Long.class)
                        .single())
                .isZero();

        mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString("Vælg en ny")));
        // the same policy as sign-up
        mvc.perform(post("/password/reset")
                        .with(csrf())
                        .param("token", token)
                        .param("password", "kort")
                        .param("passwordConfirmation", "kort"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vælg en ny")));
        mvc.perform(post("/password/reset")
                        .with(csrf())
                        .param("token", token)
                        .param("password", NEW_PASSWORD)
                        .param("passwordConfirmation", NEW_PASSWORD))
                .andExpect(redirectedUrl("/login"))
                .andExpect(flash().attribute("flash", "password.reset.done"));

        mvc.perform(get("/account").session(jens.session())).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/account").session(otherSession)).andExpect(redirectedUrl("/login"));
        sessions.login(jens.email(), NEW_PASSWORD);

        mvc.perform(get(link)).andExpect(content().string(containsString("Linket kan ikke bruges")));
        mvc.perform(post("/password/reset")
                        .with(csrf())
                        .param("token", token)
                        .param("password", "endnu en ny adgangskode")
                        .param("passwordConfirmation", "endnu en ny adgangskode"))
                .andExpect(content().string(containsString("Linket kan ikke bruges")));
    }

    @Test
    void anExpiredLinkCannotBeUsed() throws Exception {
        var karen = sessions.freelancer("Karen");
        String token = transactions.execute(status ->
                tokens.issue(karen.accountId(), Purpose.PASSWORD_RESET, karen.email(), Duration.ofSeconds(-1)));
        mvc.perform(get("/password/reset").param("token", token))
                .andExpect(content().string(containsString("Linket kan ikke bruges")));
        mvc.perform(post("/password/reset")
                        .with(csrf())
                        .param("token", token)
                        .param("password", NEW_PASSWORD)
                        .param("passwordConfirmation", NEW_PASSWORD))
                .andExpect(content().string(containsString("Linket kan ikke bruges")));
        sessions.login(karen.email());
    }

    @Test
    void requestsAreThrottledPerAddressAndPerClient() throws Exception {
        String target = Sessions.uniqueEmail("target");
        for (int i = 0; i < 3; i++) {
            mvc.perform(forgot(target, client())).andExpect(redirectedUrl("/password/forgot"));
        }
        mvc.perform(forgot(target, client()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("prøvet for mange gange")));

        String oneClient = client();
        for (int i = 0; i < 10; i++) {
            mvc.perform(forgot(Sessions.uniqueEmail("spray"), oneClient)).andExpect(redirectedUrl("/password/forgot"));
        }
        mvc.perform(forgot(Sessions.uniqueEmail("spray"), oneClient))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("prøvet for mange gange")));
    }
}
