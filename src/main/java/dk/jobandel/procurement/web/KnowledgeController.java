package dk.jobandel.procurement.web;

import dk.jobandel.members.Actor;
import dk.jobandel.members.Actors;
import dk.jobandel.partnerships.ServiceKind;
import dk.jobandel.platform.SignedInMember;
import dk.jobandel.procurement.ClauseLibrary;
import dk.jobandel.procurement.KnowledgeBank;
import dk.jobandel.procurement.ProcurementRefused;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The clause library's pages and the development forum's knowledge bank, for every signed-in member. */
@Controller
@RequestMapping("/procurement")
class KnowledgeController {

    private final Actors actors;
    private final ClauseLibrary library;
    private final KnowledgeBank knowledge;

    KnowledgeController(Actors actors, ClauseLibrary library, KnowledgeBank knowledge) {
        this.actors = actors;
        this.library = library;
        this.knowledge = knowledge;
    }

    // --- the clause library ---

    @GetMapping("/clauses")
    String clauses(Model model) {
        model.addAttribute("templates", library.all());
        return "procurement/clauses";
    }

    @GetMapping("/clauses/{id}")
    String clause(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, Model model) {
        model.addAttribute("actor", actors.of(me));
        model.addAttribute("template", library.template(id));
        model.addAttribute("experiences", knowledge.aboutTemplate(id));
        return "procurement/clause";
    }

    // --- the development forum's knowledge bank ---

    @GetMapping("/knowledge")
    String knowledge(
            @AuthenticationPrincipal SignedInMember me,
            @RequestParam(name = "q", defaultValue = "") String words,
            Model model) {
        model.addAttribute("form", new ArticleForm());
        return knowledgeView(actors.of(me), words, model);
    }

    @PostMapping("/knowledge")
    String write(
            @AuthenticationPrincipal SignedInMember me,
            @Valid @ModelAttribute("form") ArticleForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Actor actor = actors.of(me);
        if (!result.hasErrors()) {
            try {
                knowledge.write(actor, form.toArticle());
                redirect.addFlashAttribute("flash", "procurement.knowledge.saved");
                return "redirect:/procurement/knowledge";
            } catch (ProcurementRefused refused) {
                ProcurementController.reject(result, refused);
                model.addAttribute("problem", refused.messageKey());
            }
        }
        return knowledgeView(actor, "", model);
    }

    private String knowledgeView(Actor actor, String words, Model model) {
        model.addAttribute("actor", actor);
        model.addAttribute("q", words.length() > 200 ? words.substring(0, 200) : words);
        model.addAttribute("articles", knowledge.search(words.length() > 200 ? words.substring(0, 200) : words));
        model.addAttribute("templates", library.all());
        model.addAttribute("services", ServiceKind.values());
        model.addAttribute("targetGroups", dk.jobandel.partnerships.TargetGroup.values());
        model.addAttribute("clauseKinds", dk.jobandel.procurement.core.ClauseKind.values());
        model.addAttribute("mayWrite", KnowledgeBank.mayWrite(actor));
        return "procurement/knowledge";
    }
}
