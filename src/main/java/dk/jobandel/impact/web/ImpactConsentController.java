package dk.jobandel.impact.web;

import dk.jobandel.impact.ImpactConsents;
import dk.jobandel.impact.core.Gender;
import dk.jobandel.impact.core.Situation;
import dk.jobandel.impact.core.StatedProfile;
import dk.jobandel.platform.SignedInMember;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A freelancer's consent to impact statistics: what they state (gender, birth year, situation), why it is asked, and
 * withdrawing it. Only their own: there is no id in any address or form.
 */
@Controller
@RequestMapping("/profile/impact-statistics")
class ImpactConsentController {

    private final ImpactConsents consents;
    private final Clock clock;

    ImpactConsentController(ImpactConsents consents, Clock clock) {
        this.consents = consents;
        this.clock = clock;
    }

    @GetMapping
    String page(@AuthenticationPrincipal SignedInMember me, Model model) {
        var form = new ImpactConsentForm();
        var consent = consents.of(me.accountId());
        consent.ifPresent(c -> {
            form.setGender(c.stated().gender().name());
            form.setBirthYear(c.stated().birthYear());
            form.setSituation(c.stated().situation().name());
            form.setAgree(true);
            form.setVersion(c.version());
        });
        model.addAttribute("form", form);
        return show(model, consent.isPresent());
    }

    @PostMapping
    String give(
            @AuthenticationPrincipal SignedInMember me,
            @Valid @ModelAttribute("form") ImpactConsentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Gender gender = parse(Gender.class, form.getGender());
        Situation situation = parse(Situation.class, form.getSituation());
        if (!form.getGender().isEmpty() && gender == null) {
            result.rejectValue("gender", "impact.consent.gender.required");
        }
        if (!form.getSituation().isEmpty() && situation == null) {
            result.rejectValue("situation", "impact.consent.situation.required");
        }
        int thisYear = Year.now(clock.withZone(ZoneId.of("Europe/Copenhagen"))).getValue();
        Integer year = form.getBirthYear();
        if (year != null && (year < thisYear - 100 || year > thisYear - 15)) {
            result.rejectValue("birthYear", "impact.consent.birthYear.range");
        }
        if (result.hasErrors() || gender == null || situation == null || year == null) {
            return show(model, form.getVersion() != null);
        }
        try {
            consents.give(me.accountId(), new StatedProfile(gender, year, situation), form.getVersion());
        } catch (ImpactConsents.ConsentChanged e) {
            result.reject("impact.consent.changed");
            return show(model, form.getVersion() != null);
        }
        redirect.addFlashAttribute("flash", "impact.consent.saved");
        return "redirect:/profile/impact-statistics";
    }

    @PostMapping("/withdraw")
    String withdraw(@AuthenticationPrincipal SignedInMember me, RedirectAttributes redirect) {
        consents.withdraw(me.accountId());
        redirect.addFlashAttribute("flash", "impact.consent.withdrawn");
        return "redirect:/profile/impact-statistics";
    }

    private String show(Model model, boolean given) {
        model.addAttribute("given", given);
        model.addAttribute("genders", List.of(Gender.values()));
        model.addAttribute("situations", List.of(Situation.values()));
        return "impact/consent";
    }

    private static <E extends Enum<E>> @org.jspecify.annotations.Nullable E parse(Class<E> type, String name) {
        try {
            return name.isEmpty() ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
