package dk.jobandel.members.web;

import dk.jobandel.members.RegistrationRefused;
import dk.jobandel.members.StaffInvitations;
import dk.jobandel.members.password.AcceptablePassword;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page an invitation link opens: the invitee chooses a name and a password and joins. */
@Controller
@RequestMapping("/invitations/{token}")
class InvitationController {

    private final StaffInvitations invitations;

    InvitationController(StaffInvitations invitations) {
        this.invitations = invitations;
    }

    public static class AcceptForm {
        @NotBlank
        @Size(max = 100)
        private String displayName = "";

        @NotBlank
        @AcceptablePassword
        private String password = "";

        @NotBlank
        private String passwordConfirmation = "";

        @AssertTrue(message = "{registration.consent.required}")
        private boolean consent;

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
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

    @GetMapping
    String show(@PathVariable String token, Model model) {
        var found = invitations.find(token);
        model.addAttribute("invitation", found);
        model.addAttribute("token", token);
        if (found.status() != StaffInvitations.Status.VALID) {
            return "members/invitation-invalid";
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new AcceptForm());
        }
        return "members/invitation";
    }

    @PostMapping
    String accept(
            @PathVariable String token,
            @Valid @ModelAttribute("form") AcceptForm form,
            BindingResult result,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        if (!form.getPassword().isEmpty()
                && !form.getPasswordConfirmation().isEmpty()
                && !form.getPassword().equals(form.getPasswordConfirmation())) {
            result.rejectValue("passwordConfirmation", "registration.password.mismatch");
        }
        if (!result.hasErrors()) {
            try {
                invitations.accept(token, form.getDisplayName(), form.getPassword(), locale);
                redirect.addFlashAttribute("flash", "invitation.accepted");
                return "redirect:/login";
            } catch (RegistrationRefused refused) {
                if ("token".equals(refused.field())) {
                    return show(token, model);
                }
                result.rejectValue(refused.field(), refused.messageCode());
            }
        }
        form.setPassword("");
        form.setPasswordConfirmation("");
        return show(token, model);
    }
}
