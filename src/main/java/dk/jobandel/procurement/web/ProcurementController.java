package dk.jobandel.procurement.web;

import dk.jobandel.members.Actor;
import dk.jobandel.members.Actors;
import dk.jobandel.partnerships.ServiceKind;
import dk.jobandel.platform.SignedInMember;
import dk.jobandel.procurement.ClauseLibrary;
import dk.jobandel.procurement.ContractFollowUp;
import dk.jobandel.procurement.ContractPages;
import dk.jobandel.procurement.Contracts;
import dk.jobandel.procurement.ProcurementRefused;
import dk.jobandel.procurement.ProcurementSettings;
import dk.jobandel.procurement.core.ContractStatus;
import dk.jobandel.shared.ReferenceData;
import jakarta.validation.Valid;
import java.util.Objects;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Social procurement's contract pages for municipalities, suppliers and consultants ({@link KnowledgeController} has
 * the clause library and the knowledge bank). The module's services decide who may see and change what; an id the
 * member may not see reads as not found.
 */
@Controller
@RequestMapping("/procurement")
class ProcurementController {

    private static final String CONTRACT_VIEW = "procurement/contract";

    private final Actors actors;
    private final Contracts contracts;
    private final ContractPages pages;
    private final ContractFollowUp followUp;
    private final ClauseLibrary library;
    private final ReferenceData referenceData;
    private final ProcurementSettings settings;
    private final dk.jobandel.procurement.ProcurementHome home;
    private final dk.jobandel.procurement.EvidenceLinks evidenceLinks;

    ProcurementController(
            Actors actors,
            Contracts contracts,
            ContractPages pages,
            ContractFollowUp followUp,
            ClauseLibrary library,
            ReferenceData referenceData,
            ProcurementSettings settings,
            dk.jobandel.procurement.ProcurementHome home,
            dk.jobandel.procurement.EvidenceLinks evidenceLinks) {
        this.home = home;
        this.evidenceLinks = evidenceLinks;
        this.actors = actors;
        this.contracts = contracts;
        this.pages = pages;
        this.followUp = followUp;
        this.library = library;
        this.referenceData = referenceData;
        this.settings = settings;
    }

    @GetMapping
    String home(@AuthenticationPrincipal SignedInMember me, Model model) {
        Actor actor = actors.of(me);
        model.addAttribute("actor", actor);
        model.addAttribute("lists", home.of(actor));
        model.addAttribute("referenceData", referenceData);
        return "procurement/home";
    }

    // --- contracts ---

    @GetMapping("/contracts/new")
    String newContract(@AuthenticationPrincipal SignedInMember me, Model model) {
        model.addAttribute("form", new ContractForm());
        return contractFormView(actors.of(me), model);
    }

    @PostMapping("/contracts")
    String create(
            @AuthenticationPrincipal SignedInMember me,
            @Valid @ModelAttribute("form") ContractForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Actor actor = actors.of(me);
        form.checkPeriod(result);
        if (form.getMunicipalityCode() != null
                && referenceData.municipality(form.getMunicipalityCode()).isEmpty()) {
            result.rejectValue("municipalityCode", "registration.municipality.unknown");
        }
        if (!result.hasErrors()) {
            try {
                long id = contracts.create(actor, form.toDetails());
                redirect.addFlashAttribute("flash", "procurement.contract.created");
                return "redirect:/procurement/contracts/" + id;
            } catch (ProcurementRefused refused) {
                reject(result, refused);
            }
        }
        return contractFormView(actor, model);
    }

    private String contractFormView(Actor actor, Model model) {
        model.addAttribute("actor", actor);
        model.addAttribute("services", ServiceKind.values());
        model.addAttribute("referenceData", referenceData);
        model.addAttribute("settings", settings);
        return "procurement/contract-new";
    }

