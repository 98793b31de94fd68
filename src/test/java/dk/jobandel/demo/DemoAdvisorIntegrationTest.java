package dk.jobandel.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.advisor.SecureTerms;
import dk.jobandel.members.Cvr;
import dk.jobandel.members.Organisations;
import dk.jobandel.testsupport.ApplicationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

/** The demo shows the advisor's score at both ends: one cooperative with strong terms and one with weak terms. */
@ApplicationTest
@ActiveProfiles("demo")
class DemoAdvisorIntegrationTest {

    @Autowired
    SecureTerms secureTerms;

    @Autowired
    Organisations organisations;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Autowired
    dk.jobandel.members.MemberRegistration registration;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void thePoolPageAsksTheConsultantTheAgencyQuestionAndNamesTheLowPension() throws Exception {
        long poolId = jdbc.sql("select id from pool where name = 'Aarhus Kooperative Pulje'")
                .query(Long.class)
                .single();
        var consultant = new dk.jobandel.testsupport.Sessions(mvc, registration, organisations)
                .login("konsulent@demo.jobandel.dk", "jobandel-demo-2026");
        String page = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/pools/" + poolId)
                                .session(consultant))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("data-rule=\"AGENCY_QUESTION\"")
                .contains("Spørgsmål til konsulenten")
                .contains("Vikarloven")
                .contains("data-rule=\"NO_AGREEMENT\"");
    }

    private SecureTerms.OrganisationScore score(String cvr) {
        long id = organisations.byCvr(new Cvr(cvr)).orElseThrow().getId();
        return secureTerms.organisationScore(id);
    }

    @Test
    void oneCooperativeScoresHighAndAnotherLowWithStepsAndAFindingToFix() {
        SecureTerms.OrganisationScore strong = score(DemoAdvisor.STRONG_CVR);
        SecureTerms.OrganisationScore weak = score(DemoAdvisor.WEAK_CVR);
        assertThat(strong.roles()).isNotEmpty();
        assertThat(strong.score().points()).isGreaterThanOrEqualTo(9);
        assertThat(weak.score().points()).isLessThanOrEqualTo(2);
        assertThat(weak.score().steps()).hasSize(5);
        assertThat(weak.roles()).anySatisfy(r -> {
            assertThat(r.title()).isEqualTo(DemoAdvisor.WEAK_DRAFT);
            assertThat(r.blocking()).isGreaterThanOrEqualTo(2);
        });
    }

    @Test
    void theWeakCooperativeHasOneOpenSecureEmploymentCourseWaitingForAConsultant() {
        long weak =
                organisations.byCvr(new Cvr(DemoAdvisor.WEAK_CVR)).orElseThrow().getId();
        var courses = jdbc.sql("""
                        select stage, intake_status, request_text from guidance_course
                        where organisation_id = :org and kind = 'SECURE_EMPLOYMENT'
                        """)
                .param("org", weak)
                .query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        assertThat(courses).containsExactly(List.of("INTAKE", "WAITING", DemoAdvisor.WEAK_REQUEST));
    }
}
