package dk.jobandel.members;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signing up: freelancers on their own, cooperatives together with their first staff account. */
@Service
public class MemberRegistration {

    private final AccountRepository accounts;
    private final OrganisationRepository organisations;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final dk.jobandel.platform.ConsentLog consents;

    MemberRegistration(
            AccountRepository accounts,
            OrganisationRepository organisations,
            PasswordEncoder passwordEncoder,
            Clock clock,
            ApplicationEventPublisher events,
            dk.jobandel.platform.ConsentLog consents) {
        this.consents = consents;
        this.accounts = accounts;
        this.organisations = organisations;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.events = events;
    }

    public record NewPerson(String displayName, String email, String password, Locale language) {}

    public record NewOrganisation(
            String name, String cvr, OrganisationType type, OrganisationKind kind, short municipalityCode) {

        /** An organisation whose kind follows from its type (a cooperative, or a SØV by its type). */
        public NewOrganisation(String name, String cvr, OrganisationType type, short municipalityCode) {
            this(name, cvr, type, OrganisationKind.from(type), municipalityCode);
        }
    }

    /** @return the new account's id */
    @Transactional
    public long registerFreelancer(NewPerson person) {
        long id = createAccount(person, EnumSet.of(Role.FREELANCER), true).getId();
        events.publishEvent(new FreelancerRegistered(id));
        return id;
    }

    /**
     * Creates the organisation, awaiting verification, and its first staff account.
     *
     * @return the new organisation's id
     */
    @Transactional
    public long registerCooperative(NewOrganisation organisation, NewPerson firstStaff) {
        Cvr cvr = new Cvr(Cvr.normalise(organisation.cvr()));
        if (organisations.existsByCvr(cvr.digits())) {
            throw RegistrationRefused.cvrTaken();
        }
        Account staff = createAccount(firstStaff, EnumSet.of(Role.COOPERATIVE), true);
        var created = new Organisation(
                organisation.name(),
                cvr,
                organisation.type(),
                organisation.kind(),
                organisation.municipalityCode(),
                clock.instant());
        created.addStaff(staff.getId());
        try {
            return organisations.saveAndFlush(created).getId();
        } catch (DataIntegrityViolationException e) {
            throw RegistrationRefused.cvrTaken(); // lost a race with another sign-up for the same CVR
        }
    }

    /** Accounts that do not sign up themselves: consultants and admins, created by an admin or configuration. */
    @Transactional
    public long createStaffAccount(NewPerson person, Set<Role> roles) {
        return createAccount(person, roles, false).getId();
    }

    /** An account for somebody who signs up through an invitation, consenting like any sign-up. */
    long createConsentingAccount(NewPerson person, Set<Role> roles) {
        return createAccount(person, roles, true).getId();
    }

    private Account createAccount(NewPerson person, Set<Role> roles, boolean consentGiven) {
        String email = Account.normaliseEmail(person.email());
        if (accounts.existsByEmail(email)) {
            throw RegistrationRefused.emailTaken();
        }
        var account = new Account(
                email,
                passwordEncoder.encode(person.password()),
                person.displayName(),
                person.language(),
                roles,
                clock.instant());
        if (consentGiven) {
            account.recordConsent(clock.instant());
        }
        Account saved;
        try {
            saved = accounts.saveAndFlush(account);
        } catch (DataIntegrityViolationException e) {
            throw RegistrationRefused.emailTaken(); // lost a race with another sign-up for the same e-mail
        }
        if (consentGiven) {
            consents.given(saved.getId(), dk.jobandel.platform.ConsentLog.Purpose.SIGN_UP_TERMS);
        }
        return saved;
    }
}