    /**
     * The threshold that applies to the service being chosen on the contract form, for htmx (the form shows the same
     * after each submit without JavaScript). Anything unreadable counts as not given; nothing is stored.
     */
    @GetMapping("/contracts/threshold")
    String threshold(
            @RequestParam(required = false) @org.jspecify.annotations.Nullable String service,
            @RequestParam(required = false) @org.jspecify.annotations.Nullable String estimatedValueDkk,
            @RequestParam(required = false) @org.jspecify.annotations.Nullable String aboveEuThreshold,
            Model model) {
        ServiceKind kind = java.util.Arrays.stream(ServiceKind.values())
                .filter(k -> k.name().equals(service))
                .findFirst()
                .orElse(null);
        Long value = null;
        try {
            value = estimatedValueDkk == null || estimatedValueDkk.isBlank()
                    ? null
                    : Long.valueOf(estimatedValueDkk.strip());
        } catch (NumberFormatException e) {
            value = null;
        }
        model.addAttribute("threshold", kind == null ? null : settings.thresholdFor(kind));
        model.addAttribute("value", value != null && value > 0 ? value : null);
        model.addAttribute(
                "stated",
                "true".equals(aboveEuThreshold)
                        ? Boolean.TRUE
                        : "false".equals(aboveEuThreshold) ? Boolean.FALSE : null);
        return "procurement/_threshold :: applies(threshold=${threshold}, value=${value}, stated=${stated})";
    }

    @GetMapping("/contracts/{id}")
    String contract(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, Model model) {
        return show(actors.of(me), id, model);
    }

    private String show(Actor actor, long id, Model model) {
        ContractPages.Page page = pages.page(actor, id);
        model.addAttribute("actor", actor);
        model.addAttribute("page", page);
        model.addAttribute("referenceData", referenceData);
        model.addAttribute("settings", settings);
        // the library to choose from only for a draft, suggestions only until the award
        var status = page.contract().status();
        if (actor.isStaffOf(page.contract().organisationId()) && status == ContractStatus.DRAFT) {
            model.addAttribute("templates", library.all());
        }
        if (page.visible().access().full() && status != ContractStatus.AWARDED) {
            model.addAttribute("suggestions", pages.suggestions(page));
            model.addAttribute("supplierSuggestions", pages.otherSuppliers(page));
        }
        if (status == ContractStatus.AWARDED
                && page.contract().supplierId() != null
                && actor.isStaffOf(page.contract().supplierId())) {
            model.addAttribute("placements", evidenceLinks.placementsFor(actor, id));
        }
        addIfAbsent(model, "clauseForm", new ClauseForm());
        addIfAbsent(model, "interestForm", new InterestForm());
        var award = new AwardForm();
        award.setVersion(page.contract().version());
        addIfAbsent(model, "awardForm", award);
        addIfAbsent(model, "commitForm", new CommitForm());
        addIfAbsent(model, "reportForm", new ReportForm());
        addIfAbsent(model, "dialogueForm", new DialogueForm());
        return CONTRACT_VIEW;
    }

    private static void addIfAbsent(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }

    @PostMapping("/contracts/{id}/clauses")
    String addClause(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable long id,
            @Valid @ModelAttribute("clauseForm") ClauseForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Actor actor = actors.of(me);
        if (!result.hasErrors()) {
            try {
                contracts.addClause(actor, id, Objects.requireNonNull(form.getTemplateId()), form.getTarget());
                redirect.addFlashAttribute("flash", "procurement.clause.added");
                return "redirect:/procurement/contracts/" + id;
            } catch (ProcurementRefused refused) {
                reject(result, refused);
            }
        }
        return show(actor, id, model);
    }

    @PostMapping("/contracts/{id}/clauses/{clauseId}/remove")
    String removeClause(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable long id,
            @PathVariable long clauseId,
            RedirectAttributes redirect) {
        try {
            contracts.removeClause(actors.of(me), id, clauseId);
            redirect.addFlashAttribute("flash", "procurement.clause.removed");
        } catch (ProcurementRefused refused) {
            redirect.addFlashAttribute("flash", refused.messageKey());
        }
        return "redirect:/procurement/contracts/" + id;
    }

    @PostMapping("/contracts/{id}/publish")
    String publish(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable long id,
            @RequestParam(defaultValue = "-1") long version,
            RedirectAttributes redirect) {
        try {
            contracts.publish(actors.of(me), id, version);
            redirect.addFlashAttribute("flash", "procurement.contract.published");
        } catch (ProcurementRefused refused) {
            redirect.addFlashAttribute("flash", refused.messageKey());
        }
        return "redirect:/procurement/contracts/" + id;
    }

