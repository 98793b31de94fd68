package dk.jobandel.accounts;

import dk.jobandel.accounts.AccountTokens.Purpose;
import dk.jobandel.members.Accounts;
import dk.jobandel.members.Accounts.Overview;
import dk.jobandel.members.RegistrationRefused;
import dk.jobandel.notifications.NoticeKind;
import dk.jobandel.notifications.NoticePreferences;
import dk.jobandel.platform.RateLimits;
import dk.jobandel.platform.RateLimits.Limit;
import dk.jobandel.platform.SecurityEvent;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Min konto": what a member changes about their own account. Every method acts on the signed-in member's
 * own account, named by the caller from the security context; none takes another member's id from a form.
 */
@Service
public class AccountSettings {

    /** An e-mail change link is valid this long. */
    static final Duration EMAIL_LINK_VALID_FOR = Duration.ofHours(24);

    static final Limit PASSWORD_CHECKS = new Limit("password-check", 5, Duration.ofMinutes(15));
    static final Limit EMAIL_CHANGES = new Limit("email-change", 3, Duration.ofHours(1));

    public enum PasswordChange {
        CHANGED,
        WRONG_CURRENT_PASSWORD,
        THROTTLED
    }

    public enum EmailChangeRequest {
        /** A link went to the new address (or, when another account has it, its owner was told): read the same. */
        SENT,
        UNCHANGED,
        THROTTLED
    }

    public enum EmailChangeConfirmation {
        CHANGED,
        INVALID_LINK,
        ADDRESS_TAKEN
    }

    /** The account page's facts. */
    public record Settings(Overview account, Set<NoticeKind> mailedNotices) {}

    private final Accounts accounts;
    private final NoticePreferences notices;
    private final MemberSessions sessions;
    private final AccountTokens tokens;
    private final AccountMails mails;
    private final RateLimits limits;
    private final org.springframework.context.ApplicationEventPublisher events;

    AccountSettings(
            Accounts accounts,
            NoticePreferences notices,
            MemberSessions sessions,
            AccountTokens tokens,
            AccountMails mails,
            RateLimits limits,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.accounts = accounts;
        this.notices = notices;
        this.sessions = sessions;
        this.tokens = tokens;
        this.mails = mails;
        this.limits = limits;
    }

    @Transactional(readOnly = true)
    public Settings settings(long accountId) {
        return new Settings(accounts.overview(accountId), notices.mailedKinds(accountId));
    }

    @Transactional
    public void rename(long accountId, String displayName) {
        accounts.rename(accountId, displayName);
    }

    @Transactional
    public void changeLanguage(long accountId, Locale language) {
        accounts.changeLanguage(accountId, language);
    }

    @Transactional
    public void chooseMailedNotices(long accountId, Collection<NoticeKind> mailed) {
        notices.choose(accountId, mailed);
    }

    /**
     * Changes the password after checking the current one, then ends the member's other sessions, so that
     * whoever knew the old password is signed out everywhere but here. The new password has passed the
     * sign-up policy ({@code @AcceptablePassword}) in the form.
     */
    @Transactional
    public PasswordChange changePassword(
            long accountId, String currentPassword, String newPassword, @Nullable String currentSessionId) {
        if (!limits.tryAcquire(PASSWORD_CHECKS, String.valueOf(accountId))) {
            return PasswordChange.THROTTLED;
        }
        if (!accounts.passwordMatches(accountId, currentPassword)) {
            return PasswordChange.WRONG_CURRENT_PASSWORD;
        }
        accounts.changePassword(accountId, newPassword);
        Overview account = accounts.overview(accountId);
        mails.send("passwordChanged", account.email(), accountId, account.language(), account.displayName());
        sessions.endOthers(accountId, currentSessionId);
        events.publishEvent(SecurityEvent.of("PASSWORD_CHANGED", accountId));
        return PasswordChange.CHANGED;
    }

    /**
     * Sends a confirmation link to the new address; the account keeps its address until the link is used.
     * When another account already has the address, its owner is told instead and the answer reads the
     * same, so the form never reveals who is registered.
     */
    @Transactional
    public EmailChangeRequest requestEmailChange(long accountId, String newEmail) {
        String email = newEmail.strip().toLowerCase(Locale.ROOT);
        Overview account = accounts.overview(accountId);
        if (email.equals(account.email())) {
            return EmailChangeRequest.UNCHANGED;
        }
        if (!limits.tryAcquire(EMAIL_CHANGES, String.valueOf(accountId))) {
            return EmailChangeRequest.THROTTLED;
        }
        var owner = accounts.byEmail(email);
        if (owner.isPresent()) {
            mails.send("emailInUse", email, owner.get().accountId(), owner.get().language());
            return EmailChangeRequest.SENT;
        }
        String token = tokens.issue(accountId, Purpose.EMAIL_CHANGE, email, EMAIL_LINK_VALID_FOR);
        mails.send(
                "emailChange",
                email,
                null,
                account.language(),
                account.displayName(),
                mails.link("/account/email/confirm?token=" + token));
        return EmailChangeRequest.SENT;
    }

    /** Whether an e-mail change link can still be used (for the page that asks to confirm it). */
    @Transactional(readOnly = true)
    public boolean emailChangeLinkValid(String token) {
        return tokens.find(token, Purpose.EMAIL_CHANGE).isPresent();
    }

    /** Uses an e-mail change link: the new address becomes the account's, and the old address is told. */
    @Transactional
    public EmailChangeConfirmation confirmEmailChange(String token) {
        var used = tokens.use(token, Purpose.EMAIL_CHANGE);
        if (used.isEmpty()) {
            return EmailChangeConfirmation.INVALID_LINK;
        }
        long accountId = used.get().accountId();
        String old;
        try {
            old = accounts.changeEmail(accountId, used.get().email());
        } catch (RegistrationRefused taken) {
            return EmailChangeConfirmation.ADDRESS_TAKEN;
        }
        Overview account = accounts.overview(accountId);
        mails.send("emailChanged", old, accountId, account.language(), account.displayName(), account.email());
        events.publishEvent(SecurityEvent.of("EMAIL_CHANGED", accountId));
        return EmailChangeConfirmation.CHANGED;
    }
}
