package dk.jobandel.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refuses further login attempts once an account (by e-mail) or a client address has failed
 * {@value #MAX_FAILURES} times within {@link #WINDOW}. Whether the e-mail belongs to an account plays
 * no part, so the answer never reveals which e-mails are registered.
 *
 * <p>Failures live in PostgreSQL, so throttling holds across restarts and several app instances. Keys
 * are hashes: no e-mail or address is stored in clear.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether an attempt for this e-mail from this address must be refused now. */
    @Transactional(readOnly = true)
    public boolean isBlocked(String email, String address) {
        Integer worst = jdbc.sql("""
                        select coalesce(max(failures), 0) from (
                            select count(*) as failures from login_failure
                            where subject_key in (:keys) and attempted_at > :since
                            group by subject_key) counted
                        """)
                .param("keys", keys(email, address))
                .param("since", Timestamp.from(clock.instant().minus(WINDOW)))
                .query(Integer.class)
                .single();
        return worst >= MAX_FAILURES;
    }

    @Transactional
    public void recordFailure(String email, String address) {
        Timestamp now = Timestamp.from(clock.instant());
        for (String key : keys(email, address)) {
            jdbc.sql("insert into login_failure (subject_key, attempted_at) values (:key, :now)")
                    .param("key", key)
                    .param("now", now)
                    .update();
        }
    }

    /** A successful login clears the account's failures; the address keeps its own. */
    @Transactional
    public void recordSuccess(String email) {
        jdbc.sql("delete from login_failure where subject_key = :key")
                .param("key", emailKey(email))
                .update();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @SchedulerLock(name = "login-failures-clean-up", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    @Transactional
    public void forgetOldFailures() {
        Instant cutoff = clock.instant().minus(WINDOW.multipliedBy(4));
        jdbc.sql("delete from login_failure where attempted_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff))
                .update();
    }

    private static List<String> keys(String email, String address) {
        return List.of(emailKey(email), hash("address:" + address));
    }

    private static String emailKey(String email) {
        return hash("email:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT)));
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
