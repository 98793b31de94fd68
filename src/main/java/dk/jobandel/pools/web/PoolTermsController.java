package dk.jobandel.pools.web;

import dk.jobandel.advisor.core.Finding;
import dk.jobandel.members.Actors;
import dk.jobandel.platform.DecimalEditor;
import dk.jobandel.platform.SignedInMember;
import dk.jobandel.pools.PoolChanged;
import dk.jobandel.pools.PoolNotFound;
import dk.jobandel.pools.PoolRefused;
import dk.jobandel.pools.Pools;
import dk.jobandel.shared.ReferenceData;
import jakarta.validation.Valid;
import java.math.BigDecimal;
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
 * The host changes a pool's settings and employment terms (issue 21), with the secure-terms findings beside the
 * fields as on the create form: blocking findings stop the change. Anybody but the host's staff reads not found.
 */
@Controller
@RequestMapping("/pools/{id}/terms")
class PoolTermsController {

    private final Actors actors;
    private final Pools pools;
    private final ReferenceData referenceData;

    PoolTermsController(Actors actors, Pools pools, ReferenceData referenceData) {
        this.actors = actors;
        this.pools = pools;
        this.referenceData = referenceData;
    }

    @InitBinder("form")
    void amounts(WebDataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, new DecimalEditor());
    }

    /**
     * The form read from the pool, through the binder, so that the amounts show as the page's language writes them
     * (a form put into the model by hand would show "12.00" on a Danish page); a POST binds what was sent over it.
     */
    @ModelAttribute("form")
    PoolForm form(@ModelAttribute(name = "pool", binding = false) Pools.Pool pool) {
        return PoolForm.of(pool);
    }

    /** The pool, read once a request, when the member is its host's staff; {@link PoolNotFound} for anybody else. */
    @ModelAttribute("pool")
    Pools.Pool pool(@AuthenticationPrincipal SignedInMember me, @PathVariable long id) {
        return pools.hostedPool(actors.of(me), id);
    }

    @GetMapping
    String edit(
            @ModelAttribute(name = "pool", binding = false) Pools.Pool pool,
            @ModelAttribute("form") PoolForm form,
            Model model) {
        model.addAttribute("findings", pools.termsFindings(pool));
        return view(pool, model);
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable long id,
            @ModelAttribute(name = "pool", binding = false) Pools.Pool pool,
            @Valid @ModelAttribute("form") PoolForm form,
            BindingResult result,
            @RequestParam(required = false) @Nullable String check,
            Model model,
            RedirectAttributes redirect) {
        var findings = PoolTerms.addFindings(pools, form, result, model);
        if (check != null) {
            return view(pool, model);
        }
        if (findings != null && findings.stream().anyMatch(Finding::blocking)) {
            result.reject("pool.terms.editRefused");
        }
        if (form.getMunicipalityCode() != null
                && referenceData.municipality(form.getMunicipalityCode()).isEmpty()) {
            result.rejectValue("municipalityCode", "registration.municipality.unknown");
        }
        if (!result.hasErrors()) {
            try {
                pools.changeTerms(actors.of(me), id, form.getVersion(), form.toDetails());
                redirect.addFlashAttribute("flash", "pool.terms.saved");
                return "redirect:/pools/" + id;
            } catch (PoolRefused refused) {
                switch (refused.messageCode()) {
                    case "pool.name.taken" -> result.rejectValue("name", refused.messageCode());
                    case "registration.municipality.unknown" ->
                        result.rejectValue("municipalityCode", refused.messageCode());
                    default -> result.reject(refused.messageCode());
                }
            } catch (PoolChanged changed) {
                Pools.Pool current = pools.pool(id);
                model.addAttribute("conflict", true);
                model.addAttribute("saved", current);
                form.setVersion(current.version());
            }
        }
        return view(pool, model);
    }

    private String view(Pools.Pool pool, Model model) {
        model.addAttribute("pool", pool);
        model.addAttribute("titleArg", pool.name());
        model.addAttribute("referenceData", referenceData);
        return "pools/terms";
    }
}
