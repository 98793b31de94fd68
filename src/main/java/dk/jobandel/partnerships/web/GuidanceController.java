package dk.jobandel.partnerships.web;

import dk.jobandel.members.Actor;
import dk.jobandel.members.Actors;
import dk.jobandel.partnerships.CourseKind;
import dk.jobandel.partnerships.GuidanceCourses;
import dk.jobandel.partnerships.Introductions;
import dk.jobandel.partnerships.PartnershipChecklists;
import dk.jobandel.partnerships.PartnershipRecords;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** For firms' and SØVs' staff: asking for guidance, a course and its feedback, introductions and partnerships. */
@Controller
@RequestMapping("/partnerships")
class GuidanceController {

    private final Actors actors;
    private final GuidanceCourses courses;
    private final Introductions introductions;
    private final PartnershipRecords records;
    private final ReferenceData referenceData;
    private final PartnershipChecklists checklists;

    GuidanceController(
            Actors actors,
            GuidanceCourses courses,
            Introductions introductions,
            PartnershipRecords records,
            ReferenceData referenceData,
            PartnershipChecklists checklists) {
        this.checklists = checklists;
        this.actors = actors;
        this.courses = courses;
        this.introductions = introductions;
        this.records = records;
        this.referenceData = referenceData;
    }

    @ModelAttribute("referenceData")
    ReferenceData referenceData() {
        return referenceData;
    }

    @PostMapping("/guidance")
    String askForGuidance(
            @AuthenticationPrincipal SignedInMember me,
            @RequestParam(defaultValue = "") String text,
            RedirectAttributes redirect) {
        if (text.length() > 2000) {
            redirect.addFlashAttribute("problem", "partnerships.guidance.tooLong");
            return "redirect:/partnerships";
        }
        long id = courses.request(actors.of(me), text);
        redirect.addFlashAttribute("flash", "partnerships.guidance.requested");
        return "redirect:/partnerships/courses/" + id;
    }

    @GetMapping("/courses/{id}")
    String course(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, Model model) {
        return coursePage(actors.of(me), id, model);
    }

    private String coursePage(Actor actor, long id, Model model) {
        if (!model.containsAttribute("feedbackForm")) {
            model.addAttribute("feedbackForm", new FeedbackForm());
        }
        GuidanceCourses.Course course = courses.view(actor, id);
        model.addAttribute("course", course);
        model.addAttribute("meetings", courses.meetings(actor, id));
        if (course.kind() == CourseKind.SECURE_EMPLOYMENT) {
            model.addAttribute("checklist", checklists.current(CourseKind.SECURE_EMPLOYMENT_CHECKLIST));
        }
        return "partnerships/firm-course";
    }

    @PostMapping("/courses/{id}/feedback")
    String feedback(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable long id,
            @Valid @ModelAttribute("feedbackForm") FeedbackForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Actor actor = actors.of(me);
        Integer rating = form.getRating();
        if (result.hasErrors() || rating == null) {
            return coursePage(actor, id, model);
        }
        courses.feedback(actor, id, rating, form.getComment());
        redirect.addFlashAttribute("flash", "partnerships.feedback.thanks");
        return "redirect:/partnerships/courses/" + id;
    }

    @GetMapping("/introductions/{id}")
    String introduction(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, Model model) {
        Actor actor = actors.of(me);
        model.addAttribute("actor", actor);
        model.addAttribute("introduction", introductions.byId(actor, id));
        return "partnerships/introduction";
    }

    @PostMapping("/introductions/{id}/accept")
    String accept(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, RedirectAttributes redirect) {
        var status = introductions.answer(actors.of(me), id, true);
        redirect.addFlashAttribute(
                "flash",
                status == dk.jobandel.partnerships.core.IntroductionAnswers.Status.ACCEPTED
                        ? "partnerships.introduction.bothAccepted"
                        : "partnerships.introduction.accepted");
        return "redirect:/partnerships/introductions/" + id;
    }

    @PostMapping("/introductions/{id}/decline")
    String decline(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, RedirectAttributes redirect) {
        introductions.answer(actors.of(me), id, false);
        redirect.addFlashAttribute("flash", "partnerships.introduction.declined");
        return "redirect:/partnerships/introductions/" + id;
    }

    @GetMapping("/records/{id}")
    String record(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, Model model) {
        model.addAttribute("partnership", records.byId(actors.of(me), id));
        return "partnerships/record";
    }
}
