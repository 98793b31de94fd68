package dk.jobandel.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Texts;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@ApplicationTest
class SignUpAndLoginIntegrationTest {

    private static final String PASSWORD = "grøn cykel under æbletræet";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    dk.jobandel.platform.RateLimits rateLimits;

    @Autowired
    dk.jobandel.platform.UsageLimits usageLimits;

    private static String uniqueEmail(String name) {
        return name + "-" + UUID.randomUUID() + "@example.dk";
    }

    /** Each test acts from its own client address, so address throttling in one test never blocks another. */
    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static MockHttpServletRequestBuilder login(String email, String password, String address) {
        return post("/login")
                .with(csrf())
                .with(from(address))
                .param("email", email)
                .param("password", password);
    }

    private void signUpFreelancer(String email) throws Exception {
        mvc.perform(post("/register/freelancer")
                        .with(csrf())
                        .param("displayName", "Amira Nielsen")
                        .param("email", email)
                        .param("password", PASSWORD)
                        .param("passwordConfirmation", PASSWORD)
                        .param("consent", "true"))
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void oneAddressSignsUpOnlySoManyTimesAnHourAndIsToldSoWithTheFormKept() throws Exception {
        String address = "10.5." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
        // the address has used its hour's sign-ups (the bucket is the one every node shares)
        for (int i = 0; i < usageLimits.signUpsPerAddressPerHour(); i++) {
            assertThat(rateLimits.tryAcquire(usageLimits.signUps(), address)).isTrue();
        }
        String email = uniqueEmail("limited");
        mvc.perform(post("/register/freelancer")
                        .with(csrf())
                        .with(from(address))
                        .param("displayName", "Amira Nielsen")
                        .param("email", email)
                        .param("password", PASSWORD)
                        .param("passwordConfirmation", PASSWORD)
                        .param("consent", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("For mange tilmeldinger fra din forbindelse")))
                .andExpect(content().string(containsString("value=\"" + email + "\"")));
        assertThat(jdbc.sql("select count(*) from account where email = :email")
                        .param("email", email)
                        .query(Integer.class)
                        .single())
                .isZero();
        // another address is not affected
        mvc.perform(post("/register/freelancer")
                        .with(csrf())
                        .with(from("10.6.0.1"))
                        .param("displayName", "Amira Nielsen")
                        .param("email", email)
                        .param("password", PASSWORD)
                        .param("passwordConfirmation", PASSWORD)
                        .param("consent", "true"))
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void aFreelancerSignsUpLogsInSeesTheirDashboardAndLogsOut() throws Exception {
        String email = uniqueEmail("amira");
        signUpFreelancer(email);

        var loggedIn = mvc.perform(login(email.toUpperCase(), PASSWORD, "127.0.0.1"))
                .andExpect(authenticated().withRoles("FREELANCER"))
                .andExpect(redirectedUrl("/dashboard"))
                .andReturn();
        var session = (MockHttpSession) loggedIn.getRequest().getSession();

        mvc.perform(get("/dashboard").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Velkommen, Amira Nielsen")))
                .andExpect(content().string(containsString("Din profil er 0 % udfyldt")));

        mvc.perform(post("/logout").with(csrf()).session(session)).andExpect(redirectedUrl("/?loggedOut"));
        mvc.perform(get("/dashboard").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void consentIsRecordedAndThePasswordIsStoredAsAnArgon2idHash() throws Exception {
        String email = uniqueEmail("hash");
        signUpFreelancer(email);
        var stored = jdbc.sql("select password_hash, privacy_consent_at is not null from account where email = :email")
                .param("email", email.toLowerCase())
                .query((rs, row) -> new Object[] {rs.getString(1), rs.getBoolean(2)})
                .single();
        assertThat((String) stored[0])
                .startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$")
                .doesNotContain(PASSWORD);
        assertThat((Boolean) stored[1]).isTrue();
    }

    @Test
    void aCooperativeSignsUpAndItsStaffSeeThatTheyAwaitVerification() throws Exception {
        String email = uniqueEmail("anders");
        mvc.perform(post("/register/cooperative")
                        .with(csrf())
                        .param("organisationName", "Grøn Omstilling Kooperativ")
                        .param("cvr", "DK 7013 1803")
                        .param("organisationType", "WORKER_COOPERATIVE")
                        .param("municipalityCode", "751")
                        .param("displayName", "Anders Holm")
                        .param("email", email)
                        .param("password", PASSWORD)
                        .param("passwordConfirmation", PASSWORD)
                        .param("consent", "true"))
                .andExpect(redirectedUrl("/login"));

        var loggedIn = mvc.perform(login(email, PASSWORD, "127.0.0.1"))
                .andExpect(authenticated().withRoles("COOPERATIVE"))
                .andReturn();
        mvc.perform(get("/dashboard")
                        .session((MockHttpSession) loggedIn.getRequest().getSession()))
                .andExpect(content().string(containsString("Grøn Omstilling Kooperativ")))
                .andExpect(content().string(containsString("70131803")))
                .andExpect(content().string(containsString("Afventer godkendelse")))
                .andExpect(content().string(containsString("Aarhus")))
                // the organisation's section and the offers panel in the organisation's words, no staff sections
                .andExpect(content().string(containsString("id=\"cooperative-heading\"")))
                .andExpect(
                        content().string(containsString(Texts.shown(messages, "dashboard.offers.none.organisation"))))
                .andExpect(content().string(not(containsString("id=\"consultant-heading\""))))
                .andExpect(content().string(not(containsString("id=\"admin-heading\""))));

        // the same CVR cannot be registered twice
        mvc.perform(post("/register/cooperative")
                        .with(csrf())
                        .param("organisationName", "Et andet navn")
                        .param("cvr", "70131803")
                        .param("organisationType", "ASSOCIATION")
                        .param("municipalityCode", "101")
                        .param("displayName", "Bo")
                        .param("email", uniqueEmail("bo"))
                        .param("password", PASSWORD)
                        .param("passwordConfirmation", PASSWORD)
                        .param("consent", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("allerede registreret en organisation")));
    }

    @Test
    void aSecondSignUpWithTheSameEmailIsRefusedWhateverItsCase() throws Exception {
        String email = uniqueEmail("twice");
        signUpFreelancer(email);
        mvc.perform(post("/register/freelancer")
                        .with(csrf())
                        .param("displayName", "Someone Else")
                        .param("email", email.toUpperCase())
                        .param("password", PASSWORD)
                        .param("passwordConfirmation", PASSWORD)
                        .param("consent", "true"))
                // the answer reads as for a new address (review finding 8); the address's owner is told instead
                .andExpect(redirectedUrl("/login"));
        assertThat(jdbc.sql("select display_name from account where email = :email")
                        .param("email", email.toLowerCase())
                        .query(String.class)
                        .single())
                .isEqualTo("Amira Nielsen");
        assertThat(jdbc.sql(
                                "select count(*) from mail_outbox where recipient_email = :email and subject like '%konto%'")
                        .param("email", email.toLowerCase())
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void afterFiveWrongPasswordsTheAccountIsThrottledEvenForTheRightPassword() throws Exception {
        String email = uniqueEmail("throttled");
        signUpFreelancer(email);
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(login(email, "wrong password " + attempt, "10.0.0." + attempt))
                    .andExpect(unauthenticated())
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(login(email, "wrong password 5", "10.0.0.5"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?throttled"));
        // the sixth attempt, even with the right password and from a fresh address, is refused
        mvc.perform(login(email, PASSWORD, "10.0.0.6"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?throttled"));
        mvc.perform(get("/login").param("throttled", ""))
                .andExpect(content().string(containsString("For mange mislykkede forsøg")));
    }

    @Test
    void aBrowserThatSignedInBeforeIsNotLockedOutBySomebodyGuessingElsewhere() throws Exception {
        String email = uniqueEmail("owner");
        signUpFreelancer(email);
        var first = mvc.perform(login(email, PASSWORD, "10.4.0.1"))
                .andExpect(authenticated())
                .andReturn();
        var device = first.getResponse().getCookie("JOBANDEL_DEVICE");
        assertThat(device).isNotNull();
        assertThat(device.isHttpOnly()).isTrue();

        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(login(email, "guess " + attempt, "10.4.1." + attempt)).andExpect(unauthenticated());
        }
        // a new browser waits, even with the right password
        mvc.perform(login(email, PASSWORD, "10.4.0.1"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?throttled"));
        // the owner's browser signs in, and gets a fresh token
        var again = mvc.perform(login(email, PASSWORD, "10.4.0.1").cookie(device))
                .andExpect(authenticated())
                .andReturn();
        assertThat(again.getResponse().getCookie("JOBANDEL_DEVICE").getValue()).isNotEqualTo(device.getValue());
    }

    @Test
    void oneAddressIsThrottledAfterFiveFailuresAcrossAccountsAndUnknownEmailsReadTheSame() throws Exception {
        String address = "10.1.0.1";
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(login(uniqueEmail("nobody"), "whatever", address)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(login(uniqueEmail("nobody"), "x", address)).andExpect(redirectedUrl("/login?throttled"));
        String email = uniqueEmail("innocent");
        signUpFreelancer(email);
        mvc.perform(login(email, PASSWORD, address))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?throttled"));
        mvc.perform(login(email, PASSWORD, "10.1.0.2")).andExpect(authenticated());
    }

    @Test
    void theFirstAdminComesFromConfigurationAndSeesThePlatformFigures() throws Exception {
        var loggedIn = mvc.perform(login(ApplicationTest.ADMIN_EMAIL, ApplicationTest.ADMIN_PASSWORD, "10.2.0.1"))
                .andExpect(authenticated().withRoles("ADMIN"))
                .andReturn();
        mvc.perform(get("/dashboard")
                        .session((MockHttpSession) loggedIn.getRequest().getSession()))
                .andExpect(content().string(containsString("Tal for platformen")))
                .andExpect(content().string(containsString("id=\"admin-heading\"")))
                .andExpect(content().string(not(containsString("id=\"cooperative-heading\""))))
                .andExpect(content().string(not(containsString("id=\"consultant-heading\""))));
    }

    @Test
    void theLanguageChoiceIsRememberedForTheMemberAtTheirNextLogin() throws Exception {
        String email = uniqueEmail("english");
        signUpFreelancer(email);
        var loggedIn = mvc.perform(login(email, PASSWORD, "10.3.0.1")).andReturn();
        var session = (MockHttpSession) loggedIn.getRequest().getSession();
        mvc.perform(post("/language")
                        .with(csrf())
                        .session(session)
                        .param("lang", "en")
                        .param("returnTo", "/dashboard"))
                .andExpect(redirectedUrl("/dashboard"))
                .andExpect(cookie().value("JOBANDEL_LANG", "en"));

        // a new browser without the cookie: the login brings English back
        mvc.perform(login(email, PASSWORD, "10.3.0.2")).andExpect(cookie().value("JOBANDEL_LANG", "en"));
    }

    @Test
    void aSignedInMemberWhoOpensTheFrontPageGoesToTheDashboard() throws Exception {
        String email = uniqueEmail("home");
        signUpFreelancer(email);
        var session = (MockHttpSession) mvc.perform(login(email, PASSWORD, "10.7.0.1"))
                .andReturn()
                .getRequest()
                .getSession();
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/dashboard"));
        mvc.perform(get("/")).andExpect(status().isOk());
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void unknownPagesShowTheDanishNotFoundPageWithoutAStackTrace() throws Exception {
        String email = uniqueEmail("lost");
        signUpFreelancer(email);
        var loggedIn = mvc.perform(login(email, PASSWORD, "10.4.0.1")).andReturn();
        mvc.perform(get("/no/such/page")
                        .session((MockHttpSession) loggedIn.getRequest().getSession()))
                .andExpect(status().isNotFound());
    }

    @Test
    void consultantAndAdminAreasAreClosedToOtherRoles() throws Exception {
        String email = uniqueEmail("curious");
        signUpFreelancer(email);
        var session = (MockHttpSession) mvc.perform(login(email, PASSWORD, "10.5.0.1"))
                .andReturn()
                .getRequest()
                .getSession();
        mvc.perform(get("/consultant/anything").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/anything").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void metricsTakeTheirOwnCredentialAndNoMembersPassword() throws Exception {
        // the first admin (from configuration) is a member: their password opens nothing here
        mvc.perform(get("/actuator/prometheus")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic(ApplicationTest.ADMIN_EMAIL, ApplicationTest.ADMIN_PASSWORD)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("metrics", ApplicationTest.METRICS_PASSWORD)))
                .andExpect(status().isOk());
    }
}
