package dk.jobandel.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import dk.jobandel.accounts.core.Base32;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.MemberRegistration.NewPerson;
import dk.jobandel.members.Organisations;
import dk.jobandel.members.Role;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The second factor with the production rule: consultants and admins must use it, others may. */
@ApplicationTest
@TestPropertySource(properties = "jobandel.two-factor.required-roles=CONSULTANT,ADMIN")
class SecondFactorIntegrationTest {

    /** Spring Security names the missing factor in the query: {@code ?factor.type=totp&factor.reason=missing}. */
    private static final String TWO_FACTOR_PAGE = "/login/two-factor?*";

    private static final TimeBasedOneTimePasswordGenerator TOTP = new TimeBasedOneTimePasswordGenerator();

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    Sessions sessions;

    @BeforeEach
    void setUp() {
        sessions = new Sessions(mvc, registration, organisations);
    }

    /** The app's code for the time step {@code offset} steps from now. */
    private static String code(String secret, int offset) throws Exception {
        var key = new SecretKeySpec(Base32.decode(secret), "HmacSHA1");
        return TOTP.generateOneTimePasswordString(
                key, Instant.now().plus(TOTP.getTimeStep().multipliedBy(offset)), Locale.ROOT);
    }

    /** The key, the code that turned the factor on (already used), and the recovery codes. */
    private record Enrolled(String secret, String usedCode, List<String> recoveryCodes) {}

