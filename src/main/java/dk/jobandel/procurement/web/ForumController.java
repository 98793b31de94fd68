package dk.jobandel.procurement.web;

import dk.jobandel.members.Actor;
import dk.jobandel.members.Actors;
import dk.jobandel.platform.SignedInMember;
import dk.jobandel.procurement.ForumMeetings;
import dk.jobandel.procurement.ProcurementRefused;
import jakarta.validation.Valid;
import java.util.Objects;
import org.springframework.dao.OptimisticLockingFailureException;
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

/** The development forum's meetings, for municipalities and consultants. */
@Controller
@RequestMapping("/procurement/forum")
class ForumController {

    private final Actors actors;
    private final ForumMeetings meetings;

    ForumController(Actors actors, ForumMeetings meetings) {
        this.actors = actors;
        this.meetings = meetings;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInMember me, Model model) {
        model.addAttribute("form", new MeetingForm());
        return listView(actors.of(me), model);
    }

    @PostMapping
    String plan(
            @AuthenticationPrincipal SignedInMember me,
            @Valid @ModelAttribute("form") MeetingForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Actor actor = actors.of(me);
        if (!result.hasErrors()) {
            try {
                long id = meetings.plan(
                        actor, form.getTitle(), Objects.requireNonNull(form.getHeldOn()), form.getAgenda());
                redirect.addFlashAttribute("flash", "procurement.forum.planned");
                return "redirect:/procurement/forum/" + id;
            } catch (ProcurementRefused refused) {
                ProcurementController.reject(result, refused);
                model.addAttribute("problem", refused.messageKey());
            }
        }
        return listView(actor, model);
    }

    private String listView(Actor actor, Model model) {
        model.addAttribute("actor", actor);
        model.addAttribute("meetings", meetings.all(actor));
        return "procurement/forum";
    }

    @GetMapping("/{id}")
    String meeting(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, Model model) {
        return meetingView(actors.of(me), id, model, null);
    }

    private String meetingView(Actor actor, long id, Model model, MinutesForm form) {
        ForumMeetings.Meeting meeting = meetings.meeting(actor, id);
        model.addAttribute("actor", actor);
        model.addAttribute("meeting", meeting);
        if (form == null) {
            form = new MinutesForm();
            form.setVersion(meeting.version());
            form.setMinutes(meeting.minutes());
        }
        model.addAttribute("form", form);
        return "procurement/forum-meeting";
    }

    @PostMapping("/{id}/attend")
    String attend(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, RedirectAttributes redirect) {
        meetings.attend(actors.of(me), id);
        redirect.addFlashAttribute("flash", "procurement.forum.attending");
        return "redirect:/procurement/forum/" + id;
    }

    @PostMapping("/{id}/minutes")
    String minutes(
            @AuthenticationPrincipal SignedInMember me,
            @PathVariable long id,
            @Valid @ModelAttribute("form") MinutesForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Actor actor = actors.of(me);
        if (!result.hasErrors()) {
            try {
                meetings.writeMinutes(actor, id, form.getVersion(), form.getMinutes());
                redirect.addFlashAttribute("flash", "procurement.forum.minutesSaved");
                return "redirect:/procurement/forum/" + id;
            } catch (ProcurementRefused refused) {
                ProcurementController.reject(result, refused);
            } catch (OptimisticLockingFailureException conflict) {
                result.reject("procurement.conflict");
            }
        }
        return meetingView(actor, id, model, form);
    }
}