    @PostMapping("/contracts/{id}/interest")
    String interest(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable long id,
            @Valid @ModelAttribute("interestForm") InterestForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Actor actor = actors.of(me);
        if (!result.hasErrors()) {
            try {
                contracts.registerInterest(actor, id, form.getNote());
                redirect.addFlashAttribute("flash", "procurement.interest.registered");
                return "redirect:/procurement/contracts/" + id;
            } catch (ProcurementRefused refused) {
                reject(result, refused);
            }
        }
        return show(actor, id, model);
    }

    @PostMapping("/contracts/{id}/invite")
    String invite(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable long id,
            @RequestParam(defaultValue = "-1") long supplierId,
            RedirectAttributes redirect) {
        try {
            contracts.invite(actors.of(me), id, supplierId);
            redirect.addFlashAttribute("flash", "procurement.interest.invited");
        } catch (ProcurementRefused refused) {
            redirect.addFlashAttribute("flash", refused.messageKey());
        }
        return "redirect:/procurement/contracts/" + id;
    }

    @PostMapping("/contracts/{id}/award")
    String award(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable long id,
            @Valid @ModelAttribute("awardForm") AwardForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Actor actor = actors.of(me);
        if (!result.hasErrors()) {
            try {
                contracts.award(actor, id, Objects.requireNonNull(form.getSupplierId()), form.getVersion());
                redirect.addFlashAttribute("flash", "procurement.contract.awarded");
                return "redirect:/procurement/contracts/" + id;
            } catch (ProcurementRefused refused) {
                reject(result, refused);
            }
        }
        return show(actor, id, model);
    }

    @PostMapping("/contracts/{id}/commitments")
    String commit(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable long id,
            @Valid @ModelAttribute("commitForm") CommitForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Actor actor = actors.of(me);
        if (!result.hasErrors()) {
            try {
                followUp.commit(
                        actor, id, Objects.requireNonNull(form.getClauseId()), Objects.requireNonNull(form.getValue()));
                redirect.addFlashAttribute("flash", "procurement.commitment.saved");
                return "redirect:/procurement/contracts/" + id;
            } catch (ProcurementRefused refused) {
                reject(result, refused);
            }
        }
        return show(actor, id, model);
    }

    @PostMapping("/contracts/{id}/reports")
    String report(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable long id,
            @Valid @ModelAttribute("reportForm") ReportForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Actor actor = actors.of(me);
        if (!result.hasErrors()) {
            try {
                followUp.report(
                        actor,
                        id,
                        Objects.requireNonNull(form.getClauseId()),
                        Objects.requireNonNull(form.getPeriodStart()),
                        Objects.requireNonNull(form.getActual()),
                        form.getEvidence());
                redirect.addFlashAttribute("flash", "procurement.report.saved");
                return "redirect:/procurement/contracts/" + id;
            } catch (ProcurementRefused refused) {
                reject(result, refused);
            }
        }
        return show(actor, id, model);
    }

    @PostMapping("/contracts/{id}/dialogue")
    String dialogue(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable long id,
            @Valid @ModelAttribute("dialogueForm") DialogueForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Actor actor = actors.of(me);
        if (!result.hasErrors()) {
            try {
                followUp.recordDialogue(
                        actor, id, Objects.requireNonNull(form.getHeldOn()), form.getNote(), form.getPenaltyDkk());
                redirect.addFlashAttribute("flash", "procurement.dialogue.saved");
                return "redirect:/procurement/contracts/" + id;
            } catch (ProcurementRefused refused) {
                reject(result, refused);
            }
        }
        return show(actor, id, model);
    }

    static void reject(BindingResult result, ProcurementRefused refused) {
        if (refused.field().isEmpty()) {
            result.reject(refused.messageKey());
        } else {
            result.rejectValue(refused.field(), refused.messageKey());
        }
    }

    private static final java.util.regex.Pattern CONTRACT_PATH =
            java.util.regex.Pattern.compile("/procurement/contracts/\\d+");

    /** Somebody changed the contract since the page was shown: back to it, with a message. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    String conflict(RedirectAttributes redirect, jakarta.servlet.http.HttpServletRequest request) {
        redirect.addFlashAttribute("flash", "procurement.conflict");
        var matcher = CONTRACT_PATH.matcher(request.getRequestURI());
        return "redirect:" + (matcher.find() ? matcher.group() : "/procurement");
    }
}
