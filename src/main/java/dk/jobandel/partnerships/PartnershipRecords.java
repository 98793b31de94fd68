package dk.jobandel.partnerships;

import dk.jobandel.audit.AuditTrail;
import dk.jobandel.members.Actor;
import dk.jobandel.members.MemberLookups;
import dk.jobandel.partnerships.core.PartnershipRecording;
import dk.jobandel.shared.core.Decision;
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
 * consultants see a record. The impact pages' figures come from {@link PartnershipImpactFigures}.
 */
@Service
public class PartnershipRecords {

    public static final String SUBJECT = "PARTNERSHIP";

    private final AuditTrail audit;
    private final PartnershipReads reads;
    private final ApplicationEventPublisher events;
    private final MemberLookups members;
    private final PartnershipRows rows;
    private final PartnershipStore store;

    PartnershipRecords(
            JdbcClient jdbc,
            Clock clock,
            AuditTrail audit,
            PartnershipReads reads,
            ApplicationEventPublisher events,
            MemberLookups members) {
        this.members = members;
        this.rows = new PartnershipRows(jdbc, members);
        this.store = new PartnershipStore(jdbc, clock);
        this.events = events;
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
        Map<Long, MemberLookups.OrganisationFacts> organisations = new HashMap<>();
        members.organisationFacts(List.of(p.firmOrganisationId(), p.sovOrganisationId()))
                .forEach(o -> organisations.put(o.id(), o));
        MemberLookups.OrganisationFacts firm = organisations.get(p.firmOrganisationId());
        MemberLookups.OrganisationFacts sov = organisations.get(p.sovOrganisationId());
        check(PartnershipRecording.record(new PartnershipRecording.Facts(
                p.start(),
                p.end(),
                firm == null ? null : firm.kind(),
                sov == null ? null : sov.kind(),
                sov != null && sov.verified(),
                p.needId() == null || store.needOf(p.needId(), p.firmOrganisationId()),
                p.courseId() == null || store.courseOf(p.courseId(), p.firmOrganisationId()))));
        long id = store.insert(p, actor.accountId());
        audit.record(SUBJECT, id, null, "RECORDED", actor.accountId(), null);
        // the SØV's free capacity changed (and the need, if any, closed): every need's best SØVs may change
        events.publishEvent(PartnershipMatchInputChanged.everyNeed());
        return id;
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
        store.recordFollowUp(
                partnershipId, followUpId, filledJobs, filledHours, note, filledTargetGroups, actor.accountId());
        audit.record(SUBJECT, partnershipId, null, "FOLLOWED_UP", actor.accountId(), null);
    }

    /** The course a follow-up's partnership was recorded in, for consultants; not found unless they belong together. */
    @Transactional(readOnly = true)
    public long courseOfFollowUp(Actor actor, long partnershipId, long followUpId) {
        if (!actor.consultant()) {
            throw new PartnershipNotFound(partnershipId);
        }
        return store.courseOfFollowUp(partnershipId, followUpId).orElseThrow(() -> new PartnershipNotFound(followUpId));
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

    private List<Partnership> query(String where, Map<String, ?> params) {
        return rows.partnerships(where, params);
    }

    private static void check(Decision decision) {
        if (!decision.allowed()) {
            throw new PartnershipRefused(decision.code());
        }
    }
}
