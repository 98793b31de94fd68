package dk.jobandel.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.testsupport.ApplicationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** A matching run on the demo data stores explained proposals and keeps what was reviewed. */
@ApplicationTest
@ActiveProfiles("demo")
class MatchingRunsIntegrationTest {

    @Autowired
    MatchingRuns runs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NightlyMatching nightly;

    @Test
    void theNightlyRunIsRecordedAsNightly() {
        nightly.run();
        assertThat(runs.recent(1)).singleElement().satisfies(run -> {
            assertThat(run.trigger()).isEqualTo(MatchingRuns.Trigger.NIGHTLY);
            assertThat(run.status()).isEqualTo("DONE");
            assertThat(run.proposals()).isPositive();
        });
    }

    @Test
    void aRunIsRecordedStoresProposalsWithTheirExplanationAndAReRunKeepsReviewedOnes() {
        var run = runs.runAll(MatchingRuns.Trigger.MANUAL, null).orElseThrow();
        assertThat(run.status()).isEqualTo("DONE");
        assertThat(run.roles()).isGreaterThanOrEqualTo(10);
        assertThat(run.freelancers()).isGreaterThanOrEqualTo(40);
        assertThat(run.proposals()).isGreaterThanOrEqualTo(run.roles());
        assertThat(jdbc.sql("select count(distinct role_id) from proposal")
                        .query(Long.class)
                        .single())
                .as("every published demo role has at least one proposal")
                .isEqualTo(run.roles());
        assertThat(runs.recent(5)).first().satisfies(r -> {
            assertThat(r.id()).isEqualTo(run.id());
            assertThat(r.durationMs()).isNotNull();
        });

        // every shared role's proposals are teams whose members' slots add up to the schedule's hours or more
        List<Long> teamsWithoutMembers = jdbc.sql("""
                        select p.id from proposal p where p.kind = 'TEAM'
                        and (select count(*) from proposal_member m where m.proposal_id = p.id) < 2
                        """).query(Long.class).list();
        assertThat(teamsWithoutMembers).isEmpty();
        assertThat(jdbc.sql("select count(*) from proposal where explanation -> 'breakdown' is null")
                        .query(Long.class)
                        .single())
                .isZero();

        long reviewed =
                jdbc.sql("select min(id) from proposal").query(Long.class).single();
        jdbc.sql("update proposal set review_status = 'APPROVED' where id = :id")
                .param("id", reviewed)
                .update();
        List<Long> before = jdbc.sql("select id from proposal where review_status = 'UNREVIEWED'")
                .query(Long.class)
                .list();

        var second = runs.runAll(MatchingRuns.Trigger.MANUAL, null).orElseThrow();
        assertThat(second.proposals()).isEqualTo(run.proposals());
        assertThat(jdbc.sql("select count(*) from proposal where id = :id")
                        .param("id", reviewed)
                        .query(Long.class)
                        .single())
                .isOne();
        List<Long> after = jdbc.sql("select id from proposal where review_status = 'UNREVIEWED'")
                .query(Long.class)
                .list();
        assertThat(after).doesNotContainAnyElementsOf(before);
    }
}
