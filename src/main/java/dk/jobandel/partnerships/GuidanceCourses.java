package dk.jobandel.partnerships;

import dk.jobandel.audit.AuditTrail;
import dk.jobandel.members.Actor;
import dk.jobandel.members.MemberLookups;
import dk.jobandel.members.OrganisationKind;
import dk.jobandel.partnerships.core.CourseRules;
import dk.jobandel.shared.core.Decision;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guidance courses (vejledningsforløb): a firm asks for guidance (or a consultant opens a course for a firm), the
 * request waits in the intake queue until a consultant takes it or declines it with a reason, and the course moves
 * through its stages ({@link CourseRules}) to a closing outcome, when the firm is asked for a rating. Meetings are
 * logged with next steps. Every change names the version it was based on (a conditional update) and goes into the
 * audit trail (subject {@code GUIDANCE_COURSE}).
 */
@Service
public class GuidanceCourses {

    public static final String SUBJECT = "GUIDANCE_COURSE";

    private final AuditTrail audit;
    private final PartnershipReads reads;
    private final CourseRows rows;
    private final CourseStore store;

    GuidanceCourses(JdbcClient jdbc, Clock clock, AuditTrail audit, PartnershipReads reads, MemberLookups members) {
        this.audit = audit;
        this.reads = reads;
        this.rows = new CourseRows(jdbc, clock, members);
        this.store = new CourseStore(jdbc, clock);
    }

    public record Course(
            long id,
            CourseKind kind,
            long organisationId,
            String organisationName,
            String requestText,
            LocalDateTime requestedAt,
            CourseStage stage,
            String intakeStatus,
            String intakeReason,
            @Nullable Long consultantId,
            String consultantName,
            @Nullable Outcome outcome,
            String outcomeReason,
            @Nullable Integer rating,
            String feedback,
            boolean partnershipRecorded,
            long version) {

        public CourseRules.Facts facts() {
            return new CourseRules.Facts(kind, stage, "TAKEN".equals(intakeStatus), partnershipRecorded);
        }

        /** The outcomes this course may close with. */
        public List<Outcome> outcomes() {
            return CourseRules.outcomes(kind);
        }

        /** The stages of this course's kind, in order. */
        public List<CourseStage> stages() {
            return CourseRules.stages(kind);
        }

        public Set<CourseStage> nextStages() {
            return CourseRules.nextStages(facts());
        }

        public boolean waiting() {
            return "WAITING".equals(intakeStatus);
        }

        public boolean closed() {
            return stage == CourseStage.CLOSED;
        }

        public boolean awaitsFeedback() {
            return closed() && "TAKEN".equals(intakeStatus) && rating == null;
        }
    }

    /** A request in the intake queue, flagged after five working days. */
    public record Waiting(
            long id,
            CourseKind kind,
            String organisationName,
            String requestText,
            LocalDate requestedOn,
            boolean flagged,
            long organisationId) {}

    public record Meeting(
            long id, LocalDate heldOn, String mode, int minutes, String participants, String notes, List<Step> steps) {}

    public record Step(
            long id,
            long courseId,
            long meetingId,
            String organisationName,
            String description,
            String owner,
            LocalDate dueOn,
            boolean done,
            long organisationId) {

        public boolean overdue(LocalDate today) {
            return !done && dueOn.isBefore(today);
        }
    }

    /** A firm a consultant may open a course for. */
    public record Firm(long id, String name) {}

    /** Every firm, by name, for consultants opening a course. */
    @Transactional(readOnly = true)
    public List<Firm> firms(Actor actor) {
        if (!actor.consultant()) {
            throw new PartnershipNotFound(0);
        }
        return rows.firms();
    }

    /** A firm's staff ask for guidance. */
    @Transactional
    public long request(Actor actor, String text) {
        if (!actor.isFirm()) {
            throw new PartnershipNotFound(0);
        }
        long id = insert(CourseKind.PARTNERSHIP, actor.organisationId(), actor.accountId(), text);
        audit.record(SUBJECT, id, null, "REQUESTED", actor.accountId(), null);
        return id;
    }

    /** A consultant opens a course for a firm and holds it at once. */
    @Transactional
    public long open(Actor actor, long firmId, String text) {
        if (!actor.consultant()) {
            throw new PartnershipNotFound(firmId);
        }
        if (rows.kindOf(firmId).orElseThrow(() -> new PartnershipNotFound(firmId)) != OrganisationKind.FIRM) {
            throw new PartnershipRefused("NOT_A_FIRM");
        }
        long id = insert(CourseKind.PARTNERSHIP, firmId, actor.accountId(), text);
        store.takeOpened(id, actor.accountId());
        audit.record(SUBJECT, id, null, "TAKEN", actor.accountId(), null);
        return id;
    }

