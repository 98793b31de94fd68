package dk.jobandel.platform.security;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Lets only so many password hashes run at once (issue 13, review finding 1). Each Argon2id hash takes 19 MiB and
 * tens of milliseconds of a core; a burst of sign-ins, sign-ups or guesses would otherwise take every core and a lot
 * of memory. Beyond the limit a request waits a moment for its turn, and then fails as a sign-in service failure
 * (the login page reads "try again") rather than piling up.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Semaphore permits;
    private final long waitMillis;

    BoundedPasswordEncoder(PasswordEncoder delegate, int concurrentHashes, long waitMillis) {
        if (concurrentHashes < 1) {
            throw new IllegalArgumentException("At least one hash at a time");
        }
        this.delegate = delegate;
        this.permits = new Semaphore(concurrentHashes, true);
        this.waitMillis = waitMillis;
    }

    @Override
    public @Nullable String encode(@Nullable CharSequence rawPassword) {
        acquire();
        try {
            return delegate.encode(rawPassword);
        } finally {
            permits.release();
        }
    }

    @Override
    public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
        acquire();
        try {
            return delegate.matches(rawPassword, encodedPassword);
        } finally {
            permits.release();
        }
    }

    @Override
    public boolean upgradeEncoding(@Nullable String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private void acquire() {
        try {
            if (!permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                throw new AuthenticationServiceException("Too many password checks at once; try again");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuthenticationServiceException("Interrupted while waiting to check a password", e);
        }
    }
}
