package dk.jobandel.partnerships.web;

import dk.jobandel.members.Actor;
import dk.jobandel.members.Actors;
import dk.jobandel.partnerships.CourseKind;
import dk.jobandel.partnerships.CourseStage;
import dk.jobandel.partnerships.GuidanceCourses;
import dk.jobandel.partnerships.Introductions;
import dk.jobandel.partnerships.Outcome;
import dk.jobandel.partnerships.PartnershipChecklists;
import dk.jobandel.partnerships.PartnershipModel;
import dk.jobandel.partnerships.PartnershipNeeds;
import dk.jobandel.partnerships.PartnershipReads;
import dk.jobandel.partnerships.PartnershipRecords;
import dk.jobandel.partnerships.PartnershipRefused;
import dk.jobandel.partnerships.SovProfiles;
import dk.jobandel.partnerships.TargetGroup;
import dk.jobandel.partnerships.core.CourseRules;
import dk.jobandel.platform.SignedInMember;
import dk.jobandel.shared.ReferenceData;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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

/**
 * Consultants' guidance courses: the intake decisions, the stages, the meetings log, the partnership record and its
 * follow-ups and introductions for a need ({@link ConsultantChecklistController} has the checklists). Rules are the module's; this maps requests to calls.
 */
@Controller
@RequestMapping("/consultant/partnerships")
class ConsultantCourseController {

    private static final String COURSE_VIEW = "partnerships/course";

    private final Actors actors;
    private final PartnershipReads reads;
    private final GuidanceCourses courses;
    private final PartnershipRecords records;
    private final Introductions introductions;
    private final PartnershipChecklists checklists;
    private final SovProfiles profiles;
    private final PartnershipNeeds needs;
    private final ReferenceData referenceData;
    private final Clock clock;

    ConsultantCourseController(
            Actors actors,
            PartnershipReads reads,
            GuidanceCourses courses,
            PartnershipRecords records,
            Introductions introductions,
            PartnershipChecklists checklists,
            SovProfiles profiles,
            PartnershipNeeds needs,
            ReferenceData referenceData,
            Clock clock) {
        this.actors = actors;
        this.reads = reads;
        this.courses = courses;
        this.records = records;
        this.introductions = introductions;
        this.checklists = checklists;
        this.profiles = profiles;
        this.needs = needs;
        this.referenceData = referenceData;
        this.clock = clock;
    }

    @ModelAttribute("referenceData")
    ReferenceData referenceData() {
        return referenceData;
    }

    // --- the course page ---

    @GetMapping("/courses/{id}")
    String course(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, Model model) {
        return coursePage(actors.of(me), id, model);
    }

    private String coursePage(Actor actor, long id, Model model) {
        GuidanceCourses.Course course = courses.view(actor, id);
        model.addAttribute("course", course);
        model.addAttribute("meetings", courses.meetings(actor, id));
        var partnerships = records.forCourse(actor, id);
        model.addAttribute("partnerships", partnerships);
        reads.logReads(
                actor,
                partnerships.stream().map(PartnershipRecords.Partnership::sovId).toList(),
                "PARTNERSHIP");
        model.addAttribute(
                "firmNeeds",
                needs.open(actor).stream()
                        .filter(n -> n.organisationId() == course.organisationId())
                        .toList());
        model.addAttribute("sovs", profiles.all(actor));
        model.addAttribute("models", PartnershipModel.values());
        model.addAttribute("targetGroups", TargetGroup.values());
        model.addAttribute("outcomes", course.outcomes());
        if (course.kind() == CourseKind.SECURE_EMPLOYMENT) {
            model.addAttribute("checklist", checklists.current(CourseKind.SECURE_EMPLOYMENT_CHECKLIST));
        }
        model.addAttribute("today", LocalDate.now(clock));
        if (!model.containsAttribute("meetingForm")) {
            MeetingForm meeting = new MeetingForm();
            meeting.setHeldOn(LocalDate.now(clock));
            model.addAttribute("meetingForm", meeting);
        }
        if (!model.containsAttribute("recordForm")) {
            model.addAttribute("recordForm", new RecordForm());
        }
        if (!model.containsAttribute("reasonForm")) {
            ReasonForm reason = new ReasonForm();
            reason.setVersion(course.version());
            model.addAttribute("reasonForm", reason);
        }
        return COURSE_VIEW;
    }

    @PostMapping("/courses")
    String open(
            @AuthenticationPrincipal SignedInMember me,
            @RequestParam long firmId,
            @RequestParam(defaultValue = "") String text,
            RedirectAttributes redirect) {
        long id = courses.open(actors.of(me), firmId, text);
        redirect.addFlashAttribute("flash", "partnerships.course.opened");
        return "redirect:/consultant/partnerships/courses/" + id;
    }

    @PostMapping("/courses/{id}/take")
    String take(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable long id,
            @RequestParam long version,
            RedirectAttributes redirect) {
        courses.take(actors.of(me), id, version);
        redirect.addFlashAttribute("flash", "partnerships.course.taken");
        return "redirect:/consultant/partnerships/courses/" + id;
    }

    @PostMapping("/courses/{id}/decline")
    String decline(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable long id,
            @Valid @ModelAttribute("reasonForm") ReasonForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Actor actor = actors.of(me);
        if (form.getReason().isBlank()) {
            result.rejectValue("reason", "partnerships.refused.REASON_REQUIRED");
        }
        if (result.hasErrors()) {
            return coursePage(actor, id, model);
        }
        courses.decline(actor, id, form.getVersion(), form.getReason());
        redirect.addFlashAttribute("flash", "partnerships.course.declined");
        return "redirect:/consultant/partnerships";
    }

