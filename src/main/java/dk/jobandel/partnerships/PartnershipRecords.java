package dk.jobandel.partnerships;

import dk.jobandel.audit.AuditTrail;
import dk.jobandel.members.Actor;
import dk.jobandel.members.MemberLookups;
import dk.jobandel.members.OrganisationKind;
import dk.jobandel.partnerships.core.FollowUps;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partnership records: a consultant records the partnership made (from a course or on its own), with follow-up dates
 * every quarter of the first year, and then the figures actually filled at each follow-up. The two parties' staff and
 * consultants see a record. It answers {@link PartnershipImpact} for the impact pages.
 */
@Service
public class PartnershipRecords implements PartnershipImpact {

    public static final String SUBJECT = "PARTNERSHIP";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;
    private final PartnershipReads reads;
    private final ApplicationEventPublisher events;

    private final MemberLookups members;
    private final PartnershipRows rows;

    PartnershipRecords(
            JdbcClient jdbc,
            Clock clock,
            AuditTrail audit,
            PartnershipReads reads,
            ApplicationEventPublisher events,
            MemberLookups members) {
        this.members = members;
        this.rows = new PartnershipRows(jdbc, members);
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.reads = reads;
    }

    public record Partnership(
            long id,
            @Nullable Long courseId,
            long firmId,
            String firmName,
            long sovId,
            String sovName,
            PartnershipModel model,
            short municipalityCode,
            LocalDate start,
            @Nullable LocalDate end,
            int volumeHours,
            int agreedJobs,
            int agreedJobHours,
            Set<TargetGroup> targetGroups,
            List<FollowUp> followUps) {}

    public record FollowUp(
            long id,
            LocalDate dueOn,
            @Nullable LocalDate recordedOn,
            @Nullable Integer filledJobs,
            @Nullable Integer filledHours,
            String note,
            Set<TargetGroup> filledTargetGroups) {

        public FollowUp {
            filledTargetGroups = Set.copyOf(filledTargetGroups);
        }

        public boolean recorded() {
            return recordedOn != null;
        }
    }

