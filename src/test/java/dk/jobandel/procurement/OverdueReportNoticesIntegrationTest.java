package dk.jobandel.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.OrganisationKind;
import dk.jobandel.members.Organisations;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The daily overdue-report notices (issue 16), with fixed days: a quarter's report not sent 30 days after the quarter
 * notifies the supplier's and the municipality's staff once; a rerun sends nothing new; a reported quarter sends
 * nothing.
 */
@ApplicationTest
class OverdueReportNoticesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    OverdueReportNotices notices;

    @Autowired
    JdbcClient jdbc;

    Sessions.Cooperative aarhus;
    Sessions.Cooperative sov;
    long clause;

    @BeforeEach
    void anAwardedContractFromTheFirstOfJanuary2027() throws Exception {
        var sessions = new Sessions(mvc, registration, organisations);
        aarhus = ProcurementFixtures.organisation(
                sessions, registration, organisations, "Aarhus Kommune", OrganisationKind.MUNICIPALITY, 751, true);
        sov = ProcurementFixtures.organisation(
                sessions,
                registration,
                organisations,
                "Rent Rummeligt " + UUID.randomUUID(),
                OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE,
                751,
                true);
        LocalDate start = LocalDate.of(2027, 1, 1);
        String location = mvc.perform(post("/procurement/contracts")
                        .session(aarhus.staff().session())
                        .with(csrf())
                        .param("title", "Vinduespudsning " + UUID.randomUUID())
                        .param("service", "CLEANING")
                        .param("estimatedValueDkk", "900000")
                        .param("startsOn", start.toString())
                        .param("endsOn", start.plusYears(1).minusDays(1).toString())
                        .param("municipalityCode", "751")
                        .param("aboveEuThreshold", "false"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long contract = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        long template = jdbc.sql("select id from clause_template where code = 'TARGET_GROUP_EMPLOYMENT'")
                .query(Long.class)
                .single();
        mvc.perform(post("/procurement/contracts/{id}/clauses", contract)
                .session(aarhus.staff().session())
                .with(csrf())
                .param("templateId", String.valueOf(template))
                .param("target", "4"));
        clause = jdbc.sql("select id from contract_clause where contract_id = :id")
                .param("id", contract)
                .query(Long.class)
                .single();
        jdbc.sql("""
                        update procurement_contract set status = 'AWARDED', supplier_organisation_id = :s,
                            awarded_on = :start where id = :id
                        """)
                .param("s", sov.organisationId())
                .param("start", Date.valueOf(start))
                .param("id", contract)
                .update();
    }

    private int notices(Sessions.Cooperative organisation) {
        return jdbc.sql("""
                        select count(*) from notification
                        where recipient_id = :a and kind = 'PROCUREMENT_REPORT_OVERDUE' and link like :link
                        """)
                .param("a", organisation.staff().accountId())
                .param("link", "%/procurement/contracts/%")
                .query(Integer.class)
                .single();
    }

    @Test
    void anOverdueQuarterIsNoticedOnceToBothSides() {
        // other tests' contracts may be noticed too: only this contract's recipients are counted
        // the first quarter ends 31 March and is due by 30 April: not yet overdue that day
        notices.sendDue(LocalDate.of(2027, 4, 30));
        assertThat(notices(sov)).isZero();

        notices.sendDue(LocalDate.of(2027, 5, 1));
        assertThat(notices(sov)).isEqualTo(1);
        assertThat(notices(aarhus)).isEqualTo(1);
        // the next day, or a second node: nothing new
        notices.sendDue(LocalDate.of(2027, 5, 2));
        assertThat(notices(sov)).isEqualTo(1);

        // the second quarter is reported in time: no notice for it, even long after
        jdbc.sql("""
                        insert into clause_report (clause_id, period_start, actual_value, evidence, reported_at)
                        values (:c, :start, 4, 'Fire ansatte.', :at)
                        """)
                .param("c", clause)
                .param("start", Date.valueOf(LocalDate.of(2027, 4, 1)))
                .param("at", Timestamp.from(Instant.parse("2027-07-10T10:00:00Z")))
                .update();
        notices.sendDue(LocalDate.of(2027, 9, 1));
        assertThat(notices(aarhus)).isEqualTo(1);
        // the third quarter is overdue from 31 October
        notices.sendDue(LocalDate.of(2027, 10, 31));
        assertThat(notices(aarhus)).isEqualTo(2);
    }
}