    long insert(CourseKind kind, long organisationId, long by, String text) {
        return store.insert(kind, organisationId, by, text);
    }

    /** The intake queue, oldest first, each flagged when it has waited five working days. */
    @Transactional(readOnly = true)
    public List<Waiting> intakeQueue(Actor actor) {
        if (!actor.consultant()) {
            throw new PartnershipNotFound(0);
        }
        return rows.intakeQueue();
    }

    @Transactional
    public void take(Actor actor, long id, long version) {
        requireConsultant(actor, id);
        store.take(id, version, actor.accountId());
        audit.record(SUBJECT, id, "REQUESTED", "TAKEN", actor.accountId(), null);
    }

    @Transactional
    public void decline(Actor actor, long id, long version, String reason) {
        requireConsultant(actor, id);
        check(CourseRules.decline(reason));
        store.decline(id, version, actor.accountId(), reason);
        audit.record(SUBJECT, id, "REQUESTED", "DECLINED", actor.accountId(), reason);
    }

    @Transactional
    public void move(Actor actor, long id, long version, CourseStage to) {
        requireConsultant(actor, id);
        Course course = load(id);
        check(CourseRules.move(course.facts(), to));
        store.setStage(id, version, to, null, "");
        audit.record(SUBJECT, id, course.stage().name(), to.name(), actor.accountId(), null);
    }

    @Transactional
    public void close(Actor actor, long id, long version, Outcome outcome, @Nullable String reason) {
        requireConsultant(actor, id);
        Course course = load(id);
        check(CourseRules.close(course.facts(), outcome, reason));
        store.setStage(id, version, CourseStage.CLOSED, outcome, reason == null ? "" : reason.strip());
        audit.record(SUBJECT, id, course.stage().name(), "CLOSED_" + outcome.name(), actor.accountId(), reason);
    }

    /** The firm rates the closed course 1–5, once. */
    @Transactional
    public void feedback(Actor actor, long id, int rating, String comment) {
        Course course = load(id);
        if (!actor.isStaffOf(course.organisationId())) {
            throw new PartnershipNotFound(id);
        }
        check(CourseRules.feedback(course.facts(), course.rating() != null, rating));
        store.rate(id, rating, comment);
    }

    @Transactional
    public long logMeeting(Actor actor, long id, MeetingDetails meeting) {
        requireConsultant(actor, id);
        Course course = load(id);
        check(CourseRules.logMeeting(course.facts()));
        return store.insertMeeting(id, meeting, actor.accountId());
    }

    @Transactional
    public void completeStep(Actor actor, long courseId, long stepId) {
        requireConsultant(actor, courseId);
        store.completeStep(courseId, stepId);
    }

    @Transactional
    public Course view(Actor actor, long id) {
        Course course = load(id);
        if (!actor.mayRead(course.organisationId())) {
            throw new PartnershipNotFound(id);
        }
        reads.logRead(actor, course.organisationId(), "COURSE");
        return course;
    }

    @Transactional(readOnly = true)
    public List<Meeting> meetings(Actor actor, long id) {
        Course course = load(id);
        if (!actor.mayRead(course.organisationId())) {
            throw new PartnershipNotFound(id);
        }
        return rows.meetings(id);
    }

    /** Open next steps due within a week or overdue, on courses the consultant holds: for the dashboard. */
    @Transactional(readOnly = true)
    public List<Step> dueSteps(Actor actor) {
        if (!actor.consultant()) {
            return List.of();
        }
        return rows.dueSteps(actor.accountId());
    }

    /** The firm's own courses, newest first. */
    @Transactional(readOnly = true)
    public List<Course> own(Actor actor) {
        if (!actor.isFirm()) {
            return List.of();
        }
        return rows.ownPartnershipCourses(actor.organisationId());
    }

    /** Courses a consultant holds that are not closed. */
    @Transactional(readOnly = true)
    public List<Course> held(Actor actor) {
        if (!actor.consultant()) {
            throw new PartnershipNotFound(0);
        }
        return rows.held(actor.accountId());
    }

    List<Course> query(String where, long param) {
        return rows.courses(where, param);
    }

    Course load(long id) {
        return rows.course(id).orElseThrow(() -> new PartnershipNotFound(id));
    }

    private static void check(Decision decision) {
        if (!decision.allowed()) {
            throw new PartnershipRefused(decision.code());
        }
    }

    private void requireConsultant(Actor actor, long id) {
        if (!actor.consultant()) {
            throw new PartnershipNotFound(id);
        }
    }
}