    @Transactional
    public long record(Actor actor, NewPartnership p) {
        if (!actor.consultant()) {
            throw new PartnershipNotFound(0);
        }
        if (p.end() != null && p.end().isBefore(p.start())) {
            throw new PartnershipRefused("END_BEFORE_START");
        }
        Map<Long, MemberLookups.OrganisationFacts> organisations = new HashMap<>();
        members.organisationFacts(List.of(p.firmOrganisationId(), p.sovOrganisationId()))
                .forEach(o -> organisations.put(o.id(), o));
        MemberLookups.OrganisationFacts firm = organisations.get(p.firmOrganisationId());
        MemberLookups.OrganisationFacts sov = organisations.get(p.sovOrganisationId());
        if (firm == null || firm.kind() != OrganisationKind.FIRM) {
            throw new PartnershipRefused("NOT_A_FIRM");
        }
        if (sov == null || sov.kind() != OrganisationKind.SOCIAL_ECONOMY_ENTERPRISE) {
            throw new PartnershipRefused("NOT_A_SOV");
        }
        if (!sov.verified()) {
            throw new PartnershipRefused("SOV_NOT_VERIFIED");
        }
        // the need and the course must be the firm's own: an id typed or sent for another firm links nothing
        if (p.needId() != null && !belongsTo("partnership_need", p.needId(), p.firmOrganisationId())) {
            throw new PartnershipRefused("NEED_NOT_THE_FIRMS");
        }
        if (p.courseId() != null && !belongsTo("guidance_course", p.courseId(), p.firmOrganisationId())) {
            throw new PartnershipRefused("COURSE_NOT_THE_FIRMS");
        }
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
                .param("by", actor.accountId())
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
        audit.record(SUBJECT, id, null, "RECORDED", actor.accountId(), null);
        // the SØV's free capacity changed (and the need, if any, closed): every need's best SØVs may change
        events.publishEvent(PartnershipMatchInputChanged.everyNeed());
        return id;
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

    /** The consultant records the figures actually filled at a follow-up. */
    @Transactional
    public void recordFollowUp(
            Actor actor, long partnershipId, long followUpId, int filledJobs, int filledHours, String note) {
        recordFollowUp(actor, partnershipId, followUpId, filledJobs, filledHours, note, Set.of());
    }

    /** Records a follow-up's actual figures, with the target groups of the inclusive jobs actually filled. */
    @Transactional
    public void recordFollowUp(
            Actor actor,
            long partnershipId,
            long followUpId,
            int filledJobs,
            int filledHours,
            String note,
            Set<TargetGroup> filledTargetGroups) {
        if (!actor.consultant()) {
            throw new PartnershipNotFound(partnershipId);
        }
        int updated = jdbc.sql("""
                        update partnership_follow_up set recorded_on = :today, filled_jobs = :jobs, filled_hours = :hours,
                            note = :note, recorded_by = :by
                        where id = :id and partnership_id = :p
                        """)
                .param("today", Date.valueOf(LocalDate.now(clock)))
                .param("jobs", filledJobs)
                .param("hours", filledHours)
                .param("note", note.strip())
                .param("by", actor.accountId())
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
        audit.record(SUBJECT, partnershipId, null, "FOLLOWED_UP", actor.accountId(), null);
    }

    /** The course a follow-up's partnership was recorded in, for consultants; not found unless they belong together. */
    @Transactional(readOnly = true)
    public long courseOfFollowUp(Actor actor, long partnershipId, long followUpId) {
        if (!actor.consultant()) {
            throw new PartnershipNotFound(partnershipId);
        }
        return jdbc.sql("""
                        select p.course_id from partnership p join partnership_follow_up f on f.partnership_id = p.id
                        where p.id = :p and f.id = :f and p.course_id is not null
                        """)
                .param("p", partnershipId)
                .param("f", followUpId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new PartnershipNotFound(followUpId));
    }

    @Transactional
    public Partnership byId(Actor actor, long id) {
        Partnership p = query("where p.id = :id", Map.of("id", id)).stream()
                .findFirst()
                .orElseThrow(() -> new PartnershipNotFound(id));
        if (!(actor.consultant() || actor.isStaffOf(p.firmId()) || actor.isStaffOf(p.sovId()))) {
            throw new PartnershipNotFound(id);
        }
        reads.logRead(actor, p.firmId(), "PARTNERSHIP");
        reads.logRead(actor, p.sovId(), "PARTNERSHIP");
        return p;
    }

    @Transactional(readOnly = true)
    public List<Partnership> forCourse(Actor actor, long courseId) {
        if (!actor.consultant()) {
            throw new PartnershipNotFound(courseId);
        }
        return query("where p.course_id = :id order by p.id", Map.of("id", courseId));
    }

    /** The acting organisation's partnerships, as firm or SØV. */
    @Transactional(readOnly = true)
    public List<Partnership> own(Actor actor) {
        if (actor.organisationId() == null) {
            return List.of();
        }
        return query(
                "where p.firm_organisation_id = :id or p.sov_organisation_id = :id order by p.start_on desc",
                Map.of("id", actor.organisationId()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figures> partnerships(LocalDate from, LocalDate to) {
        return query(
                        "where p.start_on <= :to and (p.end_on is null or p.end_on >= :from) order by p.start_on, p.id",
                        Map.of("from", Date.valueOf(from), "to", Date.valueOf(to)))
                .stream()
                .map(p -> {
                    FollowUp latest = p.followUps().stream()
                            .filter(FollowUp::recorded)
                            .reduce((a, b) -> b)
                            .orElse(null);
                    return new Figures(
                            p.id(),
                            p.firmId(),
                            p.sovId(),
                            p.municipalityCode(),
                            p.model(),
                            p.start(),
                            p.end(),
                            p.agreedJobs(),
                            latest == null || latest.filledJobs() == null ? 0 : latest.filledJobs(),
                            p.agreedJobHours(),
                            latest == null || latest.filledHours() == null ? 0 : latest.filledHours(),
                            p.targetGroups());
                })
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<FollowedUp> followedUp(LocalDate until) {
        return query("""
                        where p.start_on <= :until and exists (select 1 from partnership_follow_up f
                            where f.partnership_id = p.id and f.recorded_on is not null) order by p.id
                        """, Map.of("until", Date.valueOf(until))).stream()
                .map(p -> new FollowedUp(
                        p.id(),
                        p.firmId(),
                        p.firmName(),
                        p.sovId(),
                        p.sovName(),
                        p.municipalityCode(),
                        p.model(),
                        p.start(),
                        p.end(),
                        p.followUps().stream()
                                .filter(f -> f.recordedOn() != null && f.filledJobs() != null)
                                .map(f -> new FollowUpFigures(
                                        f.dueOn(),
                                        f.recordedOn(),
                                        f.filledJobs(),
                                        f.filledHours() == null ? 0 : f.filledHours()))
                                .toList()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Integer> courseRatings(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select rating from guidance_course where rating is not null
                          and closed_at >= :from and closed_at < :to order by closed_at
                        """)
                .param("from", Timestamp.from(from.atStartOfDay(clock.getZone()).toInstant()))
                .param(
                        "to",
                        Timestamp.from(
                                to.plusDays(1).atStartOfDay(clock.getZone()).toInstant()))
                .query(Integer.class)
                .list();
    }

    private List<Partnership> query(String where, Map<String, ?> params) {
        return rows.partnerships(where, params);
    }
}
