package dk.jobandel.roles.web;

import dk.jobandel.advisor.core.Terms;
import dk.jobandel.members.Organisation;
import dk.jobandel.members.Organisations;
import dk.jobandel.members.VerificationStatus;
import dk.jobandel.platform.DecimalEditor;
import dk.jobandel.platform.PageNotFound;
import dk.jobandel.platform.SignedInMember;
import dk.jobandel.roles.PayKind;
import dk.jobandel.roles.Requirement;
import dk.jobandel.roles.Role;
import dk.jobandel.roles.RoleActivity;
import dk.jobandel.roles.RoleChanged;
import dk.jobandel.roles.RoleLimitReached;
import dk.jobandel.roles.RoleStatus;
import dk.jobandel.roles.SharedRoles;
import dk.jobandel.roles.StatusChangeRefused;
import dk.jobandel.roles.WorkMode;
import dk.jobandel.roles.core.RoleProgress;
import dk.jobandel.shared.ReferenceData;
import dk.jobandel.shared.WeekGrid;
import dk.jobandel.shared.WeekPicture;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A cooperative's own roles. Ids in URLs are checked against the signed-in member's organisation in
 * {@link SharedRoles}: another organisation's role reads as not found.
 */
@Controller
@RequestMapping("/roles")
class RoleController {

    private final SharedRoles roles;
    private final Organisations organisations;
    private final ReferenceData referenceData;
    private final Clock clock;
    private final ObjectProvider<RoleActivity> activity;

    RoleController(
            SharedRoles roles,
            Organisations organisations,
            ReferenceData referenceData,
            Clock clock,
            ObjectProvider<RoleActivity> activity) {
        this.roles = roles;
        this.organisations = organisations;
        this.referenceData = referenceData;
        this.clock = clock;
        this.activity = activity;
    }

