package dk.jobandel.freelancers.web;

import dk.jobandel.freelancers.FreelancerProfiles;
import dk.jobandel.freelancers.Languages;
import dk.jobandel.freelancers.Profile;
import dk.jobandel.freelancers.ProfileChanged;
import dk.jobandel.freelancers.WorkStyle;
import dk.jobandel.members.Accounts;
import dk.jobandel.platform.SignedInMember;
import dk.jobandel.shared.ReferenceData;
import dk.jobandel.shared.WeekGrid;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in freelancer's own profile: an overview and one form per part. There is no id in any
 * URL or form: a freelancer can only ever reach their own profile.
 */
@Controller
@RequestMapping("/profile")
class ProfileController {

    private final FreelancerProfiles profiles;
    private final Accounts accounts;
    private final ReferenceData referenceData;
    private final Clock clock;

    ProfileController(FreelancerProfiles profiles, Accounts accounts, ReferenceData referenceData, Clock clock) {
        this.profiles = profiles;
        this.accounts = accounts;
        this.referenceData = referenceData;
        this.clock = clock;
    }

    enum Part {
        BASICS("freelancers/edit-basics"),
        SKILLS("freelancers/edit-skills"),
        AVAILABILITY("freelancers/edit-availability"),
        WORK_STYLE("freelancers/edit-work-style"),
        SITUATION("freelancers/edit-situation");

        final String view;

        Part(String view) {
            this.view = view;
        }
    }

    @GetMapping
    String overview(@AuthenticationPrincipal SignedInMember me, Model model) {
        Profile profile = profiles.profileOf(me.accountId());
        ProfileModel.overview(model, profile, referenceData, false);
        model.addAttribute("displayName", accounts.displayName(me.accountId()));
        return "freelancers/profile";
    }

    @GetMapping("/basics")
    String basics(@AuthenticationPrincipal SignedInMember me, Model model) {
        model.addAttribute(
                "form", BasicsForm.of(profiles.profileOf(me.accountId()), accounts.displayName(me.accountId())));
        return edit(Part.BASICS, model);
    }

    @PostMapping("/basics")
    String saveBasics(
            @AuthenticationPrincipal SignedInMember me,
            @Valid @ModelAttribute("form") BasicsForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        form.checkRules(result, referenceData);
        String view = save(
                me,
                Part.BASICS,
                result,
                model,
                redirect,
                form::setVersion,
                () -> profiles.changeBasics(me.accountId(), form.getVersion(), form.getDisplayName(), form.toBasics()));
        accounts.refreshSession(me.accountId(), request, response);
        return view;
    }

    @GetMapping("/skills")
    String skills(@AuthenticationPrincipal SignedInMember me, Model model) {
        model.addAttribute("form", SkillsForm.of(profiles.profileOf(me.accountId())));
        return edit(Part.SKILLS, model);
    }

    @PostMapping("/skills")
    String saveSkills(
            @AuthenticationPrincipal SignedInMember me,
            @ModelAttribute("form") SkillsForm form,
            BindingResult result,
            @RequestParam(required = false) @Nullable String add,
            @RequestParam(required = false) @Nullable String remove,
            @RequestParam(required = false) @Nullable String search,
            Model model,
            RedirectAttributes redirect) {
        form.checkRules(result, referenceData);
        // the picker's own buttons change the list on the page; only "Save" saves (the version check stays there)
        if (add != null || remove != null || search != null) {
            form.add(add, referenceData);
            form.remove(remove);
            model.addAttribute("suggestions", form.suggestions(referenceData, LocaleContextHolder.getLocale()));
            return edit(Part.SKILLS, model);
        }
        return save(
                me,
                Part.SKILLS,
                result,
                model,
                redirect,
                form::setVersion,
                () -> profiles.changeSkills(me.accountId(), form.getVersion(), form.toSkills()));
    }

