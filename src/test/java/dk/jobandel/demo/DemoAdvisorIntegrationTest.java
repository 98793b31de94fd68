package dk.jobandel.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.advisor.SecureTerms;
import dk.jobandel.members.Cvr;
import dk.jobandel.members.Organisations;
import dk.jobandel.testsupport.ApplicationTest;
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
}
