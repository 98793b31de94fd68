package dk.jobandel.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.testsupport.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The demo profile loads a realistic data set, and loading it again adds nothing. */
@ApplicationTest
@ActiveProfiles("demo")
class DemoDataIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoData demoData;

    @Autowired
    dk.jobandel.matching.PoolMatching poolMatching;

    @Autowired
    dk.jobandel.partnerships.PartnershipMatching partnershipMatching;

    @Test
    void poolMatchingOnTheDemoPoolGivesAWorkerAWeekFromSeveralMembers() {
        long poolId = jdbc.sql("select id from pool where name = 'Aarhus Kooperative Pulje'")
                .query(Long.class)
                .single();
        var result = poolMatching.run(poolId, null);
        var portfolios = poolMatching.forPool(poolId);
        System.out.println("DEMO POOL " + result);
        portfolios.forEach(p -> System.out.println(
                "DEMO PORTFOLIO " + p.workerId() + " " + p.hours() + " " + p.organisationIds() + " " + p.parts()));
        assertThat(portfolios).anySatisfy(p -> {
            assertThat(p.organisationIds()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(p.hours()).isGreaterThanOrEqualTo(30);
        });
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void theDemoHasCooperativesRolesConsultantsAndFilledInFreelancersAndLoadsOnlyOnce() {
        assertThat(count("select count(*) from organisation")).isGreaterThanOrEqualTo(8);
        assertThat(count("select count(distinct municipality_code) from organisation"))
                .isGreaterThanOrEqualTo(5);
        assertThat(count("select count(*) from shared_role")).isGreaterThanOrEqualTo(15);
        assertThat(count("select count(distinct sharers) from shared_role")).isEqualTo(3);
        assertThat(count("select count(*) from shared_role where status = 'PUBLISHED'"))
                .isGreaterThanOrEqualTo(10);
        assertThat(count("select count(*) from account_role where role = 'CONSULTANT'"))
                .isGreaterThanOrEqualTo(2);
        assertThat(count("select count(*) from freelancer_profile where municipality_code is not null"))
                .isGreaterThanOrEqualTo(40);
        assertThat(count("select count(distinct municipality_code) from freelancer_profile"))
                .isGreaterThanOrEqualTo(8);
        assertThat(count("select count(distinct skill_id) from freelancer_skill"))
                .isGreaterThanOrEqualTo(40);
        assertThat(count("select count(distinct availability) from freelancer_profile"))
                .isGreaterThanOrEqualTo(5);

        // a pool with three or more members whose needs fill a worker's week, and workers who want pool work
        assertThat(count("select count(*) from pool_member m join pool p on p.id = m.pool_id"
                        + " where p.name = 'Aarhus Kooperative Pulje' and m.status = 'APPROVED'"))
                .isGreaterThanOrEqualTo(4);
        assertThat(count("select count(*) from pool_need where status = 'OPEN'"))
                .isGreaterThanOrEqualTo(8);
        assertThat(count("select count(distinct organisation_id) from pool_need"))
                .isGreaterThanOrEqualTo(3);
        assertThat(count("select count(*) from pool_need where remote")).isEqualTo(1);
        assertThat(count("select sum(hours_per_week) from pool_need")).isGreaterThanOrEqualTo(37);
        assertThat(count(
                        "select count(*) from pool_worker w join freelancer_profile f on f.account_id = w.freelancer_id"
                                + " where f.wants_pool"))
                .isBetween(2L, 3L);

        long accounts = count("select count(*) from account");
        long needs = count("select count(*) from pool_need");
        long members = count("select count(*) from pool_member");
        long roles = count("select count(*) from shared_role");
        long versions = count("select sum(version) from freelancer_profile");
        demoData.run(new DefaultApplicationArguments());
        assertThat(count("select count(*) from account")).isEqualTo(accounts);
        assertThat(count("select count(*) from shared_role")).isEqualTo(roles);
        assertThat(count("select count(*) from pool_need")).isEqualTo(needs);
        assertThat(count("select count(*) from pool_member")).isEqualTo(members);
        assertThat(count("select sum(version) from freelancer_profile")).isEqualTo(versions);
    }

    @Test
    void theDemoHasFiveSovsThreeFirmsWithNeedsAndACourseInProgressThatRankTogether() {
        assertThat(count("select count(*) from sov_profile p join organisation o on o.id = p.organisation_id"
                        + " where o.kind = 'SOCIAL_ECONOMY_ENTERPRISE'"))
                .isEqualTo(5);
        assertThat(count("select count(distinct o.municipality_code) from sov_profile p"
                        + " join organisation o on o.id = p.organisation_id"))
                .isEqualTo(5);
        assertThat(count("select count(*) from sov_profile where rsv_check_found"))
                .isEqualTo(3);
        assertThat(count("select count(distinct n.organisation_id) from partnership_need n"
                        + " join organisation o on o.id = n.organisation_id where o.kind = 'FIRM'"))
                .isEqualTo(3);
        assertThat(count("select count(*) from guidance_course where stage = 'CLARIFYING' and intake_status = 'TAKEN'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from course_meeting")).isEqualTo(1);
        assertThat(
                        count(
                                "select count(*) from guidance_course where intake_status = 'WAITING' and kind = 'PARTNERSHIP'"))
                .isEqualTo(1);
        // every demo need has at least one SØV that passes the hard rules
        long consultant = count("select a.id from account a where a.email = 'konsulent@demo.jobandel.dk'");
        var actor = new dk.jobandel.members.Actor(consultant, true, null, null, false);
        for (long need :
                jdbc.sql("select id from partnership_need").query(Long.class).list()) {
            assertThat(partnershipMatching.sovsFor(actor, need))
                    .as("need %d", need)
                    .isNotEmpty();
        }
        long courses = count("select count(*) from guidance_course");
        demoData.run(new DefaultApplicationArguments());
        assertThat(count("select count(*) from guidance_course")).isEqualTo(courses);
        assertThat(count("select count(*) from sov_profile")).isEqualTo(5);
    }
}
