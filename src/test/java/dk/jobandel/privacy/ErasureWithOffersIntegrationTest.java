package dk.jobandel.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.jobandel.matching.MatchingRuns;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.Organisations;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * On the demo data: a freelancer with an open offer and unreviewed proposals erases their account. The offer is
 * declined for everybody and the other parties are told; the unreviewed proposals naming them disappear. Its own
 * context (and database), because it erases a demo person.
 */
@ApplicationTest
@ActiveProfiles("demo")
@TestPropertySource(properties = "jobandel.privacy.notice-version=2026-12-erasure-with-offers")
class ErasureWithOffersIntegrationTest {

    static final String DEMO_PASSWORD = "jobandel-demo-2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    MatchingRuns runs;

    @Autowired
    JdbcClient jdbc;

    int count(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(Integer.class).single();
    }

    @Test
    void openOffersAreDeclinedTheOthersToldAndUnreviewedProposalsDisappear() throws Exception {
        var sessions = new Sessions(mvc, registration, organisations);
        var consultant = sessions.login("konsulent@demo.jobandel.dk", DEMO_PASSWORD);
        runs.runAll(MatchingRuns.Trigger.MANUAL, null).orElseThrow();
        long[] team = jdbc.sql("""
                        select p.id, p.version from proposal p join shared_role r on r.id = p.role_id
                        where r.title = 'Kok i frokostkantinen' and p.kind = 'TEAM' and p.review_status = 'UNREVIEWED'
                        order by p.rank limit 1
                        """)
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        mvc.perform(post("/consultant/review/" + team[0] + "/approve")
                        .with(csrf())
                        .session(consultant)
                        .param("version", String.valueOf(team[1])))
                .andExpect(redirectedUrl("/consultant/review/" + team[0]));
        List<Long> people = jdbc.sql(
                        "select freelancer_id from offer where proposal_id = :id and party = 'FREELANCER' order by id")
                .param("id", team[0])
                .query(Long.class)
                .list();
        long leaving = people.get(0);
        long partner = people.get(1);
        String email = jdbc.sql("select email from account where id = :id")
                .param("id", leaving)
                .query(String.class)
                .single();
        assertThat(count("""
                        select count(*) from proposal p join proposal_member m on m.proposal_id = p.id
                        where m.freelancer_id = :id and p.review_status = 'UNREVIEWED'
                        """, leaving)).isPositive();

        // the review page names both people: each sees that the consultant read it
        mvc.perform(get("/consultant/review/" + team[0]).session(consultant)).andExpect(status().isOk());
        assertThat(jdbc.sql("select page from profile_view where freelancer_id = :id")
                        .param("id", partner)
                        .query(String.class)
                        .list())
                .contains("/consultant/review/" + team[0]);

        var session = sessions.login(email, DEMO_PASSWORD);
        mvc.perform(post("/privacy/my-data/erase")
                        .with(csrf())
                        .session(session)
                        .param("password", DEMO_PASSWORD)
                        .param("confirm", "true"))
                .andExpect(redirectedUrl("/"));

        assertThat(jdbc.sql("select status from offer where proposal_id = :id order by id")
                        .param("id", team[0])
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("DECLINED", "WITHDRAWN", "WITHDRAWN");
        assertThat(jdbc.sql("select review_status from proposal where id = :id")
                        .param("id", team[0])
                        .query(String.class)
                        .single())
                .isEqualTo("DECLINED");
        assertThat(count(
                        "select count(*) from notification where recipient_id = :id and kind = 'OFFER_DECLINED'",
                        partner))
                .isEqualTo(1);
        assertThat(jdbc.sql("""
                        select count(*) from notification n join organisation_staff s on s.account_id = n.recipient_id
                        join offer o on o.organisation_id = s.organisation_id
                        where o.proposal_id = :id and n.kind = 'OFFER_DECLINED'
                        """).param("id", team[0]).query(Integer.class).single())
                .isPositive();
        assertThat(count("""
                        select count(*) from proposal p join proposal_member m on m.proposal_id = p.id
                        where m.freelancer_id = :id and p.review_status = 'UNREVIEWED'
                        """, leaving)).isZero();
        assertThat(count(
                        "select count(*) from mail_outbox where recipient_email = (select email from account where id = :id)",
                        leaving))
                .isZero();
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient_email = :email")
                        .param("email", email)
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
