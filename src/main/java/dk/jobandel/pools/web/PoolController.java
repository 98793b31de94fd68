package dk.jobandel.pools.web;

import dk.jobandel.members.Actor;
import dk.jobandel.members.Actors;
import dk.jobandel.platform.DecimalEditor;
import dk.jobandel.platform.SignedInMember;
import dk.jobandel.pools.NeedDetails;
import dk.jobandel.pools.PoolChanged;
import dk.jobandel.pools.PoolRefused;
import dk.jobandel.pools.Pools;
import dk.jobandel.shared.ReferenceData;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pool pages for cooperative staff and consultants. Every id in a URL is checked by {@link Pools}: a pool's needs,
 * workers and applications read as not found to anybody outside it.
 */
@Controller
@RequestMapping("/pools")
class PoolController {

    private final Actors actors;
    private final Pools pools;
    private final ReferenceData referenceData;
    private final Clock clock;

    PoolController(Actors actors, Pools pools, ReferenceData referenceData, Clock clock) {
        this.actors = actors;
        this.pools = pools;
        this.referenceData = referenceData;
        this.clock = clock;
    }

    @InitBinder({"form", "needForm"})
    void amounts(WebDataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, new DecimalEditor());
    }

    // --- list and create ---

    @GetMapping
    String list(@AuthenticationPrincipal SignedInMember me, Model model) {
        Actor actor = actors.of(me);
        model.addAttribute("form", PoolForm.blank(null));
        return list(actor, model, true);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal SignedInMember me,
            @Valid @ModelAttribute("form") PoolForm form,
            BindingResult result,
            @RequestParam(required = false) @Nullable String check,
            Model model,
            RedirectAttributes redirect) {
        Actor actor = actors.of(me);
        // the secure-terms check (issue 21): the check button only shows the findings; blocking ones stop the save
        var findings = PoolTerms.addFindings(pools, form, result, model);
        if (check != null) {
            return list(actor, model, false);
        }
        if (findings != null && findings.stream().anyMatch(dk.jobandel.advisor.core.Finding::blocking)) {
            result.reject("pool.terms.refused");
        }
        boolean consultant = pools.namesHost(actor);
        if (consultant && form.getHostOrganisationId() == null) {
            result.rejectValue("hostOrganisationId", "pool.host.required");
        }
        if (form.getMunicipalityCode() != null
                && referenceData.municipality(form.getMunicipalityCode()).isEmpty()) {
            result.rejectValue("municipalityCode", "registration.municipality.unknown");
        }
        if (!result.hasErrors()) {
            try {
                long id = pools.create(actor, form.getHostOrganisationId(), form.toDetails());
                redirect.addFlashAttribute("flash", "pool.created");
                return "redirect:/pools/" + id;
            } catch (PoolRefused refused) {
                String field = switch (refused.messageCode()) {
                    case "pool.name.taken" -> "name";
                    case "pool.hourlyWage.invalid" -> "hourlyWage";
                    case "pool.pension.invalid" -> "pensionPercent";
                    case "pool.host.required", "pool.host.notVerified" -> consultant ? "hostOrganisationId" : null;
                    default -> null;
                };
                if (field == null) {
                    result.reject(refused.messageCode());
                } else {
                    result.rejectValue(field, refused.messageCode());
                }
            }
        }
        return list(actor, model, false);
    }

    private String list(Actor actor, Model model, boolean fresh) {
        Pools.ListPage page = pools.listPage(actor);
        model.addAttribute("mine", page.mine());
        model.addAttribute("joinable", page.joinable());
        model.addAttribute("consultant", page.namesHost());
        model.addAttribute("hosts", page.hosts());
        model.addAttribute("referenceData", referenceData);
        model.addAttribute("fresh", fresh);
        return "pools/list";
    }

    // --- overview and membership ---

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, Model model) {
        Actor actor = actors.of(me);
        Pools.Overview overview = pools.overview(actor, id, LocalDate.now(clock));
        model.addAttribute("overview", overview);
        model.addAttribute("pool", overview.pool());
        model.addAttribute("titleArg", overview.pool().name());
        model.addAttribute("viewer", overview.viewer());
        model.addAttribute(
                "candidates", overview.viewer().canManageWorkers() ? pools.workerCandidates(actor, id) : List.of());
        model.addAttribute("referenceData", referenceData);
        model.addAttribute("findings", pools.termsFindings(overview.pool()));
        return "pools/show";
    }

    @PostMapping("/{id}/apply")
    String apply(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, RedirectAttributes redirect) {
        Actor actor = actors.of(me);
        return act(id, redirect, "pool.applied", () -> pools.apply(actor, id));
    }

    @PostMapping("/{id}/members/{memberId}/approve")
    String approve(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable long id,
            @PathVariable long memberId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        Actor actor = actors.of(me);
        return act(id, redirect, "pool.member.approved", () -> pools.approve(actor, id, memberId, version));
    }

    @PostMapping("/{id}/members/{memberId}/reject")
    String reject(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable long id,
            @PathVariable long memberId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        Actor actor = actors.of(me);
        return act(id, redirect, "pool.member.rejected", () -> pools.reject(actor, id, memberId, version, null));
    }

    @PostMapping("/{id}/leave")
    String leave(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, RedirectAttributes redirect) {
        Actor actor = actors.of(me);
        try {
            pools.leave(actor, id);
            redirect.addFlashAttribute("flash", "pool.left");
            return "redirect:/pools";
        } catch (PoolRefused refused) {
            redirect.addFlashAttribute("problem", refused.messageCode());
            return "redirect:/pools/" + id;
        }
    }

    @PostMapping("/{id}/workers")
    String addWorker(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long freelancerId,
            RedirectAttributes redirect) {
        Actor actor = actors.of(me);
        if (freelancerId == null) {
            pools.workerCandidates(actor, id); // only the host's staff and consultants get this far
            redirect.addFlashAttribute("problem", "pool.worker.choose");
            return "redirect:/pools/" + id;
        }
        return act(id, redirect, "pool.worker.added", () -> pools.addWorker(actor, id, freelancerId));
    }

    @PostMapping("/{id}/workers/{freelancerId}/remove")
    String removeWorker(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable long id,
            @PathVariable long freelancerId,
            RedirectAttributes redirect) {
        Actor actor = actors.of(me);
        return act(id, redirect, "pool.worker.removed", () -> pools.removeWorker(actor, id, freelancerId));
    }

    private static String act(long poolId, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (PoolRefused refused) {
            redirect.addFlashAttribute("problem", refused.messageCode());
        } catch (PoolChanged changed) {
            redirect.addFlashAttribute("problem", "pool.changed");
        }
        return "redirect:/pools/" + poolId;
    }

    // --- needs ---

    @GetMapping("/{id}/needs")
    String needs(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, Model model) {
        Actor actor = actors.of(me);
        model.addAttribute("needForm", NeedForm.blank(overviewPool(actor, id).municipalityCode(), firstOfNextMonth()));
        return board(actor, id, model);
    }

    @PostMapping("/{id}/needs")
    String postNeed(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable long id,
            @Valid @ModelAttribute("needForm") NeedForm form,
            BindingResult result,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Actor actor = actors.of(me);
        List<Pools.Need> board = pools.needs(actor, id); // not found before anything else
        if (form.fillingWeekdays()) {
            form.fillWeekdays(model, "needForm");
            return board(actor, id, model, board);
        }
        if (form.picking()) {
            picked(form, result, locale, model);
            return board(actor, id, model, board);
        }
        NeedDetails details = form.checkRules(result, pools, referenceData);
        if (!result.hasErrors()) {
            try {
                pools.postNeed(actor, id, details);
                redirect.addFlashAttribute("flash", "pool.need.posted");
                return "redirect:/pools/" + id + "/needs";
            } catch (PoolRefused refused) {
                result.reject(refused.messageCode());
            }
        }
        return board(actor, id, model, board);
    }

    @GetMapping("/{id}/needs/{needId}/edit")
    String editNeed(
            @AuthenticationPrincipal SignedInMember me, @PathVariable long id, @PathVariable long needId, Model model) {
        Actor actor = actors.of(me);
        model.addAttribute("needForm", NeedForm.of(pools.ownNeed(actor, id, needId)));
        return editView(actor, id, needId, model);
    }

    @PostMapping("/{id}/needs/{needId}/edit")
    String saveNeed(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable long id,
            @PathVariable long needId,
            @Valid @ModelAttribute("needForm") NeedForm form,
            BindingResult result,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        Actor actor = actors.of(me);
        pools.ownNeed(actor, id, needId);
        if (form.fillingWeekdays()) {
            form.fillWeekdays(model, "needForm");
            return editView(actor, id, needId, model);
        }
        if (form.picking()) {
            picked(form, result, locale, model);
            return editView(actor, id, needId, model);
        }
        NeedDetails details = form.checkRules(result, pools, referenceData);
        if (!result.hasErrors()) {
            try {
                pools.updateNeed(actor, id, needId, form.getVersion(), details);
                redirect.addFlashAttribute("flash", "pool.need.saved");
                return "redirect:/pools/" + id + "/needs";
            } catch (PoolRefused refused) {
                result.reject(refused.messageCode());
            } catch (PoolChanged changed) {
                result.reject("pool.changed");
                form.setVersion(pools.ownNeed(actor, id, needId).version());
            }
        }
        return editView(actor, id, needId, model);
    }

    @PostMapping("/{id}/needs/{needId}/withdraw")
    String withdrawNeed(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable long id,
            @PathVariable long needId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        Actor actor = actors.of(me);
        try {
            pools.withdrawNeed(actor, id, needId, version);
            redirect.addFlashAttribute("flash", "pool.need.withdrawn");
        } catch (PoolRefused refused) {
            redirect.addFlashAttribute("problem", refused.messageCode());
        } catch (PoolChanged changed) {
            redirect.addFlashAttribute("problem", "pool.changed");
        }
        return "redirect:/pools/" + id + "/needs";
    }

    private Pools.Pool overviewPool(Actor actor, long id) {
        return pools.overview(actor, id, LocalDate.now(clock)).pool();
    }

    private LocalDate firstOfNextMonth() {
        return LocalDate.now(clock).with(TemporalAdjusters.firstDayOfNextMonth());
    }

    /** The skills picker's buttons without JavaScript (add, remove, find); see {@link NeedForm#picked}. */
    private void picked(NeedForm form, BindingResult result, Locale locale, Model model) {
        form.checkRules(result, pools, referenceData);
        form.picked(result, "needForm", referenceData, locale, model);
    }

    /** Suggestions while typing in the skills picker's search box (htmx): skills whose name holds the text. */
    @GetMapping("/skills/suggestions")
    String skillSuggestions(@RequestParam(required = false) @Nullable String skillSearch, Locale locale, Model model) {
        return new NeedForm().suggestionsFragment(skillSearch, referenceData, locale, model);
    }

    private String board(Actor actor, long id, Model model) {
        return board(actor, id, model, pools.needs(actor, id));
    }

    private String board(Actor actor, long id, Model model, List<Pools.Need> needs) {
        Pools.Overview overview = pools.overview(actor, id, LocalDate.now(clock));
        NeedsPicture.addTo(model, needs);
        model.addAttribute("pool", overview.pool());
        model.addAttribute("titleArg", overview.pool().name());
        model.addAttribute("viewer", overview.viewer());
        model.addAttribute("needs", needs);
        model.addAttribute("referenceData", referenceData);
        model.addAttribute("skillLevels", List.of(1, 2, 3));
        return "pools/needs";
    }

    private String editView(Actor actor, long id, long needId, Model model) {
        model.addAttribute("pool", overviewPool(actor, id));
        model.addAttribute("needId", needId);
        model.addAttribute("referenceData", referenceData);
        return "pools/need-edit";
    }
}
