package dk.jobandel.members.web;

import dk.jobandel.members.MemberRegistration.NewPerson;
import dk.jobandel.members.password.AcceptablePassword;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.springframework.validation.Errors;

/** The fields every sign-up form asks of the person signing up. */
abstract class PersonFields {

    @NotBlank
    @Size(max = 100)
    private String displayName = "";

    @NotBlank
    @Email
    @Size(max = 254)
    private String email = "";

    @NotBlank
    @AcceptablePassword
    private String password = "";

    @NotBlank
    private String passwordConfirmation = "";

    @AssertTrue(message = "{registration.consent.required}")
    private boolean consent;

    /** The second password field must repeat the first. */
    void checkPasswordsMatch(Errors errors) {
        if (!password.isEmpty() && !passwordConfirmation.isEmpty() && !password.equals(passwordConfirmation)) {
            errors.rejectValue("passwordConfirmation", "registration.password.mismatch");
        }
    }

    /** Passwords are never sent back to the browser, not even to a form shown again with errors. */
    void forgetPasswords() {
        password = "";
        passwordConfirmation = "";
    }

    NewPerson toNewPerson(Locale language) {
        return new NewPerson(displayName, email, password, language);
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordConfirmation() {
        return passwordConfirmation;
    }

    public void setPasswordConfirmation(String passwordConfirmation) {
        this.passwordConfirmation = passwordConfirmation;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
