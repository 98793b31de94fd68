package dk.jobandel.agreements;

import static dk.jobandel.agreements.AgreementFixtures.week;
import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.agreements.Creation.Created;
import dk.jobandel.agreements.Creation.Reason;
import dk.jobandel.agreements.Creation.Refused;
import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.MemberRegistration.NewPerson;
import dk.jobandel.members.Organisations;
import dk.jobandel.roles.SharedRoles;
import dk.jobandel.shared.WeekGrid;
import dk.jobandel.testsupport.DemoBookingTest;
import dk.jobandel.testsupport.Sessions;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person can never be double-booked, also when many agreements for the same week are made at the same moment: 50
 * threads, released together by a start gate, each try to book overlapping time for one person. Exactly one wins, in
 * every round.
 */
@DemoBookingTest
class DoubleBookingConcurrencyIntegrationTest {

    static final int THREADS = 50;
    static final int ROUNDS = 20;

    @Autowired
    Agreements agreements;

    @Autowired
    MemberRegistration registration;

    @Autowired
    Organisations organisations;

    @Autowired
    SharedRoles roles;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    javax.sql.DataSource dataSource;

    /** The demo password, whose hash the demo profile has worked out beforehand: 25 people need no Argon2id hash. */
    @Value("${jobandel.demo.password}")
    String demoPassword;

    AgreementFixtures fixtures;
    long role;
    LocalDate start;

    @BeforeEach
    void aRole() {
        fixtures = new AgreementFixtures(registration, organisations, roles);
        role = fixtures.role(fixtures.cooperative("Andelskøkkenet"), "Kok i frokostkantinen");
        start = AgreementFixtures.nextMonday();
    }

    private long freelancer(String name) {
        return registration.registerFreelancer(
                new NewPerson(name, Sessions.uniqueEmail("freelancer"), demoPassword, Locale.of("da")));
    }

    /** Runs the tasks on {@value #THREADS} threads, all released at once, and returns their results. */
    static <T> List<T> together(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch ready = new CountDownLatch(tasks.size());
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    gate.await();
                    return task.call();
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            gate.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void fiftyAgreementsForTheSameWeekMakeExactlyOne() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            long person = freelancer("Amira " + round);
            List<Callable<Creation>> tasks = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                // all share Monday 10:00–11:00; each asks for a different week and different dates around it
                WeekGrid slots = week("man 10:00–11:00").union(WeekGrid.ofSlots(48 + 16 + (i % 20)));
                LocalDate from = start.plusDays(i % 7);
                tasks.add(() -> agreements.create(new NewAgreement(
                        role, null, from, null, List.of(new NewAgreement.Party(person, slots)), null)));
            }
            List<Creation> results = together(tasks);

            assertThat(results)
                    .as("round %d", round)
                    .filteredOn(Created.class::isInstance)
                    .hasSize(1);
            assertThat(results)
                    .filteredOn(Refused.class::isInstance)
                    .hasSize(THREADS - 1)
                    .allSatisfy(r -> assertThat(((Refused) r).reason()).isEqualTo(Reason.DOUBLE_BOOKED));
            long winner = ((Created) results.stream()
                            .filter(Created.class::isInstance)
                            .findFirst()
                            .orElseThrow())
                    .agreementId();
            assertThat(jdbc.sql("select count(*) from agreement_party where freelancer_id = :p")
                            .param("p", person)
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
            assertThat(jdbc.sql("select count(distinct agreement_id) from booking where freelancer_id = :p")
                            .param("p", person)
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
            assertThat(jdbc.sql(
                                    "select count(*) from state_change where subject_type = 'AGREEMENT' and subject_id = :a")
                            .param("a", winner)
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
        }
    }

    /**
     * The same guarantee without the service: overlapping booking rows inserted by concurrent transactions, straight
     * into the table. The exclusion constraint alone lets exactly one in.
     */
    @Test
    void theExclusionConstraintAloneAdmitsOneOfFiftyConcurrentInserts() throws Exception {
        // Two inserts that each wait for the other's exclusion check are a deadlock, and PostgreSQL looks for one only
        // after a transaction has waited deadlock_timeout (1 s by default): a round can meet several in turn (the five
        // rounds took 4.5 s on a quiet run and 44 s in a loaded CI run). These transactions look after 20 ms, which
        // finds the same deadlocks sooner: the race and its outcome are the same. It is a superuser setting; the test
        // databases' users are superusers, and on any other database the rounds only take longer.
        boolean quickDeadlockChecks = jdbc.sql("select current_setting('is_superuser') = 'on'")
                .query(Boolean.class)
                .single();
        for (int round = 0; round < 5; round++) {
            long person = freelancer("Bo " + round);
            long agreement = ((Created) agreements.create(new NewAgreement(
                            role,
                            null,
                            start,
                            null,
                            List.of(new NewAgreement.Party(person, week("søn 20:00–21:00"))),
                            null)))
                    .agreementId();
            // at most as many inserts at once as the pool has connections: the others wait here, with no time limit,
            // rather than in the pool, whose 30 s limit the deadlock checks between waiting inserts can pass on a
            // loaded machine; the database sees the same race either way
            Semaphore connections = new Semaphore(
                    dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).getMaximumPoolSize());
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                int from = 20 + i % 4; // Monday 10:00, 10:30, 11:00 or 11:30, each an hour or more: all overlap
                LocalDate day = start.plusDays(i % 10);
                tasks.add(() -> {
                    connections.acquire();
                    try {
                        transactions.executeWithoutResult(status -> {
                            if (quickDeadlockChecks) {
                                jdbc.sql("set local deadlock_timeout = '20ms'").update();
                            }
                            jdbc.sql("""
                                            insert into booking (agreement_id, freelancer_id, period, slots)
                                            values (:a, :p, daterange(:from, null), int4range(:lo, :hi))
                                            """)
                                    .param("a", agreement)
                                    .param("p", person)
                                    .param("from", Date.valueOf(day))
                                    .param("lo", from)
                                    .param("hi", 26)
                                    .update();
                        });
                        return true;
                    } catch (DataIntegrityViolationException refused) {
                        assertThat(refused).hasMessageContaining("booking_no_double_booking");
                        return false;
                    } catch (PessimisticLockingFailureException deadlock) {
                        // two inserts that each wait for the other's exclusion check: PostgreSQL breaks the cycle by
                        // refusing one of them (SQLSTATE 40P01), which is as much a refusal as the constraint's
                        assertThat(deadlock).hasMessageContaining("deadlock detected");
                        return false;
                    } finally {
                        connections.release();
                    }
                });
            }
            assertThat(together(tasks))
                    .as("round %d", round)
                    .filteredOn(inserted -> inserted)
                    .hasSize(1);
        }
    }
}
