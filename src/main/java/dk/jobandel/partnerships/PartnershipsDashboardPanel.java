package dk.jobandel.partnerships;

import dk.jobandel.members.Actor;
import dk.jobandel.members.Actors;
import dk.jobandel.platform.DashboardPanel;
import dk.jobandel.platform.SignedInMember;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * On consultants' dashboards: guidance requests waiting (and how many are flagged), next steps due or overdue on
 * their courses, and SØVs whose RSV status should be checked. On a firm's: the way to ask for guidance, and courses that wait for its rating.
 */
@Component
class PartnershipsDashboardPanel implements DashboardPanel {

    private final Actors actors;
    private final PartnershipReads reads;
    private final GuidanceCourses courses;
    private final SovProfiles profiles;
    private final Clock clock;

    PartnershipsDashboardPanel(
            Actors actors, PartnershipReads reads, GuidanceCourses courses, SovProfiles profiles, Clock clock) {
        this.actors = actors;
        this.reads = reads;
        this.courses = courses;
        this.profiles = profiles;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String template() {
        return "partnerships/_dashboard";
    }

    @Override
    public Optional<Map<String, Object>> modelFor(SignedInMember member) {
        Actor actor = actors.of(member);
        if (actor.consultant()) {
            var waiting = courses.intakeQueue(actor);
            var steps = courses.dueSteps(actor);
            reads.logReads(
                    actor,
                    steps.stream().map(GuidanceCourses.Step::organisationId).toList(),
                    "COURSE_LIST");
            return Optional.of(Map.of(
                    "consultant", true,
                    "waiting", waiting.size(),
                    "flagged",
                            waiting.stream()
                                    .filter(GuidanceCourses.Waiting::flagged)
                                    .count(),
                    "steps", steps,
                    "rsvDue", profiles.rsvChecksDue(actor).size(),
                    "today", LocalDate.now(clock)));
        }
        if (actor.isFirm()) {
            var awaiting = courses.own(actor).stream()
                    .filter(GuidanceCourses.Course::awaitsFeedback)
                    .toList();
            return awaiting.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Map.of("consultant", false, "feedback", awaiting));
        }
        return Optional.empty();
    }
}
