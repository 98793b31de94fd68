package dk.jobandel.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.testsupport.ApplicationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Review finding 3: the throttle could lock an account out for good, and parallel guesses could slip past it. Now
 * the delay grows with each failure, a device that signed in before passes a lock-out caused elsewhere, and
 * attempts are counted before the password is checked, under a lock.
 */
@ApplicationTest
class LoginThrottleIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    SessionLifetimesTest.MovingClock clock;
    LoginThrottle throttle;
    TransactionTemplate transaction;
    String email;

    @BeforeEach
    void throttle() {
        clock = new SessionLifetimesTest.MovingClock();
        // a clock of its own, far from the other tests' failures
        clock.now = clock.now.plus(Duration.ofDays(400 + (long) (Math.random() * 10_000)));
        throttle = new LoginThrottle(jdbc, clock);
        transaction = new TransactionTemplate(transactionManager);
        email = "throttle-" + UUID.randomUUID() + "@example.dk";
    }

    /** One attempt from start to end, in its own transactions as the filter and the handlers run it. */
    LoginThrottle.Attempt fail(String address) {
        return transaction.execute(tx -> throttle.begin(email, address, null));
    }

    static String address() {
        return "10.9." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    }

    @Test
    void theDelayGrowsWithEachFailureAndNeverLocksForGood() {
        String address = address();
        for (int i = 1; i <= LoginThrottle.FREE_FAILURES; i++) {
            assertThat(fail(address).allowed()).as("free attempt %d", i).isTrue();
        }
        var refused = fail(address);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.waitFor()).isEqualTo(Duration.ofSeconds(30));

        clock.now = clock.now.plusSeconds(30);
        assertThat(fail(address).allowed()).isTrue();
        // the sixth failure doubles the wait
        assertThat(fail(address).waitFor()).isEqualTo(Duration.ofSeconds(60));
        clock.now = clock.now.plusSeconds(59);
        assertThat(fail(address).allowed()).isFalse();
        clock.now = clock.now.plusSeconds(1);
        assertThat(fail(address).allowed()).isTrue();

        // the wait never passes 15 minutes, however many failures
        assertThat(LoginThrottle.delayAfter(50)).isEqualTo(Duration.ofMinutes(15));
        assertThat(LoginThrottle.delayAfter(4)).isZero();
    }

    @Test
    void aDeviceThatSignedInBeforePassesALockOutCausedFromElsewhere() {
        String ownersAddress = address();
        var first = transaction.execute(tx -> throttle.begin(email, ownersAddress, null));
        String token = transaction.execute(tx -> throttle.succeeded(first, email));

        // somebody guesses the owner's password from many addresses
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            fail(address());
        }
        assertThat(throttle.waitNow(email, address(), null)).isPositive();
        assertThat(fail(address()).allowed()).isFalse();

        // the owner's browser is counted on its own failures only
        var owner = transaction.execute(tx -> throttle.begin(email, ownersAddress, token));
        assertThat(owner.allowed()).isTrue();
        String rotated = transaction.execute(tx -> throttle.succeeded(owner, email));
        assertThat(rotated).isNotEqualTo(token);

        // a token is honoured only for the account it signed in to, and only once rotated away
        assertThat(transaction
                        .execute(tx -> throttle.begin("someone-else-" + email, ownersAddress, rotated))
                        .deviceKey())
                .isNull();
        assertThat(transaction
                        .execute(tx -> throttle.begin(email, ownersAddress, token))
                        .deviceKey())
                .isNull();
    }

    @Test
    void parallelGuessesCannotExceedTheLimit() throws Exception {
        String address = address();
        for (int i = 1; i < LoginThrottle.FREE_FAILURES; i++) {
            fail(address);
        }
        // one free attempt is left; ten arrive at once
        int parallel = 10;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                Callable<Boolean> guess = () -> {
                    start.await();
                    return fail(address).allowed();
                };
                answers.add(pool.submit(guess));
            }
            start.countDown();
            int allowed = 0;
            for (var answer : answers) {
                if (answer.get()) {
                    allowed++;
                }
            }
            assertThat(allowed).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSuccessTakesBackItsOwnAttemptAndTheAccountsFailuresButNotTheAddresses() {
        String address = address();
        for (int i = 0; i < 3; i++) {
            fail(address);
        }
        var good = transaction.execute(tx -> throttle.begin(email, address, null));
        transaction.execute(tx -> throttle.succeeded(good, email));
        String other = "other-" + email;
        // the address still carries its three failures: two more attempts under another e-mail, then the wait
        var next = transaction.execute(tx -> throttle.begin(other, address, null));
        assertThat(next.allowed()).isTrue();
        assertThat(transaction
                        .execute(tx -> throttle.begin(other, address, null))
                        .allowed())
                .isTrue();
        assertThat(transaction
                        .execute(tx -> throttle.begin(other, address, null))
                        .allowed())
                .isFalse();
        // while the account itself starts afresh from another address
        assertThat(throttle.waitNow(email, address(), null)).isZero();
    }
}
