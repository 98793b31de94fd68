package dk.jobandel.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Review finding 1: only so many password hashes run at once; beyond that a check waits, then fails cleanly. */
class BoundedPasswordEncoderTest {

    /** A hash that holds its caller until the test lets it go, and counts how many run at once. */
    static final class HeldEncoder implements PasswordEncoder {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public String encode(CharSequence raw) {
            return "hash:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
            return encoded.equals("hash:" + raw);
        }
    }

    @Test
    void atMostTheLimitRunsAtOnceAndTheRestWaitTheirTurn() throws Exception {
        var held = new HeldEncoder();
        var bounded = new BoundedPasswordEncoder(held, 2, 10_000);
        var pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                checks.add(pool.submit(() -> bounded.matches("secret", "hash:secret")));
            }
            // let the first two reach the hash, then everybody through
            while (held.running.get() < 2) {
                Thread.onSpinWait();
            }
            held.release.countDown();
            for (var check : checks) {
                assertThat(check.get()).isTrue();
            }
            assertThat(held.most.get()).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCheckThatCannotGetItsTurnFailsAsAServiceFailure() throws Exception {
        var held = new HeldEncoder();
        var bounded = new BoundedPasswordEncoder(held, 1, 50);
        var pool = Executors.newSingleThreadExecutor();
        try {
            var first = pool.submit(() -> bounded.matches("a", "hash:a"));
            while (held.running.get() < 1) {
                Thread.onSpinWait();
            }
            assertThatThrownBy(() -> bounded.matches("b", "hash:b")).isInstanceOf(AuthenticationServiceException.class);
            held.release.countDown();
            assertThat(first.get()).isTrue();
            assertThat(bounded.encode("c")).isEqualTo("hash:c");
        } finally {
            pool.shutdownNow();
        }
    }
}
