package dk.jobandel.partnerships;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The guidance courses' writes that {@link GuidanceCourses} decides on: a request, the intake's take and decline, a
 * stage change, a logged meeting with its next steps, and the firm's rating. A change of a course the page read names
 * its version, and a changed course is refused ({@link PartnershipChanged}).
 */
final class CourseStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    CourseStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new request in the intake queue; returns its id. */
    long insert(CourseKind kind, long organisationId, long by, String text) {
        return jdbc.sql("""
                        insert into guidance_course (kind, organisation_id, requested_by, requested_at, request_text)
                        values (:kind, :org, :by, :at, :text) returning id
                        """)
                .param("kind", kind.name())
                .param("org", organisationId)
                .param("by", by)
                .param("at", Timestamp.from(clock.instant()))
                .param("text", text.strip())
                .query(Long.class)
                .single();
    }

    /** A course a consultant has just opened is theirs at once. */
    void takeOpened(long id, long consultantId) {
        jdbc.sql("""
                        update guidance_course set intake_status = 'TAKEN', consultant_id = :c, taken_at = :now
                        where id = :id
                        """)
                .param("c", consultantId)
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .update();
    }

    /** A consultant takes a waiting request, on the version read. */
    void take(long id, long version, long consultantId) {
        int updated = jdbc.sql("""
                        update guidance_course set intake_status = 'TAKEN', consultant_id = :c, taken_at = :now,
                            version = version + 1
                        where id = :id and version = :v and intake_status = 'WAITING'
                        """)
                .param("c", consultantId)
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .param("v", version)
                .update();
        if (updated == 0) {
            throw new PartnershipChanged(id);
        }
    }

    /** A consultant declines a waiting request with a reason, on the version read; the course is closed. */
    void decline(long id, long version, long consultantId, String reason) {
        int updated = jdbc.sql("""
                        update guidance_course set intake_status = 'DECLINED', intake_reason = :reason, stage = 'CLOSED',
                            consultant_id = :c, closed_at = :now, version = version + 1
                        where id = :id and version = :v and intake_status = 'WAITING'
                        """)
                .param("reason", reason.strip())
                .param("c", consultantId)
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .param("v", version)
                .update();
        if (updated == 0) {
            throw new PartnershipChanged(id);
        }
    }

    /** The firm's rating, kept only if none was given before. */
    void rate(long id, int rating, String comment) {
        jdbc.sql("update guidance_course set rating = :r, feedback = :f where id = :id and rating is null")
                .param("r", rating)
                .param("f", comment.strip())
                .param("id", id)
                .update();
    }

    /** Marks a next step of the course done; not found when the step is not the course's. */
    void completeStep(long courseId, long stepId) {
        int updated = jdbc.sql("update course_next_step set done = true where id = :s and course_id = :c")
                .param("s", stepId)
                .param("c", courseId)
                .update();
        if (updated == 0) {
            throw new PartnershipNotFound(stepId);
        }
    }

    /** Sets the stage (and the outcome, when closing) on the version read; a changed course is refused. */
    void setStage(long id, long version, CourseStage to, @Nullable Outcome outcome, String reason) {
        int updated = jdbc.sql("""
                        update guidance_course set stage = :stage, outcome = :outcome, outcome_reason = :reason,
                            closed_at = cast(:closedAt as timestamptz), version = version + 1
                        where id = :id and version = :v
                        """)
                .param("stage", to.name())
                .param("outcome", outcome == null ? null : outcome.name())
                .param("reason", reason)
                .param("closedAt", to == CourseStage.CLOSED ? Timestamp.from(clock.instant()) : null)
                .param("id", id)
                .param("v", version)
                .update();
        if (updated == 0) {
            throw new PartnershipChanged(id);
        }
    }

    /** Stores a meeting with its next steps; returns the meeting's id. */
    long insertMeeting(long id, MeetingDetails meeting, long by) {
        long meetingId = jdbc.sql("""
                        insert into course_meeting (course_id, held_on, mode, minutes, participants, notes, recorded_by,
                            recorded_at)
                        values (:c, :on, :mode, :min, :who, :notes, :by, :at) returning id
                        """)
                .param("c", id)
                .param("on", Date.valueOf(meeting.heldOn()))
                .param("mode", meeting.mode())
                .param("min", meeting.minutes())
                .param("who", meeting.participants().strip())
                .param("notes", meeting.notes().strip())
                .param("by", by)
                .param("at", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        for (MeetingDetails.NextStep step : meeting.nextSteps()) {
            jdbc.sql("""
                            insert into course_next_step (course_id, meeting_id, description, owner, due_on)
                            values (:c, :m, :d, :o, :due)
                            """)
                    .param("c", id)
                    .param("m", meetingId)
                    .param("d", step.description().strip())
                    .param("o", step.owner().strip())
                    .param("due", Date.valueOf(step.dueOn()))
                    .update();
        }
        return meetingId;
    }
}
