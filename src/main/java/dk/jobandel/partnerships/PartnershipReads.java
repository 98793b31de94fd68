package dk.jobandel.partnerships;

import dk.jobandel.audit.AuditTrail;
import dk.jobandel.audit.Subject;
import dk.jobandel.members.Actor;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The log of consultants' reads of an organisation's partnership data. A consultant's read of
 * another organisation's data goes into the audit trail as subject {@code PARTNERSHIP_READ} with the organisation's
 * id and what was read (state {@code READ_<WHAT>}).
 */
@Service
public class PartnershipReads {

    /** Subject type of consultants' reads in the audit trail. */
    public static final String READ_SUBJECT = "PARTNERSHIP_READ";

    private final AuditTrail audit;

    PartnershipReads(AuditTrail audit) {
        this.audit = audit;
    }

    /**
     * Logs a consultant's read of a list that shows several organisations' data: one entry per organisation other than
     * the consultant's own, in one statement, in a transaction of its own when the caller has none.
     */
    @Transactional
    public void logReads(Actor actor, Collection<Long> organisationIds, String what) {
        if (!actor.consultant()) {
            return;
        }
        List<Long> others = organisationIds.stream()
                .filter(id -> !actor.isStaffOf(id))
                .distinct()
                .toList();
        audit.recordEach(READ_SUBJECT, others, "READ_" + what, actor.accountId());
    }

    /** Logs a consultant's read of another organisation's data; staff reading their own is not logged. */
    void logRead(Actor actor, long organisationId, String what) {
        if (actor.consultant() && !actor.isStaffOf(organisationId)) {
            audit.record(new Subject(READ_SUBJECT, organisationId), null, "READ_" + what, actor.accountId(), null);
        }
    }
}
