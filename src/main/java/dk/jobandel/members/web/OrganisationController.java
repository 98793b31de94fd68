package dk.jobandel.members.web;

import dk.jobandel.members.MemberDirectory;
import dk.jobandel.members.Organisation;
import dk.jobandel.members.OrganisationChanged;
import dk.jobandel.members.OrganisationType;
import dk.jobandel.members.Organisations;
import dk.jobandel.members.OwnersOnly;
import dk.jobandel.members.RegistrationRefused;
import dk.jobandel.members.StaffChange;
import dk.jobandel.members.StaffInvitations;
import dk.jobandel.platform.PageNotFound;
import dk.jobandel.platform.SignedInMember;
import dk.jobandel.shared.ReferenceData;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A cooperative's staff edit their organisation's profile and manage their colleagues. Everything
 * acts on the signed-in member's own organisation: no organisation id is taken from the request.
 */
@Controller
@RequestMapping("/organisation")
class OrganisationController {

    private final Organisations organisations;
    private final StaffInvitations invitations;
    private final MemberDirectory directory;
    private final ReferenceData referenceData;

    OrganisationController(
            Organisations organisations,
            StaffInvitations invitations,
            MemberDirectory directory,
            ReferenceData referenceData) {
        this.organisations = organisations;
        this.invitations = invitations;
        this.directory = directory;
        this.referenceData = referenceData;
    }

    /** The e-mail of a colleague to invite. */
    public static class InviteForm {
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

    private Organisation own(SignedInMember me) {
        return organisations.ofStaffMember(me.accountId()).orElseThrow(() -> new OrganisationNotFoundForMember());
    }

    @GetMapping
    String edit(@AuthenticationPrincipal SignedInMember me, Model model) {
        model.addAttribute("form", OrganisationForm.of(own(me)));
        return editView(me, model);
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal SignedInMember me,
            @Valid @ModelAttribute("form") OrganisationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form.checkRules(result, own(me).getCvr());
        if (form.getMunicipalityCode() != null
                && referenceData.municipality(form.getMunicipalityCode()).isEmpty()) {
            result.rejectValue("municipalityCode", "registration.municipality.unknown");
        }
        if (!result.hasErrors()) {
            try {
                boolean again = organisations.changeProfile(me.accountId(), form.getVersion(), form.toProfile());
                redirect.addFlashAttribute(
                        "flash", again ? "organisation.savedAwaitingVerification" : "organisation.saved");
                return "redirect:/dashboard";
            } catch (OwnersOnly ownersOnly) {
                result.rejectValue(ownersOnly.field(), "organisation.ownersOnly");
            } catch (OrganisationChanged changed) {
                Organisation current = own(me);
                model.addAttribute("conflict", true);
                model.addAttribute("saved", OrganisationForm.of(current));
                form.setVersion(current.getVersion());
            }
        }
        return editView(me, model);
    }

    private String editView(SignedInMember me, Model model) {
        model.addAttribute("owner", organisations.byId(own(me).getId()).isOwner(me.accountId()));
        model.addAttribute("organisationTypes", OrganisationType.values());
        model.addAttribute("municipalities", referenceData.municipalities());
        model.addAttribute("referenceData", referenceData);
        return "members/organisation-edit";
    }

    @GetMapping("/staff")
    String staff(@AuthenticationPrincipal SignedInMember me, Model model) {
        if (!model.containsAttribute("inviteForm")) {
            model.addAttribute("inviteForm", new InviteForm());
        }
        Organisation organisation = organisations.byId(own(me).getId());
        model.addAttribute("organisation", organisation);
        model.addAttribute("staff", directory.staffOf(organisation.getStaffAccountIds()));
        model.addAttribute("owners", organisation.getOwnerAccountIds());
        model.addAttribute("owner", organisation.isOwner(me.accountId()));
        model.addAttribute("pending", invitations.pending(me.accountId()));
        model.addAttribute("me", me);
        return "members/staff";
    }

    @PostMapping("/staff/invite")
    String invite(
            @AuthenticationPrincipal SignedInMember me,
            @Valid @ModelAttribute("inviteForm") InviteForm form,
            BindingResult result,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var invitation = invitations.invite(me.accountId(), form.getEmail(), locale);
                redirect.addFlashAttribute("flash", invitation.mailed() ? "invitation.sent" : "invitation.created");
                redirect.addFlashAttribute("invitationLink", invitation.link());
                redirect.addFlashAttribute("invitationEmail", invitation.email());
                return "redirect:/organisation/staff";
            } catch (RegistrationRefused refused) {
                result.rejectValue("email", refused.messageCode());
            }
        }
        return staff(me, model);
    }

    @PostMapping("/staff/{accountId}/remove")
    String remove(
            @AuthenticationPrincipal SignedInMember me, @PathVariable long accountId, RedirectAttributes redirect) {
        StaffChange change = organisations.removeStaff(me.accountId(), accountId);
        redirect.addFlashAttribute("flash", change == StaffChange.DONE ? "staff.removed" : change.messageKey());
        return "redirect:/organisation/staff";
    }

    @PostMapping("/staff/{accountId}/owner")
    String makeOwner(
            @AuthenticationPrincipal SignedInMember me, @PathVariable long accountId, RedirectAttributes redirect) {
        StaffChange change = organisations.makeOwner(me.accountId(), accountId);
        redirect.addFlashAttribute("flash", change == StaffChange.DONE ? "staff.ownerAdded" : change.messageKey());
        return "redirect:/organisation/staff";
    }

    @PostMapping("/staff/step-down")
    String stepDown(@AuthenticationPrincipal SignedInMember me, RedirectAttributes redirect) {
        StaffChange change = organisations.stepDown(me.accountId());
        redirect.addFlashAttribute("flash", change == StaffChange.DONE ? "staff.steppedDown" : change.messageKey());
        return "redirect:/organisation/staff";
    }

    @PostMapping("/invitations/{id}/revoke")
    String revoke(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, RedirectAttributes redirect) {
        boolean revoked = invitations.revoke(me.accountId(), id);
        redirect.addFlashAttribute("flash", revoked ? "invitation.revoked" : "invitation.notRevoked");
        return "redirect:/organisation/staff";
    }

    /** A cooperative account that belongs to no organisation (e.g. removed by colleagues). */
    @ResponseStatus(HttpStatus.NOT_FOUND)
    static final class OrganisationNotFoundForMember extends PageNotFound {}
}
