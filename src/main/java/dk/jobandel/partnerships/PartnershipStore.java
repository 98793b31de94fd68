package dk.jobandel.partnerships;

import dk.jobandel.partnerships.core.FollowUps;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The partnership records' writes that {@link PartnershipRecords} decides on (a new partnership with its target
 * groups and quarterly follow-ups, a follow-up's figures) and the facts its rules ask.
 */
final class PartnershipStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    PartnershipStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether the need is the firm's own. */
    boolean needOf(long needId, long organisationId) {
        return belongsTo("partnership_need", needId, organisationId);
    }

    /** Whether the guidance course is the firm's own. */
    boolean courseOf(long courseId, long organisationId) {
        return belongsTo("guidance_course", courseId, organisationId);
    }

    private boolean belongsTo(String table, long id, long organisationId) {
        // the table is one of two constants above, never input
        return jdbc.sql("select count(*) from " + table + " where id = :id and organisation_id = :org")
                        .param("id", id)
                        .param("org", organisationId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * Stores the partnership with its target groups and a follow-up due every quarter of its first year, and closes
     * the need it answers, if any; returns its id.
     */
    long insert(NewPartnership p, long by) {
        long id = jdbc.sql("""
                        insert into partnership (course_id, need_id, firm_organisation_id, sov_organisation_id, model,
                            municipality_code, start_on, end_on, volume_hours, agreed_jobs, agreed_job_hours,
                            recorded_by, recorded_at)
                        values (:course, :need, :firm, :sov, :model, :municipality, :start, :end, :volume, :jobs,
                            :jobHours, :by, :at)
                        returning id
                        """)
                .param("course", p.courseId())
                .param("need", p.needId())
                .param("firm", p.firmOrganisationId())
                .param("sov", p.sovOrganisationId())
                .param("model", p.model().name())
                .param("municipality", p.municipalityCode())
                .param("start", Date.valueOf(p.start()))
                .param("end", p.end() == null ? null : Date.valueOf(p.end()))
                .param("volume", p.volumeHours())
                .param("jobs", p.agreedJobs())
                .param("jobHours", p.agreedJobHours())
                .param("by", by)
                .param("at", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        for (TargetGroup g : p.targetGroups()) {
            jdbc.sql("insert into partnership_target_group (partnership_id, target_group) values (:id, :g)")
                    .param("id", id)
                    .param("g", g.name())
                    .update();
        }
        for (LocalDate due : FollowUps.dueDates(p.start(), p.end())) {
            jdbc.sql("insert into partnership_follow_up (partnership_id, due_on) values (:id, :due)")
                    .param("id", id)
                    .param("due", Date.valueOf(due))
                    .update();
        }
        if (p.needId() != null) {
            jdbc.sql("update partnership_need set status = 'CLOSED', version = version + 1 where id = :id")
                    .param("id", p.needId())
                    .update();
        }
        return id;
    }

    /** A follow-up's actual figures as of today, replacing its filled target groups; not found when not the partnership's. */
    void recordFollowUp(
            long partnershipId,
            long followUpId,
            int filledJobs,
            int filledHours,
            String note,
            Set<TargetGroup> filledTargetGroups,
            long by) {
        int updated = jdbc.sql("""
                        update partnership_follow_up set recorded_on = :today, filled_jobs = :jobs, filled_hours = :hours,
                            note = :note, recorded_by = :by
                        where id = :id and partnership_id = :p
                        """)
                .param("today", Date.valueOf(LocalDate.now(clock)))
                .param("jobs", filledJobs)
                .param("hours", filledHours)
                .param("note", note.strip())
                .param("by", by)
                .param("id", followUpId)
                .param("p", partnershipId)
                .update();
        if (updated == 0) {
            throw new PartnershipNotFound(followUpId);
        }
        jdbc.sql("delete from partnership_follow_up_target_group where follow_up_id = :id")
                .param("id", followUpId)
                .update();
        for (TargetGroup group : filledTargetGroups) {
            jdbc.sql("insert into partnership_follow_up_target_group (follow_up_id, target_group) values (:id, :g)")
                    .param("id", followUpId)
                    .param("g", group.name())
                    .update();
        }
    }

    /** The course a follow-up's partnership was recorded in, when the two belong together and there is one. */
    Optional<Long> courseOfFollowUp(long partnershipId, long followUpId) {
        return jdbc.sql("""
                        select p.course_id from partnership p join partnership_follow_up f on f.partnership_id = p.id
                        where p.id = :p and f.id = :f and p.course_id is not null
                        """)
                .param("p", partnershipId)
                .param("f", followUpId)
                .query(Long.class)
                .optional();
    }
}
