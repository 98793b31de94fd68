package dk.jobandel.members;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to an account that its owner makes from other modules' pages. */
@Service
public class Accounts {

    private final AccountRepository accounts;
    private final org.springframework.security.crypto.password.PasswordEncoder passwords;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    Accounts(AccountRepository accounts, org.springframework.security.crypto.password.PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    /** Whether the password is the account's, for confirmations that ask for it again (erasing the account). */
    @Transactional(readOnly = true)
    public boolean passwordMatches(long accountId, String password) {
        return accounts.findById(accountId)
                .filter(Account::isEnabled)
                .map(account ->
                        !account.getPasswordHash().isEmpty() && passwords.matches(password, account.getPasswordHash()))
                .orElse(false);
    }

    /** The account's e-mail and name as they are now, for an erasure to look for. */
    @Transactional(readOnly = true)
    public java.util.Optional<Account> find(long accountId) {
        return accounts.findById(accountId);
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
        var context = contexts.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        contexts.setContext(context);
        sessions.saveContext(context, request, response);
    }
}
