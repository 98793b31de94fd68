package dk.jobandel.members;

import dk.jobandel.members.MemberRegistration.NewPerson;
import dk.jobandel.members.password.AcceptablePassword;
import dk.jobandel.members.password.CommonPasswords;
import dk.jobandel.platform.SupportedLanguages;
import java.util.EnumSet;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin from configuration ({@code JOBANDEL_ADMIN_EMAIL} and
 * {@code JOBANDEL_ADMIN_PASSWORD}) when no account has that e-mail yet. There is never a default
 * password: without both settings no admin is created.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    @ConfigurationProperties("jobandel.admin")
    record Settings(
            @Nullable String email,
            @Nullable String password,
            @Nullable String displayName) {}

    private final Settings settings;
    private final MemberRegistration registration;
    private final AccountRepository accounts;

    AdminBootstrap(Settings settings, MemberRegistration registration, AccountRepository accounts) {
        this.settings = settings;
        this.registration = registration;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        String email = settings.email();
        String password = settings.password();
        if (email == null || email.isBlank()) {
            return;
        }
        if (accounts.existsByEmail(Account.normaliseEmail(email))) {
            return;
        }
        if (password == null
                || password.length() < AcceptablePassword.MIN_LENGTH
                || password.length() > AcceptablePassword.MAX_LENGTH
                || CommonPasswords.contains(password)) {
            throw new IllegalStateException("jobandel.admin.password (JOBANDEL_ADMIN_PASSWORD) must be set to "
                    + AcceptablePassword.MIN_LENGTH + "-" + AcceptablePassword.MAX_LENGTH
                    + " characters and not be a common password to create the first admin " + email);
        }
        String name = settings.displayName() == null ? "Administrator" : settings.displayName();
        registration.createStaffAccount(
                new NewPerson(name, email, password, SupportedLanguages.DANISH), EnumSet.of(Role.ADMIN));
        log.info("Created the first admin account {}", email);
    }
}
