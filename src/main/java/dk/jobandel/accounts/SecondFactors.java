package dk.jobandel.accounts;

import dk.jobandel.accounts.core.Base32;
import dk.jobandel.accounts.core.RecoveryCodes;
import dk.jobandel.accounts.core.SecondFactorRequirement;
import dk.jobandel.accounts.core.Totp;
import dk.jobandel.audit.AuditTrail;
import dk.jobandel.members.Accounts;
import dk.jobandel.platform.RateLimits;
import dk.jobandel.platform.RateLimits.Limit;
import dk.jobandel.platform.SignedInMember;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor: an authenticator app (TOTP, RFC 6238: HMAC-SHA1, six digits, 30-second steps, one step of
 * drift either way; through the java-otp library) and ten single-use recovery codes. A code is never accepted
 * twice, and checks are limited per account, so that six digits cannot be guessed. Losing the phone is handled by
 * a recovery code, or by an admin's reset, which is recorded in the audit trail.
 */
@Service
public class SecondFactors {

    static final Limit CHECKS = new Limit("second-factor", 5, Duration.ofMinutes(15));
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the set-up page shows: a QR code of {@code uri}, and the secret as text for typing in by hand. */
    public record Enrolment(String secret, String uri) {}

    public enum Check {
        ACCEPTED,
        ACCEPTED_RECOVERY_CODE,
        REJECTED,
        THROTTLED
    }

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final MemberSessions sessions;
    private final AuditTrail audit;
    private final RateLimits limits;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final SecondFactorRequirement requirement;

