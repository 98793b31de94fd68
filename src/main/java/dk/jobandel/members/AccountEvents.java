package dk.jobandel.members;

import dk.jobandel.platform.LanguagePreferenceChanged;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps accounts up to date with what happens elsewhere: logins and language choices. */
@Component
class AccountEvents {

    private final AccountRepository accounts;
    private final Clock clock;

    AccountEvents(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void on(AuthenticationSuccessEvent event) {
        accounts.recordLogin(Account.normaliseEmail(event.getAuthentication().getName()), clock.instant());
    }

    @EventListener
    @Transactional
    void on(LanguagePreferenceChanged event) {
        accounts.findById(event.accountId()).ifPresent(account -> account.changeLanguage(event.locale()));
    }
}