    private Enrolled enrol(MockHttpSession session) throws Exception {
        String page = mvc.perform(get("/account/two-factor/setup").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var secret = Pattern.compile("<code id=\"secret\">([A-Z2-7]+)</code>").matcher(page);
        assertThat(secret.find()).as("the key as text").isTrue();
        String usedCode = code(secret.group(1), 0);
        String codes = mvc.perform(post("/account/two-factor/setup")
                        .with(csrf())
                        .session(session)
                        .param("code", usedCode))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dine gendannelseskoder")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var matcher = Pattern.compile("<code>([a-z2-9]{5}-[a-z2-9]{5})</code>").matcher(codes);
        List<String> recovery = new ArrayList<>();
        while (matcher.find()) {
            recovery.add(matcher.group(1));
        }
        assertThat(recovery).hasSize(10);
        return new Enrolled(secret.group(1), usedCode, recovery);
    }

    private String consultantEmail() {
        String email = Sessions.uniqueEmail("consultant");
        registration.createStaffAccount(
                new NewPerson("Mette", email, Sessions.PASSWORD, Locale.of("da")), EnumSet.of(Role.CONSULTANT));
        return email;
    }

    @Test
    void aConsultantMustSetUpTheAppBeforeReadingAnythingAndThenSignsInWithACode() throws Exception {
        String email = consultantEmail();
        MockHttpSession session = sessions.login(email);
        mvc.perform(get("/consultant/organisations").session(session)).andExpect(redirectedUrlPattern(TWO_FACTOR_PAGE));
        mvc.perform(get("/login/two-factor").session(session)).andExpect(redirectedUrl("/account/two-factor/setup"));
        mvc.perform(get("/account/two-factor/setup").session(session)).andExpect(status().isOk());
        mvc.perform(post("/account/two-factor/setup")
                        .with(csrf())
                        .session(session)
                        .param("code", "000000"))
                .andExpect(content().string(containsString("Koden passer ikke")));
        Enrolled enrolled = enrol(session);
        mvc.perform(get("/consultant/organisations").session(session)).andExpect(status().isOk());

        MockHttpSession next = sessions.login(email);
        mvc.perform(get("/consultant/organisations").session(next)).andExpect(redirectedUrlPattern(TWO_FACTOR_PAGE));
        mvc.perform(get("/login/two-factor").session(next)).andExpect(status().isOk());
        // the code that set the app up cannot be used again
        mvc.perform(post("/login/two-factor").with(csrf()).session(next).param("code", enrolled.usedCode()))
                .andExpect(content().string(containsString("Koden passer ikke")));
        String fresh = code(enrolled.secret(), 1);
        mvc.perform(post("/login/two-factor").with(csrf()).session(next).param("code", fresh))
                .andExpect(redirectedUrl("/dashboard"));
        mvc.perform(get("/consultant/organisations").session(next)).andExpect(status().isOk());

        MockHttpSession third = sessions.login(email);
        mvc.perform(post("/login/two-factor").with(csrf()).session(third).param("code", fresh))
                .andExpect(content().string(containsString("Koden passer ikke")));
    }

    @Test
    void aRecoveryCodeWorksOnceAndAConsultantCannotTurnTheFactorOff() throws Exception {
        String email = consultantEmail();
        MockHttpSession first = sessions.login(email);
        Enrolled enrolled = enrol(first);
        mvc.perform(post("/account/two-factor/disable").with(csrf()).session(first))
                .andExpect(flash().attribute("flash", "twoFactor.requiredForRole"));

        MockHttpSession lostPhone = sessions.login(email);
        String recovery = enrolled.recoveryCodes().get(3);
        mvc.perform(post("/login/two-factor")
                        .with(csrf())
                        .session(lostPhone)
                        .param("code", recovery.toUpperCase(Locale.ROOT)))
                .andExpect(flash().attribute("flash", "twoFactor.recoveryCodeUsed"));
        mvc.perform(get("/account").session(lostPhone))
                .andExpect(content().string(containsString("Du har 9 ubrugte gendannelseskoder")));

        MockHttpSession again = sessions.login(email);
        mvc.perform(post("/login/two-factor").with(csrf()).session(again).param("code", recovery))
                .andExpect(content().string(containsString("Koden passer ikke")));
    }

    @Test
    void othersMayChooseTheFactorAndThenNeedIt() throws Exception {
        var freelancer = sessions.freelancer("Ole");
        mvc.perform(get("/profile").session(freelancer.session())).andExpect(status().isOk());
        Enrolled enrolled = enrol(freelancer.session());
        mvc.perform(get("/profile").session(freelancer.session())).andExpect(status().isOk());

        MockHttpSession next = sessions.login(freelancer.email());
        mvc.perform(get("/profile").session(next)).andExpect(redirectedUrlPattern(TWO_FACTOR_PAGE));
        mvc.perform(post("/login/two-factor").with(csrf()).session(next).param("code", code(enrolled.secret(), 1)))
                .andExpect(redirectedUrl("/dashboard"));
        mvc.perform(post("/account/two-factor/disable").with(csrf()).session(next))
                .andExpect(flash().attribute("flash", "twoFactor.disabled"));
        mvc.perform(get("/profile").session(sessions.login(freelancer.email()))).andExpect(status().isOk());
    }

    @Test
    void wrongCodesAreThrottled() throws Exception {
        String email = consultantEmail();
        Enrolled enrolled = enrol(sessions.login(email));
        MockHttpSession session = sessions.login(email);
        for (int i = 0; i < 4; i++) {
            mvc.perform(post("/login/two-factor").with(csrf()).session(session).param("code", "12345" + i))
                    .andExpect(content().string(containsString("Koden passer ikke")));
        }
        mvc.perform(post("/login/two-factor").with(csrf()).session(session).param("code", code(enrolled.secret(), 1)))
                .andExpect(content().string(containsString("prøvet for mange gange")));
    }

    @Test
    void anAdminResetIsAuditedAndEndsTheMembersSessions() throws Exception {
        String consultant = consultantEmail();
        MockHttpSession consultantSession = sessions.login(consultant);
        enrol(consultantSession);

        String admin = Sessions.uniqueEmail("admin");
        registration.createStaffAccount(
                new NewPerson("Ada", admin, Sessions.PASSWORD, Locale.of("da")), EnumSet.of(Role.ADMIN));
        MockHttpSession adminSession = sessions.login(admin);
        mvc.perform(get("/admin/two-factor").session(adminSession)).andExpect(redirectedUrlPattern(TWO_FACTOR_PAGE));
        enrol(adminSession);
        // a consultant is no admin
        mvc.perform(get("/admin/two-factor").session(consultantSession)).andExpect(status().isForbidden());

        mvc.perform(post("/admin/two-factor/reset")
                        .with(csrf())
                        .session(adminSession)
                        .param("email", consultant)
                        .param("reason", ""))
                .andExpect(content().string(containsString("Skriv en begrundelse")));
        mvc.perform(post("/admin/two-factor/reset")
                        .with(csrf())
                        .session(adminSession)
                        .param("email", consultant)
                        .param("reason", "Mistede telefonen; identitet tjekket i telefonen"))
                .andExpect(redirectedUrl("/admin/two-factor"));

        mvc.perform(get("/account").session(consultantSession)).andExpect(redirectedUrl("/login"));
        long consultantId = jdbc.sql("select id from account where email = :email")
                .param("email", consultant)
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("""
                        select count(*) from state_change
                        where subject_type = 'ACCOUNT' and subject_id = :id and to_state = 'TWO_FACTOR_RESET'
                          and reason like 'Mistede telefonen%' and actor_id is not null
                        """).param("id", consultantId).query(Long.class).single())
                .isEqualTo(1L);
        MockHttpSession afterReset = sessions.login(consultant);
        mvc.perform(get("/login/two-factor").session(afterReset)).andExpect(redirectedUrl("/account/two-factor/setup"));
    }
}