    @InitBinder("form")
    void amounts(WebDataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, new DecimalEditor());
    }

    private Organisation own(SignedInMember me) {
        return organisations.ofStaffMember(me.accountId()).orElseThrow(() -> new NoOrganisation());
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInMember me, Model model) {
        Organisation own = own(me);
        model.addAttribute("roles", roles.rolesOf(own.getId()));
        model.addAttribute("verified", own.getVerificationStatus() == VerificationStatus.VERIFIED);
        model.addAttribute("referenceData", referenceData);
        return "roles/list";
    }

    @GetMapping("/new")
    String create(@AuthenticationPrincipal SignedInMember me, Model model) {
        LocalDate firstOfNextMonth = LocalDate.now(clock).with(TemporalAdjusters.firstDayOfNextMonth());
        model.addAttribute("form", RoleForm.blank(own(me).getMunicipalityCode(), firstOfNextMonth));
        return edit(model, null);
    }

    @PostMapping("/new")
    String saveNew(
            @AuthenticationPrincipal SignedInMember me,
            @Valid @ModelAttribute("form") RoleForm form,
            BindingResult result,
            @RequestParam(required = false) @Nullable String check,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        if (form.fillingWeekdays()) {
            return filled(form, model, null);
        }
        if (form.picking()) {
            return picked(form, result, locale, model, null);
        }
        WeekGrid schedule = form.checkRules(result, referenceData);
        if (result.hasErrors()) {
            return edit(model, null);
        }
        if (check != null) {
            model.addAttribute("findings", roles.findings(form.toDetails(schedule)));
            return edit(model, null);
        }
        long id;
        try {
            id = roles.create(me.accountId(), form.toDetails(schedule));
        } catch (RoleLimitReached limit) {
            result.reject(limit.messageCode());
            return edit(model, null);
        }
        redirect.addFlashAttribute("flash", "role.saved");
        return "redirect:/roles/" + id;
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, Model model) {
        Role role = roles.ownRole(me.accountId(), id);
        RoleModel.show(model, roles, role, roles.history(id), referenceData);
        boolean verified = organisations.isVerified(role.organisationId());
        model.addAttribute("verified", verified);
        model.addAttribute("owner", true);
        RoleActivity.Activity happened = role.status() == RoleStatus.PUBLISHED
                ? activity.getIfAvailable(() -> roleId -> RoleActivity.Activity.NONE)
                        .of(id)
                : RoleActivity.Activity.NONE;
        model.addAttribute("progress", RoleProgress.of(role.status(), verified, happened));
        model.addAttribute("activity", happened);
        return "roles/show";
    }

    /**
     * Discarding a draft or closing a role asks first: this page says what it means, and its button posts the move
     * (without JavaScript; the role page links here instead of posting at once).
     */
    @GetMapping("/{id}/close")
    String confirmClose(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, Model model) {
        Role role = roles.ownRole(me.accountId(), id);
        if (!role.status().canMoveTo(RoleStatus.CLOSED)) {
            return "redirect:/roles/" + id;
        }
        model.addAttribute("role", role);
        model.addAttribute("titleArg", role.details().title());
        return "roles/confirm-close";
    }

    @GetMapping("/{id}/edit")
    String editExisting(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, Model model) {
        Role role = roles.ownRole(me.accountId(), id);
        model.addAttribute("form", RoleForm.of(role));
        model.addAttribute("findings", roles.findings(role.details()));
        return edit(model, id);
    }

    @PostMapping("/{id}/edit")
    String saveExisting(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable long id,
            @Valid @ModelAttribute("form") RoleForm form,
            BindingResult result,
            @RequestParam(required = false) @Nullable String check,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Role current = roles.ownRole(me.accountId(), id);
        if (form.fillingWeekdays()) {
            return filled(form, model, id);
        }
        if (form.picking()) {
            model.addAttribute("status", current.status());
            return picked(form, result, locale, model, id);
        }
        WeekGrid schedule = form.checkRules(result, referenceData);
        if (!result.hasErrors() && check != null) {
            model.addAttribute("findings", roles.findings(form.toDetails(schedule)));
        } else if (!result.hasErrors()) {
            try {
                roles.update(me.accountId(), id, form.getVersion(), form.toDetails(schedule));
                redirect.addFlashAttribute("flash", "role.saved");
                return "redirect:/roles/" + id;
            } catch (RoleChanged changed) {
                Role saved = roles.ownRole(me.accountId(), id);
                model.addAttribute("conflict", true);
                RoleModel.show(model, roles, saved, roles.history(id), referenceData);
                form.setVersion(saved.version());
            }
        }
        model.addAttribute("status", current.status());
        return edit(model, id);
    }

    @PostMapping("/{id}/status")
    String move(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam RoleStatus to,
            RedirectAttributes redirect) {
        try {
            roles.moveTo(me.accountId(), id, version, to);
            redirect.addFlashAttribute("flash", "role.status.moved." + to);
        } catch (StatusChangeRefused refused) {
            redirect.addFlashAttribute("problem", refused.messageCode());
            if (SharedRoles.TERMS_REFUSED.equals(refused.messageCode())) {
                return "redirect:/roles/" + id + "/edit"; // the reasons stand beside the fields to change
            }
        } catch (RoleChanged changed) {
            redirect.addFlashAttribute("problem", "role.changed");
        }
        return "redirect:/roles/" + id;
    }

    @PostMapping("/{id}/duplicate")
    String duplicate(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, RedirectAttributes redirect) {
        try {
            long copy = roles.duplicate(me.accountId(), id);
            redirect.addFlashAttribute("flash", "role.duplicated");
            return "redirect:/roles/" + copy + "/edit";
        } catch (RoleLimitReached limit) {
            redirect.addFlashAttribute("problem", limit.messageCode());
            return "redirect:/roles/" + id;
        }
    }

    /** The quick fill without JavaScript: the form comes back filled, unsaved, without error messages yet. */
    private String filled(RoleForm form, Model model, @Nullable Long roleId) {
        form.fillWeekdays(model, "form");
        return edit(model, roleId);
    }

    /** The skills picker's buttons without JavaScript (add, remove, find); see {@link RoleForm#picked}. */
    private String picked(RoleForm form, BindingResult result, Locale locale, Model model, @Nullable Long roleId) {
        form.checkRules(result, referenceData);
        form.picked(result, "form", referenceData, locale, model);
        return edit(model, roleId);
    }

    /** Suggestions while typing in the skills picker's search box (htmx): skills whose name holds the text. */
    @GetMapping("/skills/suggestions")
    String skillSuggestions(@RequestParam(required = false) @Nullable String skillSearch, Locale locale, Model model) {
        return new RoleForm().suggestionsFragment(skillSearch, referenceData, locale, model);
    }

    private String edit(Model model, @Nullable Long roleId) {
        model.addAttribute("roleId", roleId);
        model.addAttribute("referenceData", referenceData);
        model.addAttribute("workModes", WorkMode.values());
        model.addAttribute("payKinds", PayKind.values());
        model.addAttribute("holidays", Terms.Holiday.values());
        model.addAttribute("requirements", Requirement.values());
        return "roles/edit";
    }

    @ResponseStatus(HttpStatus.NOT_FOUND)
    static final class NoOrganisation extends PageNotFound {}

    /** What the role page shows, for staff and consultants alike. */
    static final class RoleModel {
        private RoleModel() {}

        static void show(
                Model model,
                SharedRoles roles,
                Role role,
                java.util.List<SharedRoles.Change> history,
                ReferenceData referenceData) {
            model.addAttribute("role", role);
            model.addAttribute("findings", roles.findings(role.details()));
            model.addAttribute("roleScore", roles.score(role.details()));
            model.addAttribute("advisor", roles.advisor());
            model.addAttribute("picture", WeekPicture.of(role.details().schedule()));
            model.addAttribute("history", history);
            model.addAttribute("referenceData", referenceData);
        }
    }
}
