package dk.jobandel.accounts;

import dk.jobandel.accounts.AccountTokens.Purpose;
import dk.jobandel.members.Accounts;
import dk.jobandel.platform.RateLimits;
import dk.jobandel.platform.RateLimits.Limit;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Glemt adgangskode?": a single-use link, valid for {@link #VALID_FOR}, sent to the account's address.
 * The answer is the same whether or not the address has an account. Requests are limited per address and
 * per client, so that nobody can flood a mailbox or the outbox. Setting a new password through the link
 * ends every session of the account.
 */
@Service
public class PasswordResets {

    static final Duration VALID_FOR = Duration.ofHours(1);
    static final Limit PER_ADDRESS = new Limit("reset-address", 3, Duration.ofHours(1));
    static final Limit PER_CLIENT = new Limit("reset-client", 10, Duration.ofHours(1));

    public enum Request {
        /** Whether or not an account has the address: the page reads the same. */
        ACCEPTED,
        THROTTLED
    }

    private final Accounts accounts;
    private final AccountTokens tokens;
    private final AccountMails mails;
    private final MemberSessions sessions;
    private final RateLimits limits;
    private final org.springframework.context.ApplicationEventPublisher events;

    PasswordResets(
            Accounts accounts,
            AccountTokens tokens,
            AccountMails mails,
            MemberSessions sessions,
            RateLimits limits,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.accounts = accounts;
        this.tokens = tokens;
        this.mails = mails;
        this.sessions = sessions;
        this.limits = limits;
    }

    @Transactional
    public Request request(String email, String clientAddress) {
        String normalised = email.strip().toLowerCase(Locale.ROOT);
        if (!limits.tryAcquire(PER_CLIENT, clientAddress) || !limits.tryAcquire(PER_ADDRESS, normalised)) {
            return Request.THROTTLED;
        }
        accounts.byEmail(normalised).filter(Accounts.Overview::enabled).ifPresent(account -> {
            String token = tokens.issue(account.accountId(), Purpose.PASSWORD_RESET, account.email(), VALID_FOR);
            mails.send(
                    "passwordReset",
                    account.email(),
                    account.accountId(),
                    account.language(),
                    account.displayName(),
                    mails.link("/password/reset?token=" + token));
        });
        return Request.ACCEPTED;
    }

    @Transactional(readOnly = true)
    public boolean valid(String token) {
        return tokens.find(token, Purpose.PASSWORD_RESET).isPresent();
    }

    /**
     * Sets the new password (it has passed the sign-up policy in the form) and ends every session.
     *
     * @return whether the link was valid; it cannot be used again
     */
    @Transactional
    public boolean reset(String token, String newPassword) {
        var used = tokens.use(token, Purpose.PASSWORD_RESET);
        if (used.isEmpty()) {
            return false;
        }
        long accountId = used.get().accountId();
        accounts.changePassword(accountId, newPassword);
        // the link reached the address, so the address is confirmed
        accounts.verifyEmail(accountId, used.get().email());
        var account = accounts.overview(accountId);
        mails.send("passwordChanged", account.email(), accountId, account.language(), account.displayName());
        sessions.endAll(accountId);
        events.publishEvent(dk.jobandel.platform.SecurityEvent.of("PASSWORD_RESET", accountId));
        return true;
    }
}
