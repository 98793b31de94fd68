package dk.jobandel.partnerships;

import dk.jobandel.audit.AuditTrail;
import dk.jobandel.audit.Subject;
import dk.jobandel.members.OrganisationKind;
import dk.jobandel.platform.SignedInMember;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is acting, and the log of consultants' reads of an organisation's partnership data. A consultant's read of
 * another organisation's data goes into the audit trail as subject {@code PARTNERSHIP_READ} with the organisation's
 * id and what was read (state {@code READ_<WHAT>}).
 */
@Service
public class Actors {

    /** Subject type of consultants' reads in the audit trail. */
    public static final String READ_SUBJECT = "PARTNERSHIP_READ";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    Actors(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** One statement: the member's organisation and its kind. */
    @Transactional(readOnly = true)
    public Actor of(SignedInMember member) {
        boolean consultant = member.hasRole("CONSULTANT") || member.hasRole("ADMIN");
        return jdbc.sql("""
                        select o.id, o.kind from organisation_staff s join organisation o on o.id = s.organisation_id
                        where s.account_id = :account
                        """)
                .param("account", member.accountId())
                .query((rs, row) -> new Actor(
                        member.accountId(), consultant, rs.getLong(1), OrganisationKind.valueOf(rs.getString(2))))
                .optional()
                .orElseGet(() -> new Actor(member.accountId(), consultant, null, null));
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
