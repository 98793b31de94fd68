package dk.jobandel.privacy;

import dk.jobandel.members.Account;
import dk.jobandel.members.AccountLocks;
import dk.jobandel.members.Accounts;
import dk.jobandel.members.MemberDirectory;
import dk.jobandel.platform.PersonalData;
import dk.jobandel.platform.PersonalData.Blocker;
import dk.jobandel.platform.SecondFactorCheck;
import dk.jobandel.platform.SignedInMember;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasing a member: every contribution removes or anonymises its part in one transaction, in order, and the account
 * becomes an anonymous stub named "Tidligere medlem #id" that kept agreements still point to. Erasure waits while
 * a contribution says something must happen first (an organisation's only staff member, a running agreement).
 * The member confirms with their password (and second factor); a consultant erases on a written request, with its
 * reason; the retention run erases inactive profiles.
 */
@Service
public class Erasures {

    private static final Logger log = LoggerFactory.getLogger(Erasures.class);

    private final PersonalDataMap map;
    private final Accounts accounts;
    private final AccountLocks accountLocks;
    private final MemberDirectory directory;
    private final ObjectProvider<SecondFactorCheck> secondFactor;
    private final JdbcClient jdbc;
    private final Clock clock;

    Erasures(
            PersonalDataMap map,
            Accounts accounts,
            AccountLocks accountLocks,
            MemberDirectory directory,
            ObjectProvider<SecondFactorCheck> secondFactor,
            JdbcClient jdbc,
            Clock clock) {
        this.map = map;
        this.accounts = accounts;
        this.accountLocks = accountLocks;
        this.directory = directory;
        this.secondFactor = secondFactor;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public enum Outcome {
        ERASED,
        WRONG_PASSWORD,
        WRONG_CODE,
        BLOCKED,
        NOT_FOUND
    }

    enum RequestedBy {
        SELF,
        CONSULTANT,
        RETENTION
    }

    /** What must happen first, as message keys with arguments; empty when the member can be erased. */
    @Transactional(readOnly = true)
    public List<Blocker> blockers(long accountId) {
        return map.contributions().stream()
                .flatMap(c -> c.blockers(accountId).stream())
                .toList();
    }

    /** Whether the confirmation asks for a second factor. */
    public boolean asksForSecondFactor(long accountId) {
        return secondFactor().hasSecondFactor(accountId);
    }

    /** The member erases their own account, confirming with the password and, if they have one, the second factor. */
    @Transactional
    public Outcome eraseSelf(long accountId, String password, @Nullable String code) {
        if (!accounts.passwordMatches(accountId, password)) {
            return Outcome.WRONG_PASSWORD;
        }
        var check = secondFactor();
        if (check.hasSecondFactor(accountId) && (code == null || !check.verify(accountId, code.strip()))) {
            return Outcome.WRONG_CODE;
        }
        return erase(accountId, RequestedBy.SELF, null, "");
    }

    /**
     * A consultant erases a freelancer or cooperative member on their written request; the reason is recorded.
     * Consultants' and admins' own accounts are not erased this way.
     */
    @Transactional
    public Outcome eraseOnRequest(String email, SignedInMember consultant, String reason) {
        var id = directory.accountIdOf(email);
        if (id.isEmpty() || id.get() == consultant.accountId()) {
            return Outcome.NOT_FOUND;
        }
        var account = accounts.find(id.get()).orElseThrow();
        boolean member = account.getRoles().stream()
                .allMatch(
                        role -> role.name().equals("FREELANCER") || role.name().equals("COOPERATIVE"));
        if (!member || account.getRoles().isEmpty()) {
            return Outcome.NOT_FOUND;
        }
        return erase(id.get(), RequestedBy.CONSULTANT, consultant.accountId(), reason.strip());
    }

    /** The retention run erases an inactive profile; a blocked one is left for the next run. */
    @Transactional
    public Outcome eraseInactive(long accountId) {
        return erase(accountId, RequestedBy.RETENTION, null, "retention");
    }

    /**
     * The retention run removes a sign-up whose e-mail address was never confirmed. What it made (an organisation
     * whose only staff member it is) blocks it, as for any erasure, and is left for a consultant.
     */
    @Transactional
    public Outcome eraseUnconfirmed(long accountId) {
        return erase(accountId, RequestedBy.RETENTION, null, "unconfirmed sign-up");
    }

    private Outcome erase(long accountId, RequestedBy by, @Nullable Long consultantId, String reason) {
        Account account = accounts.find(accountId).orElse(null);
        if (account == null || !account.isEnabled()) {
            return Outcome.NOT_FOUND;
        }
        // one erasure of an account at a time: the account row is the lock
        accountLocks.lock(accountId);
        if (!blockers(accountId).isEmpty()) {
            return Outcome.BLOCKED;
        }
        Instant now = clock.instant();
        String alias = alias(accountId);
        var erasure = new PersonalData.Erasure(accountId, account.getEmail(), account.getDisplayName(), alias, now);
        for (PersonalData contribution : map.contributions()) {
            contribution.erase(erasure);
        }
        jdbc.sql("""
                        insert into privacy_erasure (account_id, alias, requested_by, consultant_id, reason, erased_at)
                        values (:id, :alias, :by, :consultant, :reason, :at)
                        """)
                .param("id", accountId)
                .param("alias", alias)
                .param("by", by.name())
                .param("consultant", consultantId)
                .param("reason", reason)
                .param("at", Timestamp.from(now))
                .update();
        log.info("Erased account {} ({})", accountId, by);
        return Outcome.ERASED;
    }

    /** The name an erased member goes by in what is kept: the same in every language, as the issue asks. */
    static String alias(long accountId) {
        return "Tidligere medlem #" + accountId;
    }

    private SecondFactorCheck secondFactor() {
        return secondFactor.getIfAvailable(() -> SecondFactorCheck.NONE);
    }
}
