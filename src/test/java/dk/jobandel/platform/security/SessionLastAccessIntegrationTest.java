package dk.jobandel.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.Organisations;
import dk.jobandel.platform.database.SqlStatements;
import dk.jobandel.platform.database.SqlStatements.Store;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.MockMvcSessionIds;
import dk.jobandel.testsupport.Sessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 12: a request writes its session's last access only when the stored one is a minute old or more
 * ({@code jobandel.session.last-access-resolution}); requests within the minute send no session {@code UPDATE}. The
 * idle timeout still ends a session, counted from the stored last access. Time passing is shown by moving the stored
 * last access back in the database, which is all that a minute's wait would change.
 */
@ApplicationTest
class SessionLastAccessIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SqlStatements statements;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    MockHttpSession session;
    String sessionId;

    @BeforeEach
    void signIn() throws Exception {
        session = new Sessions(mvc, registration, organisations)
                .freelancer("Lotte Last")
                .session();
        sessionId = (String) session.getAttribute(MockMvcSessionIds.class.getName() + ".id");
        assertThat(sessionId).isNotNull();
        page(); // the first page after the sign-in: whatever it settles in the session
    }

    /** One page; the statements it sent to the session store. */
    long page() throws Exception {
        long before = statements.count(Store.SESSION);
        mvc.perform(get("/notifications").session(session)).andExpect(status().isOk());
        return statements.count(Store.SESSION) - before;
    }

    long storedLastAccess() {
        return jdbc.sql("select last_access_time from spring_session where session_id = :id")
                .param("id", sessionId)
                .query(Long.class)
                .single();
    }

    /** As if the session had last been written this many seconds earlier than it was. */
    void ageSession(long seconds) {
        jdbc.sql("update spring_session set last_access_time = last_access_time - :ms, expiry_time = expiry_time - :ms"
                        + " where session_id = :id")
                .param("ms", seconds * 1000)
                .param("id", sessionId)
                .update();
    }

    @Test
    void requestsWithinAMinuteDoNotWriteTheLastAccessAndOneAfterItDoes() throws Exception {
        long lastAccess = storedLastAccess();

        long first = page();
        long second = page();

        assertThat(second).isEqualTo(first);
        assertThat(storedLastAccess()).isEqualTo(lastAccess);

        ageSession(61);
        long aged = storedLastAccess();
        long afterAMinute = page();

        assertThat(afterAMinute).isEqualTo(first + 1); // the UPDATE of the session's row
        assertThat(storedLastAccess()).isGreaterThan(aged + 60_000);
        assertThat(page()).isEqualTo(first); // and quiet again within the next minute
    }

    @Test
    void aSessionIdleForItsTimeoutEndsAlthoughItsLastRequestsWereNotWritten() throws Exception {
        page();
        int idleSeconds = jdbc.sql("select max_inactive_interval from spring_session where session_id = :id")
                .param("id", sessionId)
                .query(Integer.class)
                .single();

        ageSession(idleSeconds + 1);

        mvc.perform(get("/notifications").session(session))
                .andExpect(status().is3xxRedirection())
                .andExpect(result ->
                        assertThat(result.getResponse().getRedirectedUrl()).contains("/login"));
    }

    @Test
    void aSessionIdleForLessThanItsTimeoutLives() throws Exception {
        int idleSeconds = jdbc.sql("select max_inactive_interval from spring_session where session_id = :id")
                .param("id", sessionId)
                .query(Integer.class)
                .single();

        ageSession(idleSeconds - 60);

        mvc.perform(get("/notifications").session(session)).andExpect(status().isOk());
    }
}