    /** Suggestions while typing in the skills picker's search box (htmx): skills whose name holds the text. */
    @GetMapping("/skills/suggestions")
    String skillSuggestions(@RequestParam(required = false) @Nullable String skillSearch, Model model) {
        var form = new SkillsForm();
        form.setSkillSearch(skillSearch);
        model.addAttribute("suggestions", form.suggestions(referenceData, LocaleContextHolder.getLocale()));
        model.addAttribute("form", form);
        return "fragments/skill-picker :: suggestions";
    }

    @GetMapping("/availability")
    String availability(@AuthenticationPrincipal SignedInMember me, Model model) {
        Profile profile = profiles.profileOf(me.accountId());
        model.addAttribute("form", AvailabilityForm.of(profile));
        model.addAttribute("profile", profile);
        return edit(Part.AVAILABILITY, model);
    }

    @PostMapping("/availability")
    String saveAvailability(
            @AuthenticationPrincipal SignedInMember me,
            @ModelAttribute("form") AvailabilityForm form,
            BindingResult result,
            @RequestParam(required = false) String fill,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("profile", profiles.profileOf(me.accountId()));
        if ("weekdays".equals(fill)) {
            form.fillWeekdays();
            model.addAttribute("filled", true);
            return edit(Part.AVAILABILITY, model);
        }
        WeekGrid grid = form.toGrid(result);
        return save(
                me,
                Part.AVAILABILITY,
                result,
                model,
                redirect,
                form::setVersion,
                () -> profiles.changeAvailability(me.accountId(), form.getVersion(), grid));
    }

    @GetMapping("/work-style")
    String workStyle(@AuthenticationPrincipal SignedInMember me, Model model) {
        model.addAttribute("form", WorkStyleForm.of(profiles.profileOf(me.accountId())));
        return edit(Part.WORK_STYLE, model);
    }

    @PostMapping("/work-style")
    String saveWorkStyle(
            @AuthenticationPrincipal SignedInMember me,
            @ModelAttribute("form") WorkStyleForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        form.checkRules(result);
        return save(
                me,
                Part.WORK_STYLE,
                result,
                model,
                redirect,
                form::setVersion,
                () -> profiles.answerWorkStyle(me.accountId(), form.getVersion(), form.toAnswers()));
    }

    @GetMapping("/situation")
    String situation(@AuthenticationPrincipal SignedInMember me, Model model) {
        model.addAttribute("form", SituationForm.of(profiles.profileOf(me.accountId())));
        return edit(Part.SITUATION, model);
    }

    @PostMapping("/situation")
    String saveSituation(
            @AuthenticationPrincipal SignedInMember me,
            @ModelAttribute("form") SituationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return save(
                me,
                Part.SITUATION,
                result,
                model,
                redirect,
                form::setVersion,
                () -> profiles.changeSituation(me.accountId(), form.getVersion(), form.toSituation(clock.instant())));
    }

    /**
     * Saves when the form is valid; otherwise shows it again with the errors. When the profile changed
     * since the form was opened, nothing is saved: the form comes back with what the person typed, the
     * saved profile beside it, and the new version, so a second save is a deliberate choice.
     */
    private String save(
            SignedInMember me,
            Part part,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            LongConsumer setVersion,
            Supplier<Profile> change) {
        if (!result.hasErrors()) {
            try {
                change.get();
                redirect.addFlashAttribute("flash", "profile.saved");
                return "redirect:/profile";
            } catch (ProfileChanged changed) {
                Profile current = profiles.profileOf(me.accountId());
                ProfileModel.overview(model, current, referenceData, true);
                model.addAttribute("conflict", true);
                setVersion.accept(current.version());
            }
        }
        return edit(part, model);
    }

    private String edit(Part part, Model model) {
        model.addAttribute("referenceData", referenceData);
        switch (part) {
            case BASICS -> model.addAttribute("languages", Languages.CODES);
            case WORK_STYLE -> model.addAttribute("questions", WorkStyle.KEYS);
            default -> {}
        }
        return part.view;
    }
}