    @PostMapping("/courses/{id}/move")
    String move(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable long id,
            @RequestParam CourseStage to,
            @RequestParam long version,
            RedirectAttributes redirect) {
        courses.move(actors.of(me), id, version, to);
        redirect.addFlashAttribute("flash", "partnerships.course.moved");
        return "redirect:/consultant/partnerships/courses/" + id;
    }

    @PostMapping("/courses/{id}/close")
    String close(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable long id,
            @Valid @ModelAttribute("reasonForm") ReasonForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Actor actor = actors.of(me);
        if (form.getOutcome() == null && !result.hasFieldErrors("outcome")) {
            result.rejectValue("outcome", "partnerships.course.outcomeRequired");
        }
        Outcome outcome = form.getOutcome();
        if (outcome != null
                && CourseRules.needsReason(outcome)
                && form.getReason().isBlank()) {
            result.rejectValue("reason", "partnerships.refused.REASON_REQUIRED");
        }
        if (!result.hasErrors()) {
            try {
                courses.close(actor, id, form.getVersion(), form.getOutcome(), form.getReason());
                redirect.addFlashAttribute("flash", "partnerships.course.closed");
                return "redirect:/consultant/partnerships/courses/" + id;
            } catch (PartnershipRefused refused) {
                result.rejectValue("outcome", refused.messageKey());
            }
        }
        return coursePage(actor, id, model);
    }

    @PostMapping("/courses/{id}/meetings")
    String logMeeting(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable long id,
            @Valid @ModelAttribute("meetingForm") MeetingForm form,
            BindingResult result,
            @RequestParam(required = false) String addStep,
            Model model,
            RedirectAttributes redirect) {
        Actor actor = actors.of(me);
        if (addStep != null) {
            // "one more row" without JavaScript: the page comes back with what was typed and a blank row
            if (!form.addRow()) {
                result.rejectValue(
                        "steps", "partnerships.meeting.tooManySteps", new Object[] {MeetingForm.MOST_ROWS}, null);
            }
            model.addAttribute("org.springframework.validation.BindingResult.meetingForm", onlyStepLimit(result));
            return coursePage(actor, id, model);
        }
        form.checkSteps(result);
        if (result.hasErrors()) {
            return coursePage(actor, id, model);
        }
        courses.logMeeting(actor, id, form.toDetails());
        redirect.addFlashAttribute("flash", "partnerships.meeting.logged");
        return "redirect:/consultant/partnerships/courses/" + id;
    }

    /** Adding a row is not saving: only the row limit is shown, not the errors of fields still being written. */
    private static BindingResult onlyStepLimit(BindingResult result) {
        var clean = new org.springframework.validation.BeanPropertyBindingResult(result.getTarget(), "meetingForm");
        for (var error : result.getFieldErrors()) {
            if (error.isBindingFailure()) {
                clean.addError(error);
            }
        }
        for (var error : result.getFieldErrors("steps")) {
            clean.addError(error);
        }
        return clean;
    }

    @PostMapping("/courses/{id}/steps/{stepId}/done")
    String stepDone(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable long id,
            @PathVariable long stepId,
            RedirectAttributes redirect) {
        courses.completeStep(actors.of(me), id, stepId);
        redirect.addFlashAttribute("flash", "partnerships.meeting.stepDone");
        return "redirect:/consultant/partnerships/courses/" + id;
    }

    @PostMapping("/courses/{id}/partnerships")
    String recordPartnership(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable long id,
            @Valid @ModelAttribute("recordForm") RecordForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Actor actor = actors.of(me);
        GuidanceCourses.Course course = courses.view(actor, id);
        form.checkDates(result);
        if (form.getMunicipalityCode() != null
                && referenceData.municipality(form.getMunicipalityCode()).isEmpty()) {
            result.rejectValue("municipalityCode", "partnerships.municipality.unknown");
        }
        if (!result.hasErrors()) {
            try {
                records.record(actor, form.toNew(id, course.organisationId()));
                redirect.addFlashAttribute("flash", "partnerships.record.saved");
                return "redirect:/consultant/partnerships/courses/" + id;
            } catch (PartnershipRefused refused) {
                result.rejectValue("sovId", refused.messageKey());
            }
        }
        return coursePage(actor, id, model);
    }

    @PostMapping("/records/{id}/follow-ups/{followUpId}")
    String followUp(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable long id,
            @PathVariable long followUpId,
            @Valid @ModelAttribute("followUpForm") FollowUpForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Actor actor = actors.of(me);
        long courseId = records.courseOfFollowUp(actor, id, followUpId);
        if (result.hasErrors()) {
            model.addAttribute("followUpId", followUpId);
            return coursePage(actor, courseId, model);
        }
        Integer jobs = form.getFilledJobs();
        Integer hours = form.getFilledHours();
        if (jobs == null || hours == null) {
            throw new IllegalStateException("Validate the form before using it");
        }
        records.recordFollowUp(actor, id, followUpId, jobs, hours, form.getNote(), form.getTargetGroups());
        redirect.addFlashAttribute("flash", "partnerships.followUp.saved");
        return "redirect:/consultant/partnerships/courses/" + courseId;
    }

    // --- introductions ---

    @PostMapping("/needs/{needId}/introductions")
    String propose(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable long needId,
            @RequestParam long sovId,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        try {
            introductions.propose(actors.of(me), needId, sovId, note);
            redirect.addFlashAttribute("flash", "partnerships.introduction.proposed");
        } catch (PartnershipRefused refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/consultant/partnerships/needs/" + needId;
    }
}
