package dk.jobandel.members;

/** Lets tests outside this package make the refusals the registration service throws. */
public final class RegistrationRefusedFixtures {

    private RegistrationRefusedFixtures() {}

    public static RegistrationRefused emailTaken() {
        return RegistrationRefused.emailTaken();
    }

    public static RegistrationRefused cvrTaken() {
        return RegistrationRefused.cvrTaken();
    }

    public static RegistrationRefused tooMany() {
        return new RegistrationRefused("", "registration.tooMany");
    }
}
