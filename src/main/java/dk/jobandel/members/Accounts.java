package dk.jobandel.members;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account as its owner sees and changes it: from the account page, from other modules' pages, and
 * through the links the accounts module sends (e-mail confirmation, password reset). Callers check who
 * may act; this service only changes the one account it is given.
 */
@Service
public class Accounts {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    Accounts(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** What the account page shows of the account. */
    public record Overview(
            long accountId,
            String displayName,
            String email,
            Locale language,
            boolean emailVerified,
            boolean enabled,
            Set<Role> roles) {}

    @Transactional(readOnly = true)
    public Overview overview(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow();
        return new Overview(
                account.getId(),
                account.getDisplayName(),
                account.getEmail(),
                account.getPreferredLanguage(),
                account.isEmailVerified(),
                account.isEnabled(),
                account.getRoles());
    }

    /** The account that has this e-mail address (any case), whether or not it is enabled. */
    @Transactional(readOnly = true)
    public Optional<Overview> byEmail(String email) {
        return accounts.findByEmail(Account.normaliseEmail(email)).map(account -> overview(account.getId()));
    }

    @Transactional(readOnly = true)
    public boolean emailTaken(String email) {
        return accounts.existsByEmail(Account.normaliseEmail(email));
    }

    @Transactional
    public void changeLanguage(long accountId, Locale language) {
        accounts.findById(accountId).orElseThrow().changeLanguage(language);
    }

    /**
     * Whether this is the current password of an enabled account (one Argon2 hash: call it only behind a rate
     * limit). Used by the account page and by confirmations that ask for it again (erasing the account).
     */
    @Transactional(readOnly = true)
    public boolean passwordMatches(long accountId, String password) {
        return accounts.findById(accountId)
                .filter(Account::isEnabled)
                .map(account -> !account.getPasswordHash().isEmpty()
                        && passwordEncoder.matches(password, account.getPasswordHash()))
                .orElse(false);
    }

    /** The account's e-mail and name as they are now, for an erasure to look for. */
    @Transactional(readOnly = true)
    public Optional<Account> find(long accountId) {
        return accounts.findById(accountId);
    }

    /** Stores a new password; the caller has applied the password policy and ends the account's sessions. */
    @Transactional
    public void changePassword(long accountId, String newPassword) {
        accounts.findById(accountId).orElseThrow().changePasswordHash(passwordEncoder.encode(newPassword));
    }

    /**
     * Makes a confirmed address the account's e-mail.
     *
     * @return the address it had before
     * @throws RegistrationRefused when another account took the address meanwhile
     */
    @Transactional
    public String changeEmail(long accountId, String newEmail) {
        String normalised = Account.normaliseEmail(newEmail);
        Account account = accounts.findById(accountId).orElseThrow();
        String old = account.getEmail();
        if (!old.equals(normalised) && accounts.existsByEmail(normalised)) {
            throw RegistrationRefused.emailTaken();
        }
        account.changeEmail(normalised, clock.instant());
        try {
            accounts.flush();
        } catch (DataIntegrityViolationException e) {
            throw RegistrationRefused.emailTaken();
        }
        return old;
    }

    /** The member confirmed the address they signed up with (only if it still is the account's address). */
    @Transactional
    public boolean verifyEmail(long accountId, String email) {
        Account account = accounts.findById(accountId).orElseThrow();
        if (!account.getEmail().equals(Account.normaliseEmail(email))) {
            return false;
        }
        account.verifyEmail(clock.instant());
        return true;
    }

    /** The accounts whose address is not confirmed yet: people who signed up recently, so a small set. */
    @Transactional(readOnly = true)
    public Set<Long> unconfirmedAccountIds() {
        return Set.copyOf(accounts.unconfirmedIds());
    }

    @Transactional
    public void setTwoFactor(long accountId, boolean enabled) {
        accounts.findById(accountId).orElseThrow().setTwoFactorEnabled(enabled);
    }

    @Transactional(readOnly = true)
    public boolean emailVerified(long accountId) {
        return accounts.findById(accountId).map(Account::isEmailVerified).orElse(false);
    }

    @Transactional(readOnly = true)
    public String displayName(long accountId) {
        return accounts.findById(accountId).map(Account::getDisplayName).orElseThrow();
    }

    @Transactional
    public void rename(long accountId, String displayName) {
        accounts.findById(accountId).orElseThrow().rename(displayName);
    }

    /** Puts the account as it is now into the member's session, so the page header shows a new name at once. */
    @Transactional(readOnly = true)
    public void refreshSession(long accountId, HttpServletRequest request, HttpServletResponse response) {
        var principal = new MemberPrincipal(accounts.findById(accountId).orElseThrow());
        // the principal kept in the session never holds the password hash (issue 13, finding 8)
        principal.eraseCredentials();
        // the factors the member proved at sign-in (password, second factor) stay proven
        var authorities =
                new java.util.ArrayList<org.springframework.security.core.GrantedAuthority>(principal.getAuthorities());
        var current = contexts.getContext().getAuthentication();
        if (current != null) {
            current.getAuthorities().stream()
                    .filter(a -> a instanceof org.springframework.security.core.authority.FactorGrantedAuthority)
                    .forEach(authorities::add);
        }
        var context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
        contexts.setContext(context);
        sessions.saveContext(context, request, response);
    }
}
