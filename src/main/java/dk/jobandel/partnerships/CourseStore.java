package dk.jobandel.partnerships;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The guidance courses' writes that {@link GuidanceCourses} decides on: a stage change and a logged meeting. */
final class CourseStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    CourseStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
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
