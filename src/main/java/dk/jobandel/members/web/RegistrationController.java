package dk.jobandel.members.web;

import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.OrganisationKind;
import dk.jobandel.members.OrganisationType;
import dk.jobandel.members.RegistrationRefused;
import dk.jobandel.shared.ReferenceData;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-up for freelancers and for cooperatives. Anybody may use it. */
@Controller
@RequestMapping("/register")
class RegistrationController {

    private static final String FREELANCER_VIEW = "members/register-freelancer";
    private static final String COOPERATIVE_VIEW = "members/register-cooperative";

    private final MemberRegistration registration;
    private final ReferenceData referenceData;

    RegistrationController(MemberRegistration registration, ReferenceData referenceData) {
        this.registration = registration;
        this.referenceData = referenceData;
    }

    @GetMapping
    String choose() {
        return "members/register";
    }

    @GetMapping("/freelancer")
    String freelancerForm(Model model) {
        model.addAttribute("form", new FreelancerRegistrationForm());
        return FREELANCER_VIEW;
    }

    @PostMapping("/freelancer")
    String registerFreelancer(
            @Valid @ModelAttribute("form") FreelancerRegistrationForm form,
            BindingResult result,
            Locale locale,
            jakarta.servlet.http.HttpServletRequest request,
            RedirectAttributes redirect) {
        form.checkPasswordsMatch(result);
        if (!result.hasErrors()) {
            try {
                registration.signUpFreelancer(form.toNewPerson(locale), request.getRemoteAddr());
                redirect.addFlashAttribute("flash", "registration.done.freelancer");
                return "redirect:/login";
            } catch (RegistrationRefused refused) {
                result.rejectValue(refused.field(), refused.messageCode());
            }
        }
        form.forgetPasswords();
        return FREELANCER_VIEW;
    }

    @GetMapping("/cooperative")
    String cooperativeForm(Model model) {
        model.addAttribute("form", new CooperativeRegistrationForm());
        addChoices(model);
        return COOPERATIVE_VIEW;
    }

    @PostMapping("/cooperative")
    String registerCooperative(
            @Valid @ModelAttribute("form") CooperativeRegistrationForm form,
            BindingResult result,
            Locale locale,
            Model model,
            jakarta.servlet.http.HttpServletRequest request,
            RedirectAttributes redirect) {
        form.checkPasswordsMatch(result);
        form.checkMunicipalityKindAndType(result);
        if (form.getMunicipalityCode() != null
                && referenceData.municipality(form.getMunicipalityCode()).isEmpty()) {
            result.rejectValue("municipalityCode", "registration.municipality.unknown");
        }
        if (!result.hasErrors()) {
            try {
                registration.signUpCooperative(
                        form.toNewOrganisation(), form.toNewPerson(locale), request.getRemoteAddr());
                redirect.addFlashAttribute("flash", "registration.done.cooperative");
                return "redirect:/login";
            } catch (RegistrationRefused refused) {
                result.rejectValue(refused.field(), refused.messageCode());
            }
        }
        form.forgetPasswords();
        addChoices(model);
        return COOPERATIVE_VIEW;
    }

    private void addChoices(Model model) {
        model.addAttribute("organisationKinds", OrganisationKind.values());
        model.addAttribute("organisationTypes", OrganisationType.values());
        model.addAttribute("municipalities", referenceData.municipalities());
    }
}
