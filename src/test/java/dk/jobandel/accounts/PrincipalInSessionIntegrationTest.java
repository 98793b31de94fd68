package dk.jobandel.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.Organisations;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** Review finding 8: the principal kept in the (PostgreSQL) session holds no password hash. */
@ApplicationTest
class PrincipalInSessionIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    private List<UserDetails> principalsInSessions(long accountId) throws Exception {
        List<byte[]> stored = jdbc.sql("""
                        select a.attribute_bytes from spring_session_attributes a
                        join spring_session s on s.primary_id = a.session_primary_id
                        where s.principal_name = :index and a.attribute_name = 'SPRING_SECURITY_CONTEXT'
                        """)
                .param("index", "account:" + accountId)
                .query(byte[].class)
                .list();
        assertThat(stored).isNotEmpty();
        var principals = new java.util.ArrayList<UserDetails>();
        for (byte[] bytes : stored) {
            try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
                principals.add((UserDetails)
                        ((SecurityContext) in.readObject()).getAuthentication().getPrincipal());
            }
        }
        return principals;
    }

    @Test
    void neitherTheLoginNorAChangeOfNamePutsThePasswordHashIntoTheSession() throws Exception {
        var sessions = new Sessions(mvc, registration, organisations);
        var member = sessions.freelancer("Hash Hansen");
        assertThat(principalsInSessions(member.accountId()))
                .allSatisfy(p -> assertThat(p.getPassword()).isNull());

        // a new name puts a fresh principal into the session
        mvc.perform(post("/account/name").with(csrf()).session(member.session()).param("displayName", "Hash Holm"))
                .andExpect(redirectedUrl("/account"));
        assertThat(principalsInSessions(member.accountId()))
                .allSatisfy(p -> assertThat(p.getPassword()).isNull());
    }
}
