package dk.jobandel.securitylog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.MemberRegistration.NewPerson;
import dk.jobandel.members.Organisations;
import dk.jobandel.members.Role;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Review finding 4: security events are recorded, admins read them with filters, and they are kept a year. */
@ApplicationTest
class SecurityLogIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SecurityLog log;

    private long count(String kind, String column, Object value) {
        return jdbc.sql("select count(*) from security_event where kind = :kind and " + column + " = :value")
                .param("kind", kind)
                .param("value", value)
                .query(Long.class)
                .single();
    }

    @Test
    void signInsFailuresDeniedAccessAndPasswordChangesAreRecordedAndAdminsFilterThem() throws Exception {
        var sessions = new Sessions(mvc, registration, organisations);
        String stranger = Sessions.uniqueEmail("stranger");
        mvc.perform(post("/login")
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr("10.66.0.9");
                    return request;
                })
                .param("email", stranger)
                .param("password", "guessing"));
        assertThat(count("SIGN_IN_FAILED", "subject", stranger)).isEqualTo(1);

        var freelancer = sessions.freelancer("Logget");
        assertThat(count("SIGN_IN", "account_id", freelancer.accountId())).isEqualTo(1);
        mvc.perform(get("/consultant/organisations").session(freelancer.session()))
                .andExpect(status().isForbidden());
        assertThat(count("ACCESS_DENIED", "account_id", freelancer.accountId())).isEqualTo(1);
        // a 404 that may stand for a denial: another's agreement reads as not found, and is recorded
        mvc.perform(get("/agreements/987654321").session(freelancer.session())).andExpect(status().isNotFound());
        assertThat(jdbc.sql("""
                        select detail from security_event where kind = 'NOT_FOUND_DENIED' and account_id = :id
                        """)
                        .param("id", freelancer.accountId())
                        .query(String.class)
                        .list())
                .containsExactly("GET /agreements/987654321");
        mvc.perform(post("/account/password")
                .with(csrf())
                .session(freelancer.session())
                .param("currentPassword", Sessions.PASSWORD)
                .param("newPassword", "en helt ny og lang sætning")
                .param("newPasswordConfirmation", "en helt ny og lang sætning"));
        assertThat(count("PASSWORD_CHANGED", "account_id", freelancer.accountId()))
                .isEqualTo(1);

        String admin = Sessions.uniqueEmail("admin");
        registration.createStaffAccount(
                new NewPerson("Ada", admin, Sessions.PASSWORD, Locale.of("da")), EnumSet.of(Role.ADMIN));
        var adminSession = sessions.login(admin);
        mvc.perform(get("/admin/security-events")
                        .session(adminSession)
                        .param("kind", "SIGN_IN_FAILED")
                        .param("subject", stranger))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(stranger)))
                .andExpect(content().string(containsString("10.66.0.9")))
                .andExpect(content().string(not(containsString(freelancer.email()))));
        mvc.perform(get("/admin/security-events").session(freelancer.session())).andExpect(status().isForbidden());
    }

    @Test
    void eventsAreKeptForAYear() {
        Instant now = Instant.now();
        long old = insert(now.minus(Duration.ofDays(366)));
        long recent = insert(now.minus(Duration.ofDays(364)));
        log.forgetOldEvents();
        assertThat(exists(old)).isFalse();
        assertThat(exists(recent)).isTrue();
    }

    private long insert(Instant at) {
        return jdbc.sql("insert into security_event (at, kind) values (:at, 'SIGN_IN') returning id")
                .param("at", Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    private boolean exists(long id) {
        return jdbc.sql("select count(*) from security_event where id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
