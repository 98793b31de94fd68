package dk.jobandel.platform;

import io.github.bucket4j.BandwidthBuilder;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rate limits that hold across every node: Bucket4j token buckets kept in PostgreSQL (table
 * {@code rate_limit_bucket}, rows locked with select-for-update while a bucket is consumed). A bucket is
 * named by a limit and a subject (an e-mail address, a client address, an account); subjects are stored
 * only as a SHA-256 hash.
 */
@Component
public class RateLimits {

    /**
     * A limit: at most {@code capacity} uses per {@code period}, refilled gradually.
     *
     * @param name part of every bucket's key, so that two limits on the same subject never share a bucket
     */
    public record Limit(String name, int capacity, Duration period) {

        BucketConfiguration configuration() {
            return BucketConfiguration.builder()
                    .addLimit(BandwidthBuilder.builder()
                            .capacity(capacity)
                            .refillGreedy(capacity, period)
                            .build())
                    .build();
        }
    }

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    RateLimits(DataSource dataSource) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
    }

    /**
     * Takes one use from the subject's bucket for this limit.
     *
     * @return whether the use is allowed; {@code false} when the bucket is empty (nothing is taken then)
     */
    public boolean tryAcquire(Limit limit, String subject) {
        ProxyManager<String> proxy = buckets;
        return proxy.builder().build(key(limit, subject), limit::configuration).tryConsume(1);
    }

    /** Buckets that have refilled completely carry no information: remove them now and then. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT7M")
    public void forgetFullBuckets() {
        while (buckets.removeExpired(1000) == 1000) {
            // another batch
        }
    }

    static String key(Limit limit, String subject) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((limit.name() + ":" + subject).getBytes(StandardCharsets.UTF_8));
            return limit.name() + ":" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
