package dk.jobandel.partnerships;

import dk.jobandel.members.MemberLookups;
import dk.jobandel.members.OrganisationKind;
import dk.jobandel.partnerships.core.DanishHolidays;
import dk.jobandel.partnerships.core.Intake;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The guidance courses' and next steps' rows as {@link GuidanceCourses} returns them: one query each, and one for the names the members module keeps. */
final class CourseRows {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MemberLookups members;

    CourseRows(JdbcClient jdbc, Clock clock, MemberLookups members) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.members = members;
    }

    /** One course, if it exists. */
    Optional<GuidanceCourses.Course> course(long id) {
        return courses("where c.id = :id", id).stream().findFirst();
    }

    /** The firm's own partnership courses, newest first. */
    List<GuidanceCourses.Course> ownPartnershipCourses(long organisationId) {
        return courses(
                "where c.organisation_id = :id and c.kind = 'PARTNERSHIP' order by c.requested_at desc, c.id desc",
                organisationId);
    }

    /** The courses a consultant holds that are not closed, oldest request first. */
    List<GuidanceCourses.Course> held(long consultantId) {
        return courses(
                "where c.consultant_id = :id and c.stage <> 'CLOSED' order by c.requested_at, c.id", consultantId);
    }

    /** Open next steps due within a week or overdue, on the courses a consultant holds. */
    List<GuidanceCourses.Step> dueSteps(long consultantId) {
        return steps(
                "where not s.done and c.consultant_id = :id and s.due_on <= :soon and c.stage <> 'CLOSED'"
                        + " order by s.due_on, s.id",
                consultantId);
    }

    List<GuidanceCourses.Course> courses(String where, long param) {
        List<GuidanceCourses.Course> rows = jdbc.sql("""
                        select c.id, c.organisation_id, c.request_text, c.requested_at, c.stage, c.intake_status,
                            c.intake_reason, c.consultant_id, c.outcome, c.outcome_reason, c.rating, c.feedback,
                            exists (select 1 from partnership p where p.course_id = c.id), c.version, c.kind
                        from guidance_course c
                        """ + where)
                .param("id", param)
                .query((rs, row) -> new GuidanceCourses.Course(
                        rs.getLong(1),
                        CourseKind.valueOf(rs.getString(15)),
                        rs.getLong(2),
                        "",
                        rs.getString(3),
                        LocalDateTime.ofInstant(rs.getTimestamp(4).toInstant(), clock.getZone()),
                        CourseStage.valueOf(rs.getString(5)),
                        rs.getString(6),
                        rs.getString(7),
                        (Long) rs.getObject(8),
                        "",
                        rs.getString(9) == null ? null : Outcome.valueOf(rs.getString(9)),
                        rs.getString(10),
                        rs.getObject(11) == null ? null : rs.getInt(11),
                        rs.getString(12),
                        rs.getBoolean(13),
                        rs.getLong(14)))
                .list();
        if (rows.isEmpty()) {
            return rows;
        }
        MemberLookups.Names names = members.names(
                rows.stream().map(GuidanceCourses.Course::organisationId).collect(Collectors.toSet()),
                rows.stream()
                        .map(GuidanceCourses.Course::consultantId)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet()));
        return rows.stream()
                .map(c -> new GuidanceCourses.Course(
                        c.id(),
                        c.kind(),
                        c.organisationId(),
                        names.organisation(c.organisationId()),
                        c.requestText(),
                        c.requestedAt(),
                        c.stage(),
                        c.intakeStatus(),
                        c.intakeReason(),
                        c.consultantId(),
                        names.account(c.consultantId()),
                        c.outcome(),
                        c.outcomeReason(),
                        c.rating(),
                        c.feedback(),
                        c.partnershipRecorded(),
                        c.version()))
                .toList();
    }

    List<GuidanceCourses.Step> steps(String where, long param) {
        List<GuidanceCourses.Step> rows = jdbc.sql("""
                        select s.id, s.course_id, s.meeting_id, s.description, s.owner, s.due_on, s.done,
                            c.organisation_id
                        from course_next_step s join guidance_course c on c.id = s.course_id
                        """ + where)
                .param("id", param)
                .param("soon", Date.valueOf(LocalDate.now(clock).plusDays(7)))
                .query((rs, row) -> new GuidanceCourses.Step(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        "",
                        rs.getString(4),
                        rs.getString(5),
                        rs.getDate(6).toLocalDate(),
                        rs.getBoolean(7),
                        rs.getLong(8)))
                .list();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, String> names = members.organisationNames(
                rows.stream().map(GuidanceCourses.Step::organisationId).collect(Collectors.toSet()));
        return rows.stream()
                .map(s -> new GuidanceCourses.Step(
                        s.id(),
                        s.courseId(),
                        s.meetingId(),
                        names.getOrDefault(s.organisationId(), ""),
                        s.description(),
                        s.owner(),
                        s.dueOn(),
                        s.done(),
                        s.organisationId()))
                .toList();
    }

    /** Every firm, by name. */
    List<GuidanceCourses.Firm> firms() {
        return members.organisationsOfKind(OrganisationKind.FIRM).stream()
                .map(o -> new GuidanceCourses.Firm(o.id(), o.name()))
                .toList();
    }

    Optional<OrganisationKind> kindOf(long organisationId) {
        return members.organisationFacts(List.of(organisationId)).stream()
                .map(MemberLookups.OrganisationFacts::kind)
                .findFirst();
    }

    /** The intake queue, oldest first, each flagged when it has waited five working days: two statements. */
    List<GuidanceCourses.Waiting> intakeQueue() {
        LocalDate today = LocalDate.now(clock);
        Set<LocalDate> holidays = DanishHolidays.between(today.minusYears(1), today);
        List<GuidanceCourses.Waiting> rows = jdbc.sql("""
                        select c.id, c.request_text, c.requested_at, c.kind, c.organisation_id from guidance_course c
                        where c.intake_status = 'WAITING' order by c.requested_at, c.id
                        """)
                .query((rs, row) -> {
                    LocalDate on = rs.getTimestamp(3)
                            .toInstant()
                            .atZone(clock.getZone())
                            .toLocalDate();
                    return new GuidanceCourses.Waiting(
                            rs.getLong(1),
                            CourseKind.valueOf(rs.getString(4)),
                            "",
                            rs.getString(2),
                            on,
                            Intake.flagged(on, today, holidays),
                            rs.getLong(5));
                })
                .list();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, String> names = members.organisationNames(
                rows.stream().map(GuidanceCourses.Waiting::organisationId).collect(Collectors.toSet()));
        return rows.stream()
                .map(w -> new GuidanceCourses.Waiting(
                        w.id(),
                        w.kind(),
                        names.getOrDefault(w.organisationId(), ""),
                        w.requestText(),
                        w.requestedOn(),
                        w.flagged(),
                        w.organisationId()))
                .toList();
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
