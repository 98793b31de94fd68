package dk.jobandel.partnerships;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The guidance courses' and next steps' rows as {@link GuidanceCourses} returns them: one query each. */
final class CourseRows {

    private final JdbcClient jdbc;
    private final Clock clock;

    CourseRows(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<GuidanceCourses.Course> courses(String where, long param) {
        return jdbc.sql("""
                        select c.id, c.organisation_id, o.name, c.request_text, c.requested_at, c.stage, c.intake_status,
                            c.intake_reason, c.consultant_id, coalesce(a.display_name, ''), c.outcome, c.outcome_reason,
                            c.rating, c.feedback,
                            exists (select 1 from partnership p where p.course_id = c.id), c.version, c.kind
                        from guidance_course c join organisation o on o.id = c.organisation_id
                        left join account a on a.id = c.consultant_id
                        """ + where)
                .param("id", param)
                .query((rs, row) -> new GuidanceCourses.Course(
                        rs.getLong(1),
                        CourseKind.valueOf(rs.getString(17)),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        LocalDateTime.ofInstant(rs.getTimestamp(5).toInstant(), clock.getZone()),
                        CourseStage.valueOf(rs.getString(6)),
                        rs.getString(7),
                        rs.getString(8),
                        (Long) rs.getObject(9),
                        rs.getString(10),
                        rs.getString(11) == null ? null : Outcome.valueOf(rs.getString(11)),
                        rs.getString(12),
                        rs.getObject(13) == null ? null : rs.getInt(13),
                        rs.getString(14),
                        rs.getBoolean(15),
                        rs.getLong(16)))
                .list();
    }

    List<GuidanceCourses.Step> steps(String where, long param) {
        return jdbc.sql("""
                        select s.id, s.course_id, s.meeting_id, o.name, s.description, s.owner, s.due_on, s.done, o.id
                        from course_next_step s join guidance_course c on c.id = s.course_id
                        join organisation o on o.id = c.organisation_id
                        """ + where)
                .param("id", param)
                .param("soon", Date.valueOf(LocalDate.now(clock).plusDays(7)))
                .query((rs, row) -> new GuidanceCourses.Step(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getDate(7).toLocalDate(),
                        rs.getBoolean(8),
                        rs.getLong(9)))
                .list();
    }

    /** A course's meetings, each with the next steps agreed at it. */
    List<GuidanceCourses.Meeting> meetings(long id) {
        List<GuidanceCourses.Step> steps = steps("where s.course_id = :id order by s.due_on, s.id", id);
        return jdbc.sql("""
                        select id, held_on, mode, minutes, participants, notes from course_meeting
                        where course_id = :id order by held_on, id
                        """)
                .param("id", id)
                .query((rs, row) -> new GuidanceCourses.Meeting(
                        rs.getLong(1),
                        rs.getDate(2).toLocalDate(),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getString(5),
                        rs.getString(6),
                        steps.stream().filter(s -> s.meetingId() == id(rs)).toList()))
                .list();
    }

    private static long id(java.sql.ResultSet rs) {
        try {
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
