package dk.jobandel.partnerships;

import dk.jobandel.audit.AuditTrail;
import dk.jobandel.members.Actor;
import dk.jobandel.members.MemberLookups;
import dk.jobandel.partnerships.core.IntroductionAnswers;
import dk.jobandel.partnerships.core.IntroductionAnswers.Answer;
import dk.jobandel.partnerships.core.IntroductionAnswers.Status;
import dk.jobandel.shared.core.Decision;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Introductions between a firm's need and a SØV, proposed by a consultant. The firm and the SØV each accept or
 * decline; contacts are shared only when both have accepted, and a decline by either ends it. An introduction that
 * was declined is not proposed again while neither the need nor the SØV's profile has changed since. Answers to one
 * introduction are serialised by locking its row. Every step goes into the audit trail (subject
 * {@code PARTNERSHIP_INTRODUCTION}).
 */
@Service
public class Introductions {

    public static final String SUBJECT = "PARTNERSHIP_INTRODUCTION";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;
    private final PartnershipReads reads;

    private final MemberLookups members;

    Introductions(JdbcClient jdbc, Clock clock, AuditTrail audit, PartnershipReads reads, MemberLookups members) {
        this.members = members;
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.reads = reads;
    }

    /** A contact person of the other side, shown only once both have accepted. */
    public record Contact(String name, String email) {}

    /** An introduction as one party (or a consultant) sees it. */
    public record Introduction(
            long id,
            long needId,
            String needTitle,
            ServiceKind service,
            long firmId,
            String firmName,
            long sovId,
            String sovName,
            String note,
            @Nullable Answer firmAnswer,
            @Nullable Answer sovAnswer,
            Status status,
            LocalDateTime proposedAt,
            List<Contact> firmContacts,
            List<Contact> sovContacts) {

        public boolean contactsShared() {
            return status == Status.ACCEPTED;
        }

        /** Whether this actor may still answer (a party that has not answered, while proposed). */
        public boolean awaits(Actor actor) {
            if (actor.isStaffOf(firmId)) {
                return IntroductionAnswers.mayAnswer(firmAnswer, sovAnswer, true)
                        .allowed();
            }
            if (actor.isStaffOf(sovId)) {
                return IntroductionAnswers.mayAnswer(firmAnswer, sovAnswer, false)
                        .allowed();
            }
            return false;
        }
    }

    @Transactional
    public long propose(Actor actor, long needId, long sovId, String note) {
        if (!actor.consultant()) {
            throw new PartnershipNotFound(needId);
        }
        record Versions(long need, String status) {}
        Versions need = jdbc.sql("select version, status from partnership_need where id = :id")
                .param("id", needId)
                .query((rs, row) -> new Versions(rs.getLong(1), rs.getString(2)))
                .optional()
                .orElseThrow(() -> new PartnershipNotFound(needId));
        if (!"OPEN".equals(need.status())) {
            throw new PartnershipRefused("NEED_CLOSED");
        }
        long profileVersion = jdbc.sql("select version from sov_profile where organisation_id = :id")
                .param("id", sovId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new PartnershipNotFound(sovId));
        boolean verified = members.organisationFacts(List.of(sovId)).stream()
                .findFirst()
                .orElseThrow(() -> new PartnershipNotFound(sovId))
                .verified();
        // as for cooperatives: only an organisation a consultant has verified takes part
        if (!verified) {
            throw new PartnershipRefused("SOV_NOT_VERIFIED");
        }
        boolean declinedUnchanged = jdbc.sql("""
                        select count(*) from partnership_introduction where need_id = :need and sov_organisation_id = :sov
                          and status = 'DECLINED' and need_version = :nv and profile_version = :pv
                        """)
                        .param("need", needId)
                        .param("sov", sovId)
                        .param("nv", need.need())
                        .param("pv", profileVersion)
                        .query(Long.class)
                        .single()
                > 0;
        if (declinedUnchanged) {
            throw new PartnershipRefused("DECLINED_UNCHANGED");
        }
        long id;
        try {
            id = jdbc.sql("""
                            insert into partnership_introduction (need_id, sov_organisation_id, proposed_by, proposed_at,
                                need_version, profile_version, note)
                            values (:need, :sov, :by, :at, :nv, :pv, :note) returning id
                            """)
                    .param("need", needId)
                    .param("sov", sovId)
                    .param("by", actor.accountId())
                    .param("at", Timestamp.from(clock.instant()))
                    .param("nv", need.need())
                    .param("pv", profileVersion)
                    .param("note", note.strip())
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException alreadyThere) {
            throw new PartnershipRefused("ALREADY_PROPOSED");
        }
        audit.record(SUBJECT, id, null, Status.PROPOSED.name(), actor.accountId(), note);
        return id;
    }

