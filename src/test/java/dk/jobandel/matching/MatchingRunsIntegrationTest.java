package dk.jobandel.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.freelancers.FreelancerProfiles;
import dk.jobandel.roles.RoleStatus;
import dk.jobandel.roles.SharedRoles;
import dk.jobandel.shared.WeekGrid;
import dk.jobandel.testsupport.ApplicationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Matching runs on the demo data: recorded, explained, one at a time, and after changes. */
@ApplicationTest
@ActiveProfiles("demo")
class MatchingRunsIntegrationTest {

    @Autowired
    MatchingRuns runs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NightlyMatching nightly;

    @Autowired
    ChangeMatching changes;

    @Autowired
    FreelancerProfiles profiles;

    @Autowired
    SharedRoles roles;

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
        assertThat(run.rolesTotal()).isGreaterThanOrEqualTo(10);
        assertThat(run.rolesDone()).isEqualTo(run.rolesTotal());
        assertThat(run.percent()).isEqualTo(100);
        assertThat(run.freelancers()).isGreaterThanOrEqualTo(40);
        assertThat(run.proposals()).isGreaterThanOrEqualTo(run.rolesTotal());
        assertThat(jdbc.sql("select count(distinct role_id) from proposal where kind in ('SINGLE', 'TEAM')")
                        .query(Long.class)
                        .single())
                .as("every published demo role has a team or a single proposal")
                .isEqualTo(run.rolesTotal());
        assertThat(jdbc.sql("""
                        select count(*) from shared_role r where r.status = 'PUBLISHED' and r.sharers > 1
                        and not exists (select 1 from proposal p where p.role_id = r.id and p.kind = 'CANDIDATE')
                        """).query(Long.class).single())
                .as("every shared role also shows its single candidates")
                .isZero();
        assertThat(runs.recent(5)).first().satisfies(r -> {
            assertThat(r.id()).isEqualTo(run.id());
            assertThat(r.durationMs()).isNotNull();
        });

        // the whole plan: at most one proposal per role, nobody in two chosen proposals at the same time
        assertThat(run.planRoles()).isPositive();
        assertThat(run.planTotal()).isGreaterThanOrEqualTo(run.planGreedyTotal());
        assertThat(jdbc.sql("select count(*) from proposal where in_plan")
                        .query(Long.class)
                        .single())
                .isEqualTo(run.planRoles().longValue());
        assertThat(jdbc.sql("""
                        select count(*) from (select role_id from proposal where in_plan
                                              group by role_id having count(*) > 1) twice
                        """).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                        select count(*) from proposal_member a
                        join proposal pa on pa.id = a.proposal_id and pa.in_plan
                        join proposal_member b on b.freelancer_id = a.freelancer_id and b.proposal_id > a.proposal_id
                        join proposal pb on pb.id = b.proposal_id and pb.in_plan
                        where exists (select 1 from generate_series(0, 41) i
                                      where get_byte(a.assigned, i) & get_byte(b.assigned, i) <> 0)
                        """).query(Long.class).single())
                .as("nobody is planned twice in the same half-hour")
                .isZero();

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
        jdbc.sql("update proposal set review_status = 'OFFERED' where id = :id")
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

    @Test
    void aStartedRunWorksInTheBackgroundAndOnlyOneRunsAtATime() throws Exception {
        var started = runs.start(MatchingRuns.Trigger.MANUAL, null, MatchingRuns.Scope.ALL)
                .orElseThrow();
        var finished = started.finished().get(60, TimeUnit.SECONDS);
        assertThat(finished.id()).isEqualTo(started.id());
        assertThat(finished.status()).isEqualTo("DONE");
        assertThat(runs.byId(started.id()))
                .hasValueSatisfying(run ->
                        assertThat(run.rolesDone()).isEqualTo(run.rolesTotal()).isPositive());

        // a run left running by a stopped application blocks the next one until the clean-up finds it silent
        long stale = jdbc.sql("""
                        insert into matching_run (trigger, started_at, engine_version, status, heartbeat_at)
                        values ('MANUAL', :at, 'engine-test', 'RUNNING', now() - interval '11 minutes') returning id
                        """)
                .param("at", Timestamp.from(Instant.now()))
                .query(Long.class)
                .single();
        assertThat(runs.current())
                .hasValueSatisfying(run -> assertThat(run.id()).isEqualTo(stale));
        assertThat(runs.start(MatchingRuns.Trigger.MANUAL, null, MatchingRuns.Scope.ALL))
                .isEmpty();
        assertThat(runs.runAll(MatchingRuns.Trigger.NIGHTLY, null)).isEmpty();

        runs.failInterruptedRuns();
        assertThat(runs.byId(stale))
                .hasValueSatisfying(run -> assertThat(run.status()).isEqualTo("FAILED"));
        assertThat(runs.current()).isEmpty();
        assertThat(runs.runAll(MatchingRuns.Trigger.NIGHTLY, null)).isPresent();
    }

    @Test
    void aChangedProfileOrRoleIsMatchedAgainForTheRolesItAffects() {
        runs.runAll(MatchingRuns.Trigger.MANUAL, null).orElseThrow();
        long amira = jdbc.sql("select id from account where display_name = 'Amira Nielsen'")
                .query(Long.class)
                .single();
        List<Long> amirasRoles = rolesProposing(amira);
        assertThat(amirasRoles).isNotEmpty();

        // Amira is no longer free on weekdays: she drops out of every proposal of hers
        var profile = profiles.profileOf(amira);
        WeekGrid usual = profile.availability();
        profiles.changeAvailability(amira, profile.version(), WeekGrid.parse("lør 10:00–14:00"));
        assertThat(changes.pending()).isTrue();
        changes.matchChanges();
        assertThat(changes.pending()).isFalse();

        assertThat(runs.recent(1)).singleElement().satisfies(run -> {
            assertThat(run.trigger()).isEqualTo(MatchingRuns.Trigger.CHANGE);
            assertThat(run.scope()).isEqualTo("AFFECTED");
            assertThat(run.rolesTotal()).isGreaterThanOrEqualTo(amirasRoles.size());
            assertThat(run.status()).isEqualTo("DONE");
        });
        assertThat(rolesProposing(amira)).isEmpty();

        // and back again (the demo data is shared with other tests)
        profiles.changeAvailability(amira, profiles.profileOf(amira).version(), usual);
        changes.matchChanges();
        assertThat(rolesProposing(amira)).containsExactlyElementsOf(amirasRoles);

        // a closed role loses the proposals nobody has reviewed
        long role = amirasRoles.getFirst();
        var staff = jdbc.sql("""
                        select s.account_id from organisation_staff s join shared_role r
                        on r.organisation_id = s.organisation_id where r.id = :role limit 1
                        """).param("role", role).query(Long.class).single();
        roles.moveTo(staff, role, roles.role(role).version(), RoleStatus.CLOSED);
        changes.matchChanges();
        assertThat(jdbc.sql("select count(*) from proposal where role_id = :role")
                        .param("role", role)
                        .query(Long.class)
                        .single())
                .isZero();

        roles.moveTo(staff, role, roles.role(role).version(), RoleStatus.PUBLISHED);
        changes.matchChanges();
        assertThat(rolesProposing(amira)).contains(role);
    }

    private List<Long> rolesProposing(long freelancer) {
        return jdbc.sql("""
                        select distinct p.role_id from proposal p join proposal_member m on m.proposal_id = p.id
                        where m.freelancer_id = :id order by p.role_id
                        """).param("id", freelancer).query(Long.class).list();
    }
}
