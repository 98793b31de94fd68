package dk.jobandel.partnerships.web;

import dk.jobandel.members.Actor;
import dk.jobandel.members.Actors;
import dk.jobandel.partnerships.SecureEmploymentCourses;
import dk.jobandel.platform.SignedInMember;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * For cooperatives' staff: asking for advice on secure shared employment (the advisor's panel links here) and the
 * list of their own such courses. The course page itself is {@code /partnerships/courses/{id}}, as for firms.
 */
@Controller
@RequestMapping("/partnerships/secure-employment")
class SecureEmploymentController {

    static final int MAX_TEXT = 2000;

    private final Actors actors;
    private final SecureEmploymentCourses courses;

    SecureEmploymentController(Actors actors, SecureEmploymentCourses courses) {
        this.actors = actors;
        this.courses = courses;
    }

    @GetMapping
    String page(@AuthenticationPrincipal SignedInMember me, Model model) {
        return page(actors.of(me), "", null, model);
    }

    @PostMapping
    String ask(
            @AuthenticationPrincipal SignedInMember me,
            @RequestParam(defaultValue = "") String text,
            Model model,
            RedirectAttributes redirect) {
        Actor actor = actors.of(me);
        if (text.length() > MAX_TEXT) {
            return page(actor, text, "partnerships.guidance.tooLong", model);
        }
        long id = courses.request(actor, text);
        redirect.addFlashAttribute("flash", "secureEmployment.requested");
        return "redirect:/partnerships/courses/" + id;
    }

    private String page(Actor actor, String text, String problem, Model model) {
        var own = courses.own(actor);
        model.addAttribute("courses", own);
        model.addAttribute(
                "running", own.stream().filter(c -> !c.closed()).findFirst().orElse(null));
        model.addAttribute("checklist", courses.checklist());
        model.addAttribute("text", text);
        model.addAttribute("textProblem", problem);
        return "partnerships/secure-employment";
    }
}
