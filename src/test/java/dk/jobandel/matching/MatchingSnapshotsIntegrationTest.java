package dk.jobandel.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.freelancers.FreelancerProfiles;
import dk.jobandel.matching.engine.MatchingEngine;
import dk.jobandel.matching.engine.RoleSnapshot;
import dk.jobandel.testsupport.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The engine's input is read from PostgreSQL as the profiles and roles say, and the demo data matches. */
@ApplicationTest
@ActiveProfiles("demo")
class MatchingSnapshotsIntegrationTest {

    @Autowired
    MatchingSnapshots snapshots;

    @Autowired
    FreelancerProfiles profiles;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyCompleteProfileAndEveryPublishedRoleIsInTheSnapshotAsSaved() {
        var snapshot = snapshots.take();
        long published = jdbc.sql("select count(*) from shared_role where status = 'PUBLISHED'")
                .query(Long.class)
                .single();
        assertThat(snapshot.roles()).hasSize((int) published);
        assertThat(snapshot.freelancers().size()).isGreaterThanOrEqualTo(40);

        var first = snapshot.freelancers().freelancer(0);
        var profile = profiles.profileOf(first.id());
        for (int word = 0; word < 6; word++) {
            assertThat(first.available()[word]).isEqualTo(profile.availability().word(word));
        }
        assertThat(first.desiredMinHalfHours()).isEqualTo(profile.basics().desiredHoursMin() * 2);
        for (var held : profile.skills()) {
            int id = held.skillId();
            long[] atLevel =
                    held.level() == 3 ? first.atLeast3() : held.level() == 2 ? first.atLeast2() : first.atLeast1();
            assertThat(atLevel[id >>> 6] & (1L << (id & 63))).isNotZero();
        }
    }

    @Test
    void everyPublishedDemoRoleHasCandidatesAndEverySharedOneTeams() {
        var snapshot = snapshots.take();
        int withProposals = 0;
        var without = new java.util.ArrayList<String>();
        for (RoleSnapshot role : snapshot.roles()) {
            boolean any = role.sharers() == 1
                    ? !MatchingEngine.topCandidates(role, snapshot.freelancers(), 5)
                            .isEmpty()
                    : !MatchingEngine.topTeams(role, snapshot.freelancers(), 5).isEmpty();
            if (any) {
                withProposals++;
            } else {
                without.add(jdbc.sql("select title from shared_role where id = :id")
                        .param("id", role.id())
                        .query(String.class)
                        .single());
            }
        }
        assertThat(withProposals)
                .as("roles without proposals: %s", without)
                .isEqualTo(snapshot.roles().size());
    }
}
