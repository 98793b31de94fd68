package dk.jobandel.accounts;

import dk.jobandel.accounts.AccountTokens.Purpose;
import dk.jobandel.members.Accounts;
import dk.jobandel.members.MemberSignedUp;
import dk.jobandel.platform.RateLimits;
import dk.jobandel.platform.RateLimits.Limit;
import java.time.Duration;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confirming the address a member signed up with. The link is sent in the sign-up's transaction; until it
 * is used the member can sign in and fill in their profile, but the members module keeps an organisation
 * whose staff have confirmed no address from being verified and an unconfirmed member from inviting.
 * Sending the link again is limited per account.
 */
@Service
public class EmailVerifications {

    static final Duration VALID_FOR = Duration.ofDays(7);
    static final Limit RESENDS = new Limit("verification-resend", 3, Duration.ofHours(1));

    public enum Resend {
        SENT,
        ALREADY_CONFIRMED,
        THROTTLED
    }

    private final Accounts accounts;
    private final AccountTokens tokens;
    private final AccountMails mails;
    private final RateLimits limits;

    EmailVerifications(Accounts accounts, AccountTokens tokens, AccountMails mails, RateLimits limits) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.mails = mails;
        this.limits = limits;
    }

    @EventListener
    void on(MemberSignedUp signedUp) {
        send(signedUp.accountId());
    }

    @Transactional
    public Resend resend(long accountId) {
        if (accounts.emailVerified(accountId)) {
            return Resend.ALREADY_CONFIRMED;
        }
        if (!limits.tryAcquire(RESENDS, String.valueOf(accountId))) {
            return Resend.THROTTLED;
        }
        send(accountId);
        return Resend.SENT;
    }

    @Transactional(readOnly = true)
    public boolean valid(String token) {
        return tokens.find(token, Purpose.EMAIL_VERIFICATION).isPresent();
    }

    /** @return whether the link was valid and confirmed the account's current address */
    @Transactional
    public boolean confirm(String token) {
        return tokens.use(token, Purpose.EMAIL_VERIFICATION)
                .map(used -> accounts.verifyEmail(used.accountId(), used.email()))
                .orElse(false);
    }

    private void send(long accountId) {
        var account = accounts.overview(accountId);
        String token = tokens.issue(accountId, Purpose.EMAIL_VERIFICATION, account.email(), VALID_FOR);
        mails.send(
                "verification",
                account.email(),
                accountId,
                account.language(),
                account.displayName(),
                mails.link("/account/email/verify?token=" + token));
    }
}
