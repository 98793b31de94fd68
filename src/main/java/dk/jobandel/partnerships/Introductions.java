package dk.jobandel.partnerships;

import dk.jobandel.audit.AuditTrail;
import dk.jobandel.members.Actor;
import dk.jobandel.members.MemberLookups;
import dk.jobandel.partnerships.core.IntroductionAnswers;
import dk.jobandel.partnerships.core.IntroductionAnswers.Answer;
import dk.jobandel.partnerships.core.IntroductionAnswers.Status;
import dk.jobandel.shared.core.Decision;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
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

    private final AuditTrail audit;
    private final PartnershipReads reads;
    private final MemberLookups members;
    private final IntroductionStore store;
    private final IntroductionRows rows;

    Introductions(JdbcClient jdbc, Clock clock, AuditTrail audit, PartnershipReads reads, MemberLookups members) {
        this.members = members;
        this.audit = audit;
        this.reads = reads;
        this.store = new IntroductionStore(jdbc, clock);
        this.rows = new IntroductionRows(jdbc, clock, members);
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
        IntroductionStore.NeedVersion need = store.need(needId).orElseThrow(() -> new PartnershipNotFound(needId));
        if (!need.open()) {
            throw new PartnershipRefused("NEED_CLOSED");
        }
        long profileVersion = store.profileVersion(sovId).orElseThrow(() -> new PartnershipNotFound(sovId));
        boolean verified = members.organisationFacts(List.of(sovId)).stream()
                .findFirst()
                .orElseThrow(() -> new PartnershipNotFound(sovId))
                .verified();
        // as for cooperatives: only an organisation a consultant has verified takes part
        if (!verified) {
            throw new PartnershipRefused("SOV_NOT_VERIFIED");
        }
        if (store.declinedUnchanged(needId, sovId, need.version(), profileVersion)) {
            throw new PartnershipRefused("DECLINED_UNCHANGED");
        }
        long id = store.insert(needId, sovId, actor.accountId(), need.version(), profileVersion, note);
        audit.record(SUBJECT, id, null, Status.PROPOSED.name(), actor.accountId(), note);
        return id;
    }

    /** The firm's or the SØV's answer; refused when it has answered or the introduction is decided. */
    @Transactional
    public Status answer(Actor actor, long id, boolean accept) {
        IntroductionStore.Answers row = store.lockAnswers(id).orElseThrow(() -> new PartnershipNotFound(id));
        boolean asFirm = actor.isStaffOf(row.firm());
        if (!asFirm && !actor.isStaffOf(row.sov())) {
            throw new PartnershipNotFound(id);
        }
        Decision may = IntroductionAnswers.mayAnswer(row.firmAnswer(), row.sovAnswer(), asFirm);
        if (!may.allowed()) {
            throw new PartnershipRefused(may.code());
        }
        Answer answer = accept ? Answer.ACCEPTED : Answer.DECLINED;
        Answer firm = asFirm ? answer : row.firmAnswer();
        Answer sov = asFirm ? row.sovAnswer() : answer;
        Status status = IntroductionAnswers.status(firm, sov);
        store.saveAnswers(id, firm, sov, status);
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
        Introduction intro = rows.introduction(id).orElseThrow(() -> new PartnershipNotFound(id));
        if (!(actor.consultant() || actor.isStaffOf(intro.firmId()) || actor.isStaffOf(intro.sovId()))) {
            throw new PartnershipNotFound(id);
        }
        if (actor.consultant()) {
            reads.logRead(actor, intro.firmId(), "INTRODUCTION");
            reads.logRead(actor, intro.sovId(), "INTRODUCTION");
        }
        return rows.withContacts(intro);
    }

    /** The acting organisation's introductions, as firm or as SØV, newest first. */
    @Transactional(readOnly = true)
    public List<Introduction> own(Actor actor) {
        if (actor.organisationId() == null) {
            return List.of();
        }
        return rows.ofOrganisation(actor.organisationId());
    }

    /** A need's introductions, for consultants. */
    @Transactional(readOnly = true)
    public List<Introduction> forNeed(Actor actor, long needId) {
        if (!actor.consultant()) {
            throw new PartnershipNotFound(needId);
        }
        return rows.ofNeed(needId);
    }
}