    SecondFactors(
            JdbcClient jdbc,
            Accounts accounts,
            MemberSessions sessions,
            AuditTrail audit,
            RateLimits limits,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher events,
            @Value("${jobandel.two-factor.required-roles:CONSULTANT,ADMIN}") List<String> requiredRoles) {
        this.events = events;
        this.requirement = new SecondFactorRequirement(requiredRoles);
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.sessions = sessions;
        this.audit = audit;
        this.limits = limits;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean enrolled(long accountId) {
        return jdbc.sql("select count(*) from account_totp where account_id = :id and confirmed_at is not null")
                        .param("id", accountId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** A fresh secret while the member sets the app up (a page reload makes a new one); nothing once enrolled. */
    @Transactional
    public Optional<Enrolment> startEnrolment(long accountId) {
        if (enrolled(accountId)) {
            return Optional.empty();
        }
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        jdbc.sql("""
                        insert into account_totp (account_id, secret, created_at) values (:id, :secret, :now)
                        on conflict (account_id) do update set secret = excluded.secret, created_at = excluded.created_at,
                            last_used_step = 0
                        """)
                .param("id", accountId)
                .param("secret", secret)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        return Optional.of(enrolment(accountId, secret));
    }

    /** The pending set-up shown again (after a wrong code), or nothing when there is none. */
    @Transactional(readOnly = true)
    public Optional<Enrolment> pendingEnrolment(long accountId) {
        return jdbc.sql("select secret from account_totp where account_id = :id and confirmed_at is null")
                .param("id", accountId)
                .query(byte[].class)
                .optional()
                .map(secret -> enrolment(accountId, secret));
    }

    /**
     * Finishes the set-up with the first code from the app.
     *
     * @return the recovery codes, to be shown once; nothing when the code was wrong (or the check throttled)
     */
    @Transactional
    public Optional<List<String>> confirmEnrolment(long accountId, String code) {
        if (!limits.tryAcquire(CHECKS, String.valueOf(accountId))) {
            return Optional.empty();
        }
        var pending = jdbc.sql("select secret from account_totp where account_id = :id and confirmed_at is null")
                .param("id", accountId)
                .query(byte[].class)
                .optional();
        if (pending.isEmpty() || !acceptTotp(accountId, pending.get(), code)) {
            return Optional.empty();
        }
        jdbc.sql("update account_totp set confirmed_at = :now where account_id = :id")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", accountId)
                .update();
        accounts.setTwoFactor(accountId, true);
        audit.record("ACCOUNT", accountId, "TWO_FACTOR_OFF", "TWO_FACTOR_ON", accountId, null);
        events.publishEvent(dk.jobandel.platform.SecurityEvent.of("TWO_FACTOR_ON", accountId));
        return Optional.of(newRecoveryCodes(accountId));
    }

    /** Checks a code from the app, or a recovery code (which is then used up); the outcome is in the security log. */
    @Transactional
    public Check check(long accountId, String code) {
        Check outcome = checkCode(accountId, code);
        events.publishEvent(new dk.jobandel.platform.SecurityEvent(
                outcome == Check.ACCEPTED || outcome == Check.ACCEPTED_RECOVERY_CODE
                        ? "TWO_FACTOR_PASSED"
                        : "TWO_FACTOR_FAILED",
                accountId,
                null,
                outcome.name()));
        return outcome;
    }

    private Check checkCode(long accountId, String code) {
        if (!limits.tryAcquire(CHECKS, String.valueOf(accountId))) {
            return Check.THROTTLED;
        }
        if (RecoveryCodes.looksLikeOne(code)) {
            int used = jdbc.sql("""
                            update account_recovery_code set used_at = :now
                            where id = (select id from account_recovery_code
                                        where account_id = :id and code_hash = :hash and used_at is null
                                        limit 1 for update)
                            """)
                    .param("now", Timestamp.from(clock.instant()))
                    .param("id", accountId)
                    .param("hash", hash(RecoveryCodes.normalise(code)))
                    .update();
            return used == 1 ? Check.ACCEPTED_RECOVERY_CODE : Check.REJECTED;
        }
        var secret = jdbc.sql("select secret from account_totp where account_id = :id and confirmed_at is not null")
                .param("id", accountId)
                .query(byte[].class)
                .optional();
        return secret.isPresent() && acceptTotp(accountId, secret.get(), code) ? Check.ACCEPTED : Check.REJECTED;
    }

    @Transactional(readOnly = true)
    public int recoveryCodesLeft(long accountId) {
        return jdbc.sql("select count(*) from account_recovery_code where account_id = :id and used_at is null")
                .param("id", accountId)
                .query(Integer.class)
                .single();
    }

    /** New recovery codes replace the old ones. */
    @Transactional
    public List<String> renewRecoveryCodes(long accountId) {
        return newRecoveryCodes(accountId);
    }

    /** Whether the member's role requires a second factor: they must set it up and may not turn it off. */
    public boolean requiredFor(SignedInMember member) {
        return requirement.requiredFor(member::hasRole);
    }

    /**
     * The member turns the second factor off, unless their role requires it.
     *
     * @return whether it was turned off ({@code false}: their role requires it, nothing changed)
     */
    @Transactional
    public boolean disable(SignedInMember member) {
        if (requiredFor(member)) {
            return false;
        }
        long accountId = member.accountId();
        remove(accountId);
        audit.record("ACCOUNT", accountId, "TWO_FACTOR_ON", "TWO_FACTOR_OFF", accountId, null);
        events.publishEvent(dk.jobandel.platform.SecurityEvent.of("TWO_FACTOR_OFF", accountId));
        return true;
    }

    /**
     * An admin removes a member's second factor after the member lost it (and their recovery codes). Recorded in
     * the audit trail with the admin and the reason; the member's sessions end, and they set it up again at their
     * next sign-in when their role requires it.
     */
    @Transactional
    public void adminReset(long adminAccountId, long accountId, String reason) {
        remove(accountId);
        audit.record("ACCOUNT", accountId, "TWO_FACTOR_ON", "TWO_FACTOR_RESET", adminAccountId, reason);
        events.publishEvent(
                new dk.jobandel.platform.SecurityEvent("TWO_FACTOR_RESET", accountId, adminAccountId, reason));
        sessions.endAll(accountId);
    }

    private void remove(long accountId) {
        jdbc.sql("delete from account_totp where account_id = :id")
                .param("id", accountId)
                .update();
        jdbc.sql("delete from account_recovery_code where account_id = :id")
                .param("id", accountId)
                .update();
        accounts.setTwoFactor(accountId, false);
    }

    private List<String> newRecoveryCodes(long accountId) {
        jdbc.sql("delete from account_recovery_code where account_id = :id")
                .param("id", accountId)
                .update();
        List<String> codes = RecoveryCodes.generate(RANDOM);
        Timestamp now = Timestamp.from(clock.instant());
        for (String code : codes) {
            jdbc.sql("insert into account_recovery_code (account_id, code_hash, created_at) values (:id, :hash, :now)")
                    .param("id", accountId)
                    .param("hash", hash(RecoveryCodes.normalise(code)))
                    .param("now", now)
                    .update();
        }
        return codes;
    }

    /** Accepts a code of this step or the one before or after, once: the step is claimed atomically. */
    private boolean acceptTotp(long accountId, byte[] secret, String code) {
        OptionalLong step = Totp.matchingStep(secret, code, clock.instant());
        return step.isPresent()
                && jdbc.sql("""
                                        update account_totp set last_used_step = :step
                                        where account_id = :id and last_used_step < :step
                                        """)
                                .param("step", step.getAsLong())
                                .param("id", accountId)
                                .update()
                        == 1;
    }

    private Enrolment enrolment(long accountId, byte[] secret) {
        String text = Base32.encode(secret);
        String email = accounts.overview(accountId).email();
        String label =
                URLEncoder.encode("Jobandel:" + email, StandardCharsets.UTF_8).replace("+", "%20");
        return new Enrolment(
                text, "otpauth://totp/" + label + "?secret=" + text + "&issuer=Jobandel&digits=6&period=30");
    }

    private static String hash(String value) {
        return AccountTokens.hash(value);
    }
}
