package dk.jobandel.partnerships.web;

import dk.jobandel.members.Actor;
import dk.jobandel.members.Actors;
import dk.jobandel.partnerships.PartnershipChanged;
import dk.jobandel.partnerships.PartnershipModel;
import dk.jobandel.partnerships.PartnershipNeeds;
import dk.jobandel.partnerships.ServiceKind;
import dk.jobandel.partnerships.SovProfiles;
import dk.jobandel.partnerships.TargetGroup;
import dk.jobandel.platform.SignedInMember;
import dk.jobandel.shared.ReferenceData;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Partnership pages for organisations' staff: a SØV's capability profile, a firm's needs. Which organisation is
 * acting, and whether it may see an id, is decided by the module's services; anything else reads as not found.
 */
@Controller
@RequestMapping("/partnerships")
class PartnershipController {

    private final Actors actors;
    private final SovProfiles profiles;
    private final PartnershipNeeds needs;
    private final ReferenceData referenceData;
    private final PartnershipPages pages;

    PartnershipController(
            Actors actors,
            SovProfiles profiles,
            PartnershipNeeds needs,
            ReferenceData referenceData,
            PartnershipPages pages) {
        this.actors = actors;
        this.profiles = profiles;
        this.needs = needs;
        this.referenceData = referenceData;
        this.pages = pages;
    }

    @GetMapping
    String home(@AuthenticationPrincipal SignedInMember me, Model model) {
        Actor actor = actors.of(me);
        model.addAttribute("actor", actor);
        if (actor.isSov()) {
            model.addAttribute("sov", profiles.own(actor));
        } else if (actor.isFirm()) {
            model.addAttribute("needs", needs.own(actor));
        }
        pages.addHome(actor, model);
        return "partnerships/home";
    }

    // --- a SØV's profile ---

    @GetMapping("/profile")
    String profileForm(@AuthenticationPrincipal SignedInMember me, Model model) {
        SovProfiles.View own = profiles.own(actors.of(me));
        model.addAttribute("form", SovProfileForm.of(own.profile(), own.version()));
        return profileView(model);
    }

    @PostMapping("/profile")
    String saveProfile(
            @AuthenticationPrincipal SignedInMember me,
            @Valid @ModelAttribute("form") SovProfileForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Actor actor = actors.of(me);
        profiles.own(actor); // not a SØV: not found, before anything else
        form.checkArea(result);
        for (Short code : form.getMunicipalities()) {
            if (code == null || referenceData.municipality(code).isEmpty()) {
                result.rejectValue("municipalities", "partnerships.municipality.unknown");
                break;
            }
        }
        for (Short code : form.getRegions()) {
            if (code == null || referenceData.regions().stream().noneMatch(r -> r.code() == code)) {
                result.rejectValue("regions", "partnerships.region.unknown");
                break;
            }
        }
        if (result.hasErrors()) {
            return profileView(model);
        }
        try {
            profiles.save(actor, form.toProfile(), form.getVersion());
        } catch (PartnershipChanged changed) {
            model.addAttribute("problem", "partnerships.changed");
            return profileView(model);
        }
        redirect.addFlashAttribute("flash", "partnerships.profile.saved");
        return "redirect:/partnerships";
    }

    private String profileView(Model model) {
        model.addAttribute("services", ServiceKind.values());
        model.addAttribute("targetGroups", TargetGroup.values());
        return "partnerships/profile-edit";
    }

    // --- a firm's needs ---

    @GetMapping("/needs/new")
    String newNeed(@AuthenticationPrincipal SignedInMember me, Model model) {
        requireFirm(actors.of(me));
        model.addAttribute("form", new NeedForm());
        return needView(model, null);
    }

    @PostMapping("/needs")
    String postNeed(
            @AuthenticationPrincipal SignedInMember me,
            @Valid @ModelAttribute("form") NeedForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Actor actor = requireFirm(actors.of(me));
        checkNeed(form, result);
        if (result.hasErrors()) {
            return needView(model, null);
        }
        long id = needs.post(actor, null, form.toDetails());
        redirect.addFlashAttribute("flash", "partnerships.need.saved");
        return "redirect:/partnerships/needs/" + id;
    }

    @GetMapping("/needs/{id}")
    String need(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, Model model) {
        Actor actor = actors.of(me);
        model.addAttribute("need", needs.byId(actor, id));
        pages.addNeed(actor, id, model);
        return "partnerships/need";
    }

    @GetMapping("/needs/{id}/edit")
    String editNeed(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, Model model) {
        PartnershipNeeds.Need need = needs.byId(actors.of(me), id);
        model.addAttribute("form", NeedForm.of(need.details(), need.version()));
        return needView(model, id);
    }

    @PostMapping("/needs/{id}/edit")
    String updateNeed(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable long id,
            @Valid @ModelAttribute("form") NeedForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Actor actor = actors.of(me);
        needs.byId(actor, id);
        checkNeed(form, result);
        if (result.hasErrors()) {
            return needView(model, id);
        }
        try {
            needs.update(actor, id, form.getVersion(), form.toDetails());
        } catch (PartnershipChanged changed) {
            model.addAttribute("problem", "partnerships.changed");
            return needView(model, id);
        }
        redirect.addFlashAttribute("flash", "partnerships.need.saved");
        return "redirect:/partnerships/needs/" + id;
    }

    private void checkNeed(NeedForm form, BindingResult result) {
        form.checkVolume(result);
        if (form.getMunicipalityCode() != null
                && referenceData.municipality(form.getMunicipalityCode()).isEmpty()) {
            result.rejectValue("municipalityCode", "partnerships.municipality.unknown");
        }
    }

    private String needView(Model model, Long id) {
        model.addAttribute("needId", id);
        model.addAttribute("models", PartnershipModel.values());
        model.addAttribute("services", ServiceKind.values());
        model.addAttribute("targetGroups", TargetGroup.values());
        return "partnerships/need-edit";
    }

    private Actor requireFirm(Actor actor) {
        needs.checkMayPost(actor);
        return actor;
    }

    @ModelAttribute("referenceData")
    ReferenceData referenceData() {
        return referenceData;
    }

    @ModelAttribute("regionsByCode")
    java.util.Map<Short, dk.jobandel.shared.Region> regionsByCode() {
        return referenceData.regions().stream()
                .collect(java.util.stream.Collectors.toMap(dk.jobandel.shared.Region::code, r -> r));
    }
}
