package dk.jobandel.partnerships.web;

import dk.jobandel.members.Actor;
import dk.jobandel.partnerships.GuidanceCourses;
import dk.jobandel.partnerships.Introductions;
import dk.jobandel.partnerships.PartnershipRecords;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the organisation pages show beside profiles and needs: introductions, guidance courses, partnerships. */
@Component
class PartnershipPages {

    private final Introductions introductions;
    private final GuidanceCourses courses;
    private final PartnershipRecords records;

    PartnershipPages(Introductions introductions, GuidanceCourses courses, PartnershipRecords records) {
        this.introductions = introductions;
        this.courses = courses;
        this.records = records;
    }

    void addHome(Actor actor, Model model) {
        model.addAttribute("introductions", introductions.own(actor));
        model.addAttribute("courses", courses.own(actor));
        model.addAttribute("partnerships", records.own(actor));
    }

    void addNeed(Actor actor, long needId, Model model) {
        model.addAttribute(
                "introductions",
                introductions.own(actor).stream()
                        .filter(i -> i.needId() == needId)
                        .toList());
    }
}
