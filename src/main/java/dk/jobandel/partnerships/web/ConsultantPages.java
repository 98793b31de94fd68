package dk.jobandel.partnerships.web;

import dk.jobandel.members.Actor;
import dk.jobandel.partnerships.GuidanceCourses;
import dk.jobandel.partnerships.Introductions;
import dk.jobandel.partnerships.PartnershipChecklists;
import dk.jobandel.partnerships.PartnershipModel;
import dk.jobandel.partnerships.PartnershipReads;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the consultants' pages show beside SØVs and needs: the intake queue, courses, introductions. */
@Component
class ConsultantPages {

    private final GuidanceCourses courses;
    private final Introductions introductions;
    private final PartnershipReads reads;

    ConsultantPages(GuidanceCourses courses, Introductions introductions, PartnershipReads reads) {
        this.courses = courses;
        this.introductions = introductions;
        this.reads = reads;
    }

    void addOverview(Actor actor, Model model) {
        var intake = courses.intakeQueue(actor);
        var held = courses.held(actor);
        var dueSteps = courses.dueSteps(actor);
        model.addAttribute("intake", intake);
        model.addAttribute("held", held);
        model.addAttribute("dueSteps", dueSteps);
        reads.logReads(
                actor,
                intake.stream().map(GuidanceCourses.Waiting::organisationId).toList(),
                "INTAKE");
        reads.logReads(
                actor,
                java.util.stream.Stream.concat(
                                held.stream().map(GuidanceCourses.Course::organisationId),
                                dueSteps.stream().map(GuidanceCourses.Step::organisationId))
                        .toList(),
                "COURSE_LIST");
        model.addAttribute("models", PartnershipModel.values());
        model.addAttribute("checklistKeys", PartnershipChecklists.keys());
        model.addAttribute("firms", courses.firms(actor));
    }

    void addNeed(Actor actor, long needId, Model model) {
        var list = introductions.forNeed(actor, needId);
        model.addAttribute("introductions", list);
        reads.logReads(
                actor, list.stream().map(Introductions.Introduction::sovId).toList(), "INTRODUCTION");
    }
}
