package dk.jobandel.partnerships.web;

import dk.jobandel.partnerships.Actor;
import dk.jobandel.partnerships.GuidanceCourses;
import dk.jobandel.partnerships.Introductions;
import dk.jobandel.partnerships.PartnershipChecklists;
import dk.jobandel.partnerships.PartnershipModel;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the consultants' pages show beside SØVs and needs: the intake queue, courses, introductions. */
@Component
class ConsultantPages {

    private final GuidanceCourses courses;
    private final Introductions introductions;

    ConsultantPages(GuidanceCourses courses, Introductions introductions) {
        this.courses = courses;
        this.introductions = introductions;
    }

    void addOverview(Actor actor, Model model) {
        model.addAttribute("intake", courses.intakeQueue(actor));
        model.addAttribute("held", courses.held(actor));
        model.addAttribute("dueSteps", courses.dueSteps(actor));
        model.addAttribute("models", PartnershipModel.values());
        model.addAttribute("checklistKeys", PartnershipChecklists.keys());
        model.addAttribute("firms", courses.firms(actor));
    }

    void addNeed(Actor actor, long needId, Model model) {
        model.addAttribute("introductions", introductions.forNeed(actor, needId));
    }
}
