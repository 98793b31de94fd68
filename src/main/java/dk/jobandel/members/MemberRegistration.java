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
    private final dk.jobandel.platform.MailQueue mail;
    private final org.springframework.context.MessageSource messages;
    private final dk.jobandel.platform.RateLimits rateLimits;
    private final dk.jobandel.platform.UsageLimits usageLimits;

    MemberRegistration(
            AccountRepository accounts,
            OrganisationRepository organisations,
            PasswordEncoder passwordEncoder,
            Clock clock,
            ApplicationEventPublisher events,
            dk.jobandel.platform.ConsentLog consents,
            dk.jobandel.platform.MailQueue mail,
            org.springframework.context.MessageSource messages,
            dk.jobandel.platform.RateLimits rateLimits,
            dk.jobandel.platform.UsageLimits usageLimits) {
        this.rateLimits = rateLimits;
        this.usageLimits = usageLimits;
        this.consents = consents;
        this.mail = mail;
        this.messages = messages;
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

    /**
     * A freelancer created by the platform (demo data, tests of other modules): the address counts as
     * confirmed. People who sign up themselves come through {@link #signUpFreelancer}.
     *
     * @return the new account's id
     */
    @Transactional
    public long registerFreelancer(NewPerson person) {
        long id = createAccount(person, EnumSet.of(Role.FREELANCER), true, true).getId();
        events.publishEvent(new FreelancerRegistered(id));
        return id;
    }

    /**
     * Sign-up through the form: the account works at once (sign in, fill in the profile), but its address
     * is unconfirmed until the link that {@link MemberSignedUp} makes the accounts module send is used.
     *
     * <p>When the address already has an account, nothing is created and the answer reads the same (review
     * finding 8: sign-up must not reveal who is registered); the address's owner is told by e-mail instead.
     *
     * @return the new account's id; empty when the address had an account already
     */
    @Transactional
    public java.util.OptionalLong signUpFreelancer(NewPerson person, String clientAddress) {
        refuseWhenTooMany(clientAddress);
        return signUpFreelancer(person);
    }

    /** A sign-up the web did not send (tests, imports): no rate limit. */
    @Transactional
    public java.util.OptionalLong signUpFreelancer(NewPerson person) {
        if (tellOwnerIfTaken(person.email())) {
            return java.util.OptionalLong.empty();
        }
        Account account = createAccount(person, EnumSet.of(Role.FREELANCER), true, false);
        events.publishEvent(new FreelancerRegistered(account.getId()));
        events.publishEvent(signedUp(account));
        return java.util.OptionalLong.of(account.getId());
    }

    /**
     * Sign-up of an organisation through the form; see {@link #signUpFreelancer}.
     *
     * @return the new organisation's id; empty when the staff member's address had an account already
     */
    @Transactional
    public java.util.OptionalLong signUpCooperative(
            NewOrganisation organisation, NewPerson firstStaff, String clientAddress) {
        refuseWhenTooMany(clientAddress);
        return signUpCooperative(organisation, firstStaff);
    }

    /**
     * Review finding 6: sign-ups from one client address are limited ({@code jobandel.limits.sign-ups-per-address-
     * per-hour}), across every node. Checked before any password is hashed.
     */
    private void refuseWhenTooMany(String clientAddress) {
        if (!rateLimits.tryAcquire(usageLimits.signUps(), clientAddress)) {
            throw new RegistrationRefused("", "registration.tooMany");
        }
    }

    /** A sign-up the web did not send (tests, imports): no rate limit. */
    @Transactional
    public java.util.OptionalLong signUpCooperative(NewOrganisation organisation, NewPerson firstStaff) {
        if (tellOwnerIfTaken(firstStaff.email())) {
            return java.util.OptionalLong.empty();
        }
        long organisationId = createCooperative(organisation, firstStaff, false);
        Account staff =
                accounts.findByEmail(Account.normaliseEmail(firstStaff.email())).orElseThrow();
        events.publishEvent(signedUp(staff));
        return java.util.OptionalLong.of(organisationId);
    }

    private boolean tellOwnerIfTaken(String email) {
        var owner = accounts.findByEmail(Account.normaliseEmail(email));
        owner.ifPresent(account -> mail.enqueue(
                account.getEmail(),
                account.getId(),
                account.getPreferredLanguage(),
                messages.getMessage("registration.mail.taken.subject", null, account.getPreferredLanguage()),
                messages.getMessage(
                        "registration.mail.taken.body",
                        new Object[] {account.getDisplayName()},
                        account.getPreferredLanguage())));
        return owner.isPresent();
    }

    private static MemberSignedUp signedUp(Account account) {
        return new MemberSignedUp(
                account.getId(), account.getEmail(), account.getDisplayName(), account.getPreferredLanguage());
    }

    /**
     * Creates the organisation, awaiting verification, and its first staff account.
     *
     * @return the new organisation's id
     */
    @Transactional
    public long registerCooperative(NewOrganisation organisation, NewPerson firstStaff) {
        return createCooperative(organisation, firstStaff, true);
    }

    private long createCooperative(NewOrganisation organisation, NewPerson firstStaff, boolean emailConfirmed) {
        Cvr cvr = new Cvr(Cvr.normalise(organisation.cvr()));
        if (organisations.existsByCvrAndVerificationStatusNot(cvr.digits(), VerificationStatus.REJECTED)) {
            throw RegistrationRefused.cvrTaken();
        }
        Account staff = createAccount(firstStaff, EnumSet.of(Role.COOPERATIVE), true, emailConfirmed);
        var created = new Organisation(
                organisation.name(),
                cvr,
                organisation.type(),
                organisation.kind(),
                organisation.municipalityCode(),
                clock.instant());
        created.addFounder(staff.getId());
        try {
            return organisations.saveAndFlush(created).getId();
        } catch (DataIntegrityViolationException e) {
            throw RegistrationRefused.cvrTaken(); // lost a race with another sign-up for the same CVR
        }
    }

    /** Accounts that do not sign up themselves: consultants and admins, created by an admin or configuration. */
    @Transactional
    public long createStaffAccount(NewPerson person, Set<Role> roles) {
        return createAccount(person, roles, false, true).getId();
    }

    /**
     * An account for somebody who signs up through an invitation, consenting like any sign-up. The
     * invitation reached the address, so it counts as confirmed.
     */
    long createConsentingAccount(NewPerson person, Set<Role> roles) {
        return createAccount(person, roles, true, true).getId();
    }

    private Account createAccount(NewPerson person, Set<Role> roles, boolean consentGiven, boolean emailConfirmed) {
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
        if (emailConfirmed) {
            account.verifyEmail(clock.instant());
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
