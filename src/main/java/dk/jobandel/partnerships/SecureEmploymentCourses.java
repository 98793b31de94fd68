package dk.jobandel.partnerships;

import dk.jobandel.audit.AuditTrail;
import dk.jobandel.members.Actor;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guidance courses of the kind "secure shared employment" (sikker delt ansættelse): a cooperative asks for advice on
 * setting up job sharing or employee sharing, from the advisor's secure-terms panel. The course then runs on
 * {@link GuidanceCourses} like any other (intake, consultant, meetings, stages, outcome, rating) with its kind's stages,
 * outcomes and checklist. Only a cooperative's staff ask, and they see only their own organisation's courses.
 */
@Service
public class SecureEmploymentCourses {

    private final GuidanceCourses courses;
    private final PartnershipChecklists checklists;
    private final AuditTrail audit;

    SecureEmploymentCourses(GuidanceCourses courses, PartnershipChecklists checklists, AuditTrail audit) {
        this.courses = courses;
        this.checklists = checklists;
        this.audit = audit;
    }

    /**
     * A cooperative's staff ask for advice. While the cooperative has a course of this kind that is not closed, that
     * course is the answer (asking twice does not queue a second request).
     */
    @Transactional
    public long request(Actor actor, String text) {
        if (!actor.isCooperative()) {
            throw new PartnershipNotFound(0);
        }
        Optional<GuidanceCourses.Course> running =
                own(actor).stream().filter(c -> !c.closed()).findFirst();
        if (running.isPresent()) {
            return running.get().id();
        }
        long id = courses.insert(CourseKind.SECURE_EMPLOYMENT, actor.organisationId(), actor.accountId(), text);
        audit.record(GuidanceCourses.SUBJECT, id, null, "REQUESTED", actor.accountId(), null);
        return id;
    }

    /** The cooperative's own secure-employment courses, newest first; not found for anybody else. */
    @Transactional(readOnly = true)
    public List<GuidanceCourses.Course> own(Actor actor) {
        if (!actor.isCooperative()) {
            throw new PartnershipNotFound(0);
        }
        return courses.query(
                "where c.organisation_id = :id and c.kind = 'SECURE_EMPLOYMENT' order by c.requested_at desc, c.id desc",
                actor.organisationId());
    }

    /** The course's checklist as consultants keep it today. */
    @Transactional(readOnly = true)
    public PartnershipChecklists.Checklist checklist() {
        return checklists.current(CourseKind.SECURE_EMPLOYMENT_CHECKLIST);
    }
}
