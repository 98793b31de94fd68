package dk.jobandel.members;

/**
 * A sign-up that breaks a business rule. {@link #field()} names the form field it concerns and
 * {@link #messageCode()} the message to show next to it.
 */
public final class RegistrationRefused extends RuntimeException {

    private final String field;
    private final String messageCode;

    RegistrationRefused(String field, String messageCode) {
        super(messageCode);
        this.field = field;
        this.messageCode = messageCode;
    }

    static RegistrationRefused emailTaken() {
        return new RegistrationRefused("email", "registration.email.taken");
    }

    static RegistrationRefused cvrTaken() {
        return new RegistrationRefused("cvr", "registration.cvr.taken");
    }

    public String field() {
        return field;
    }

    public String messageCode() {
        return messageCode;
    }
}
