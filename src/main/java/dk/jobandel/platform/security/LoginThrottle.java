package dk.jobandel.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing with a progressive delay (ADR 0005, revised for review finding 3). The first
 * {@value #FREE_FAILURES} failures within {@link #WINDOW} cost nothing; after that each attempt waits
 * {@link #FIRST_DELAY}, doubling with every further failure up to {@link #LONGEST_DELAY}. The count is kept per
 * e-mail and per client address, whichever is worse, so that one account and one source are both slowed down, and
 * whether the e-mail belongs to an account plays no part.
 *
 * <p>A device that signed in to the account before carries a random token in a cookie. Its attempts are counted
 * on the device alone, so somebody guessing the password from elsewhere, or sharing the owner's address, cannot
 * lock the owner out.
 *
 * <p>Attempts are counted atomically: {@link #begin} takes a transaction-scoped advisory lock on each key, checks,
 * and records the attempt as a failure before any password is checked; a success takes it back. Parallel guesses
 * therefore see each other and cannot exceed the limit. Failures live in PostgreSQL, so throttling holds across
 * restarts and several nodes; keys are hashes, and no e-mail, address or token is stored in clear.
 */
@Component
public class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final Duration WINDOW = Duration.ofHours(1);
    static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    static final Duration LONGEST_DELAY = Duration.ofMinutes(15);
    static final Duration DEVICE_FORGOTTEN_AFTER = Duration.ofDays(180);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * One login attempt that was let through, with the failure rows it reserved; or a refusal.
     *
     * @param waitFor how long the client must wait before the next attempt; zero when this one may go ahead
     */
    public record Attempt(
            boolean allowed,
            Duration waitFor,
            List<Long> reserved,
            @Nullable String deviceKey) {

        /** For tests without a database: every attempt goes ahead. */
        public static final Attempt FREE = new Attempt(true, Duration.ZERO, List.of(), null);
    }

    /** The wait after this many failures in the window. */
    static Duration delayAfter(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES, 10);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    /**
     * Decides whether an attempt may go ahead now and, if so, records it as a failure until {@link #succeeded}
     * says otherwise. Commits before the password is checked, so that parallel attempts count each other.
     *
     * @param deviceToken the known-device cookie's value, if the browser sent one
     */
    @Transactional
    public Attempt begin(@Nullable String email, String address, @Nullable String deviceToken) {
        Instant now = clock.instant();
        Optional<String> device = knownDevice(email, deviceToken);
        List<String> keys = device.map(List::of).orElseGet(() -> keys(email, address));
        for (String key : keys.stream().sorted().toList()) {
            jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 7))")
                    .param("key", key)
                    .query()
                    .listOfRows();
        }
        Duration wait = waitFor(keys, now);
        if (!wait.isZero()) {
            return new Attempt(false, wait, List.of(), device.orElse(null));
        }
        var reserved = new ArrayList<Long>();
        for (String key : keys) {
            reserved.add(
                    jdbc.sql("insert into login_failure (subject_key, attempted_at) values (:key, :now) returning id")
                            .param("key", key)
                            .param("now", Timestamp.from(now))
                            .query(Long.class)
                            .single());
        }
        return new Attempt(true, Duration.ZERO, List.copyOf(reserved), device.orElse(null));
    }

    /** How long the next attempt for this e-mail, address and device would have to wait now. */
    @Transactional(readOnly = true)
    public Duration waitNow(@Nullable String email, String address, @Nullable String deviceToken) {
        List<String> keys = knownDevice(email, deviceToken).map(List::of).orElseGet(() -> keys(email, address));
        return waitFor(keys, clock.instant());
    }

    private Duration waitFor(List<String> keys, Instant now) {
        Duration longest = Duration.ZERO;
        for (String key : keys) {
            var counted = jdbc.sql("""
                            select count(*), max(attempted_at) from login_failure
                            where subject_key = :key and attempted_at > :since
                            """)
                    .param("key", key)
                    .param("since", Timestamp.from(now.minus(WINDOW)))
                    .query((rs, row) -> new Object[] {rs.getInt(1), rs.getTimestamp(2)})
                    .single();
            int failures = (int) counted[0];
            if (failures == 0) {
                continue;
            }
            Instant latest = ((Timestamp) counted[1]).toInstant();
            Duration remaining = Duration.between(now, latest.plus(delayAfter(failures)));
            if (remaining.compareTo(longest) > 0) {
                longest = remaining;
            }
        }
        return longest;
    }

    /**
     * The password was right: the attempt's reservations are taken back and the account's failures forgotten (the
     * address keeps its own, so that one good password does not reset a spraying count). The device is remembered
     * with a fresh token, which the caller puts in the cookie.
     *
     * @return the device's new token
     */
    @Transactional
    public String succeeded(Attempt attempt, String email) {
        if (!attempt.reserved().isEmpty()) {
            jdbc.sql("delete from login_failure where id in (:ids)")
                    .param("ids", attempt.reserved())
                    .update();
        }
        jdbc.sql("delete from login_failure where subject_key = :key")
                .param("key", emailKey(email))
                .update();
        if (attempt.deviceKey() != null) {
            jdbc.sql("delete from login_failure where subject_key = :key")
                    .param("key", attempt.deviceKey())
                    .update();
            jdbc.sql("delete from known_login_device where token_hash = :hash")
                    .param("hash", attempt.deviceKey())
                    .update();
        }
        String token = newToken();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        insert into known_login_device (token_hash, email_key, created_at, last_used_at)
                        values (:hash, :email, :now, :now)
                        """)
                .param("hash", deviceKey(token))
                .param("email", emailKey(email))
                .param("now", now)
                .update();
        return token;
    }

    /** An erased account: its failures and known devices go. */
    @Transactional
    public void forget(String email) {
        jdbc.sql("delete from login_failure where subject_key = :key")
                .param("key", emailKey(email))
                .update();
        jdbc.sql("delete from known_login_device where email_key = :key")
                .param("key", emailKey(email))
                .update();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @SchedulerLock(name = "login-failures-clean-up", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    @Transactional
    public void forgetOldFailures() {
        Instant now = clock.instant();
        jdbc.sql("delete from login_failure where attempted_at < :cutoff")
                .param("cutoff", Timestamp.from(now.minus(WINDOW)))
                .update();
        jdbc.sql("delete from known_login_device where last_used_at < :cutoff")
                .param("cutoff", Timestamp.from(now.minus(DEVICE_FORGOTTEN_AFTER)))
                .update();
    }

    /** The device's key when the token is one this e-mail's account signed in with before. */
    private Optional<String> knownDevice(@Nullable String email, @Nullable String deviceToken) {
        if (deviceToken == null || deviceToken.isBlank() || deviceToken.length() > 100) {
            return Optional.empty();
        }
        String key = deviceKey(deviceToken);
        boolean known = jdbc.sql("""
                        select exists (select 1 from known_login_device where token_hash = :hash and email_key = :email)
                        """)
                .param("hash", key)
                .param("email", emailKey(email))
                .query(Boolean.class)
                .single();
        return known ? Optional.of(key) : Optional.empty();
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static List<String> keys(@Nullable String email, String address) {
        return List.of(emailKey(email), hash("address:" + address));
    }

    private static String emailKey(@Nullable String email) {
        return hash("email:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT)));
    }

    private static String deviceKey(String token) {
        return hash("device:" + token);
    }

    private static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
