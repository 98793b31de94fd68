package dk.jobandel.review;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.matching.MatchingRuns;
import dk.jobandel.members.Actor;
import dk.jobandel.members.Actors;
import dk.jobandel.testsupport.DemoBookingTest;
import dk.jobandel.testsupport.SignedIn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fifty offers for the same person's same week, all accepted at once by fifty threads, as the last party of each:
 * exactly one becomes an agreement and the other forty-nine are blocked, round after round. (Same context as
 * {@link ReviewIntegrationTest}; it uses a role that test does not, and removes its agreements after each round.)
 */
@DemoBookingTest
class OfferAcceptanceConcurrencyIntegrationTest {

    static final int OFFERS = 50;
    static final int ROUNDS = 5;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MatchingRuns runs;

    @Autowired
    Reviews reviews;

    @Autowired
    Offers offers;

    @Autowired
    Actors actors;

    @Test
    void fiftyConcurrentAcceptancesOfOverlappingOffersMakeExactlyOneAgreement() throws Exception {
        runs.runAll(MatchingRuns.Trigger.MANUAL, null).orElseThrow();
        long template = jdbc.sql("""
                        select p.id from proposal p join shared_role r on r.id = p.role_id
                        where r.title = 'Administrativ medarbejder' and p.kind = 'SINGLE'
                          and p.review_status = 'UNREVIEWED'
                        order by p.rank limit 1
                        """).query(Long.class).single();
        long freelancer = jdbc.sql("select freelancer_id from proposal_member where proposal_id = :p")
                .param("p", template)
                .query(Long.class)
                .single();
        long staff = jdbc.sql("""
                        select min(s.account_id) from proposal p join shared_role r on r.id = p.role_id
                        join organisation_staff s on s.organisation_id = r.organisation_id where p.id = :p
                        """).param("p", template).query(Long.class).single();
        long consultant = jdbc.sql("select id from account where email = 'konsulent@demo.jobandel.dk'")
                .query(Long.class)
                .single();
        Actor organisation = actors.of(SignedIn.member(staff, "COOPERATIVE"));
        Actor person = actors.of(SignedIn.member(freelancer, "FREELANCER"));

        for (int round = 0; round < ROUNDS; round++) {
            List<Long> freelancerOffers = new ArrayList<>();
            for (int i = 0; i < OFFERS; i++) {
                long copy = OfferFixtures.copyOf(jdbc, template);
                reviews.approve(copy, 0, actors.of(consultant), null, Map.of());
                long organisationOffer = OfferFixtures.offerOf(jdbc, copy, "ORGANISATION");
                offers.accept(organisationOffer, 0, organisation);
                freelancerOffers.add(OfferFixtures.offerOf(jdbc, copy, "FREELANCER"));
            }

            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(OFFERS);
            List<Future<Boolean>> made = new ArrayList<>();
            try {
                for (long offerId : freelancerOffers) {
                    made.add(pool.submit(() -> {
                        start.await();
                        return offers.accept(offerId, 0, person).isEmpty();
                    }));
                }
                start.countDown();
                int agreementsMade = 0;
                for (Future<Boolean> outcome : made) {
                    agreementsMade += outcome.get() ? 1 : 0;
                }
                assertThat(agreementsMade).as("round " + round).isOne();
            } finally {
                pool.shutdownNow();
            }
            assertThat(jdbc.sql("""
                            select count(*) from agreement a join agreement_party p on p.agreement_id = a.id
                            where p.freelancer_id = :f
                            """).param("f", freelancer).query(Long.class).single())
                    .isOne();
            assertThat(jdbc.sql("""
                            select review_status, count(*) from proposal where id in (
                                select proposal_id from offer where id = any(:offers)) group by review_status
                            """)
                            .param("offers", freelancerOffers.toArray(Long[]::new))
                            .query((rs, row) -> rs.getString(1) + "=" + rs.getInt(2))
                            .list())
                    .containsExactlyInAnyOrder("AGREED=1", "BLOCKED=" + (OFFERS - 1));

            // free the week again for the next round
            jdbc.sql("""
                            delete from agreement where id in (
                                select agreement_id from agreement_party where freelancer_id = :f)
                            """).param("f", freelancer).update();
            jdbc.sql(
                            "update shared_role set status = 'PUBLISHED' where id = (select role_id from proposal where id = :p)")
                    .param("p", template)
                    .update();
        }
    }
}
