package dk.jobandel.accounts.web;

import dk.jobandel.members.password.AcceptablePassword;
import dk.jobandel.notifications.NoticeKind;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.springframework.validation.Errors;

/** The account page's forms, one per section, each posted on its own. */
final class AccountForms {

    private AccountForms() {}

    public static class NameForm {
        @NotBlank
        @Size(max = 100)
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{field.singleLine}")
        private String displayName = "";

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }
    }

    public static class LanguageForm {
        @NotBlank
        @Pattern(regexp = "da|en")
        private String language = "da";

        public String getLanguage() {
            return language;
        }

        public void setLanguage(String language) {
            this.language = language;
        }
    }

    public static class EmailForm {
        @NotBlank
        @Email
        @Size(max = 254)
        private String email = "";

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }
    }

    public static class NoticesForm {
        private List<NoticeKind> mailed = new ArrayList<>();

        public List<NoticeKind> getMailed() {
            return mailed;
        }

        public void setMailed(List<NoticeKind> mailed) {
            this.mailed = mailed;
        }
    }

    public static class PasswordForm {
        @NotBlank
        private String currentPassword = "";

        @NotBlank
        @AcceptablePassword
        private String newPassword = "";

        @NotBlank
        private String newPasswordConfirmation = "";

        void checkPasswordsMatch(Errors errors) {
            if (!newPassword.isEmpty()
                    && !newPasswordConfirmation.isEmpty()
                    && !newPassword.equals(newPasswordConfirmation)) {
                errors.rejectValue("newPasswordConfirmation", "registration.password.mismatch");
            }
        }

        /** Passwords are never sent back to the browser. */
        void forget() {
            currentPassword = "";
            newPassword = "";
            newPasswordConfirmation = "";
        }

        public String getCurrentPassword() {
            return currentPassword;
        }

        public void setCurrentPassword(String currentPassword) {
            this.currentPassword = currentPassword;
        }

        public String getNewPassword() {
            return newPassword;
        }

        public void setNewPassword(String newPassword) {
            this.newPassword = newPassword;
        }

        public String getNewPasswordConfirmation() {
            return newPasswordConfirmation;
        }

        public void setNewPasswordConfirmation(String newPasswordConfirmation) {
            this.newPasswordConfirmation = newPasswordConfirmation;
        }
    }

    /** The forgotten-password page's form. */
    public static class ForgotForm {
        @NotBlank
        @Email
        @Size(max = 254)
        private String email = "";

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }
    }

    /** The new password that a reset link sets. */
    public static class ResetForm {
        @NotBlank
        @AcceptablePassword
        private String password = "";

        @NotBlank
        private String passwordConfirmation = "";

        void checkPasswordsMatch(Errors errors) {
            if (!password.isEmpty() && !passwordConfirmation.isEmpty() && !password.equals(passwordConfirmation)) {
                errors.rejectValue("passwordConfirmation", "registration.password.mismatch");
            }
        }

        void forget() {
            password = "";
            passwordConfirmation = "";
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
    }
}
