package dk.jobandel.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The store of links sent by e-mail ({@code account_token}). The token is 256 random bits in the link;
 * only its SHA-256 hash is stored, so a copy of the database opens nothing. A token is valid once, until
 * it expires, and issuing a new one for the same purpose voids the account's earlier ones.
 */
@Component
class AccountTokens {

    enum Purpose {
        EMAIL_CHANGE,
        EMAIL_VERIFICATION,
        PASSWORD_RESET
    }

    record Valid(long id, long accountId, String email) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return the token for the link (never stored) */
    String issue(long accountId, Purpose purpose, String email, Duration validFor) {
        Instant now = clock.instant();
        jdbc.sql("""
                        update account_token set used_at = :now
                        where account_id = :account and purpose = :purpose and used_at is null
                        """)
                .param("now", Timestamp.from(now))
                .param("account", accountId)
                .param("purpose", purpose.name())
                .update();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                        insert into account_token (account_id, purpose, email, token_hash, created_at, expires_at)
                        values (:account, :purpose, :email, :hash, :now, :expires)
                        """)
                .param("account", accountId)
                .param("purpose", purpose.name())
                .param("email", email)
                .param("hash", hash(token))
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(validFor)))
                .update();
        return token;
    }

    /** The token's account and address when it is unused and unexpired; nothing for any other token. */
    Optional<Valid> find(String token, Purpose purpose) {
        return jdbc.sql("""
                        select id, account_id, email from account_token
                        where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > :now
                        """)
                .param("hash", hash(token))
                .param("purpose", purpose.name())
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, row) -> new Valid(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .optional();
    }

    /**
     * Uses the token: at most one caller succeeds, however many try at once.
     *
     * @return the token's account and address, or nothing when it was not valid (any more)
     */
    Optional<Valid> use(String token, Purpose purpose) {
        return jdbc.sql("""
                        update account_token set used_at = :now
                        where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > :now
                        returning id, account_id, email
                        """)
                .param("hash", hash(token))
                .param("purpose", purpose.name())
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, row) -> new Valid(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .optional();
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