    /** The firm's or the SØV's answer; refused when it has answered or the introduction is decided. */
    @Transactional
    public Status answer(Actor actor, long id, boolean accept) {
        record Row(
                long firm,
                long sov,
                @Nullable Answer firm_,
                @Nullable Answer sov_) {}
        Row row = jdbc.sql("""
                        select n.organisation_id, i.sov_organisation_id, i.firm_answer, i.sov_answer
                        from partnership_introduction i join partnership_need n on n.id = i.need_id
                        where i.id = :id for update of i
                        """)
                .param("id", id)
                .query((rs, r) -> new Row(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3) == null ? null : Answer.valueOf(rs.getString(3)),
                        rs.getString(4) == null ? null : Answer.valueOf(rs.getString(4))))
                .optional()
                .orElseThrow(() -> new PartnershipNotFound(id));
        boolean asFirm = actor.isStaffOf(row.firm());
        if (!asFirm && !actor.isStaffOf(row.sov())) {
            throw new PartnershipNotFound(id);
        }
        Decision may = IntroductionAnswers.mayAnswer(row.firm_(), row.sov_(), asFirm);
        if (!may.allowed()) {
            throw new PartnershipRefused(may.code());
        }
        Answer answer = accept ? Answer.ACCEPTED : Answer.DECLINED;
        Answer firm = asFirm ? answer : row.firm_();
        Answer sov = asFirm ? row.sov_() : answer;
        Status status = IntroductionAnswers.status(firm, sov);
        jdbc.sql("""
                        update partnership_introduction set firm_answer = :firm, sov_answer = :sov, status = :status,
                            version = version + 1
                        where id = :id
                        """)
                .param("firm", firm == null ? null : firm.name())
                .param("sov", sov == null ? null : sov.name())
                .param("status", status.name())
                .param("id", id)
                .update();
        audit.record(
                SUBJECT,
                id,
                Status.PROPOSED.name(),
                status == Status.PROPOSED ? (asFirm ? "FIRM_" : "SOV_") + answer.name() : status.name(),
                actor.accountId(),
                null);
        return status;
    }

    @Transactional
    public Introduction byId(Actor actor, long id) {
        Introduction intro =
                query("where i.id = :id", id).stream().findFirst().orElseThrow(() -> new PartnershipNotFound(id));
        if (!(actor.consultant() || actor.isStaffOf(intro.firmId()) || actor.isStaffOf(intro.sovId()))) {
            throw new PartnershipNotFound(id);
        }
        if (actor.consultant()) {
            reads.logRead(actor, intro.firmId(), "INTRODUCTION");
            reads.logRead(actor, intro.sovId(), "INTRODUCTION");
        }
        return withContacts(intro);
    }

    /** The acting organisation's introductions, as firm or as SØV, newest first. */
    @Transactional(readOnly = true)
    public List<Introduction> own(Actor actor) {
        if (actor.organisationId() == null) {
            return List.of();
        }
        return query(
                "where n.organisation_id = :id or i.sov_organisation_id = :id order by i.proposed_at desc, i.id desc",
                actor.organisationId());
    }

    /** A need's introductions, for consultants. */
    @Transactional(readOnly = true)
    public List<Introduction> forNeed(Actor actor, long needId) {
        if (!actor.consultant()) {
            throw new PartnershipNotFound(needId);
        }
        return query("where i.need_id = :id order by i.proposed_at desc, i.id desc", needId);
    }

    /** Two statements: the introductions, and the names of the firms and SØVs. */
    private List<Introduction> query(String where, long param) {
        List<Introduction> rows = jdbc.sql("""
                        select i.id, i.need_id, n.title, n.service, n.organisation_id, i.sov_organisation_id, i.note,
                            i.firm_answer, i.sov_answer, i.status, i.proposed_at
                        from partnership_introduction i
                        join partnership_need n on n.id = i.need_id
                        """ + where)
                .param("id", param)
                .query((rs, row) -> new Introduction(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        ServiceKind.valueOf(rs.getString(4)),
                        rs.getLong(5),
                        "",
                        rs.getLong(6),
                        "",
                        rs.getString(7),
                        rs.getString(8) == null ? null : Answer.valueOf(rs.getString(8)),
                        rs.getString(9) == null ? null : Answer.valueOf(rs.getString(9)),
                        Status.valueOf(rs.getString(10)),
                        LocalDateTime.ofInstant(rs.getTimestamp(11).toInstant(), clock.getZone()),
                        List.of(),
                        List.of()))
                .list();
        if (rows.isEmpty()) {
            return rows;
        }
        Set<Long> ids = new HashSet<>();
        rows.forEach(i -> {
            ids.add(i.firmId());
            ids.add(i.sovId());
        });
        Map<Long, String> names = members.organisationNames(ids);
        return rows.stream()
                .map(i -> new Introduction(
                        i.id(),
                        i.needId(),
                        i.needTitle(),
                        i.service(),
                        i.firmId(),
                        names.getOrDefault(i.firmId(), ""),
                        i.sovId(),
                        names.getOrDefault(i.sovId(), ""),
                        i.note(),
                        i.firmAnswer(),
                        i.sovAnswer(),
                        i.status(),
                        i.proposedAt(),
                        i.firmContacts(),
                        i.sovContacts()))
                .toList();
    }

    /** Contacts only when both have accepted: the staff of each side. */
    private Introduction withContacts(Introduction intro) {
        if (!intro.contactsShared()) {
            return intro;
        }
        Map<Long, List<Contact>> contacts = new HashMap<>();
        members.staffContacts(List.of(intro.firmId(), intro.sovId()))
                .forEach((organisation, staff) -> contacts.put(organisation, contacts(staff)));
        return new Introduction(
                intro.id(),
                intro.needId(),
                intro.needTitle(),
                intro.service(),
                intro.firmId(),
                intro.firmName(),
                intro.sovId(),
                intro.sovName(),
                intro.note(),
                intro.firmAnswer(),
                intro.sovAnswer(),
                intro.status(),
                intro.proposedAt(),
                contacts.getOrDefault(intro.firmId(), List.of()),
                contacts.getOrDefault(intro.sovId(), List.of()));
    }

    private static List<Contact> contacts(List<MemberLookups.Contact> staff) {
        return staff.stream().map(c -> new Contact(c.displayName(), c.email())).toList();
    }
}
