package dk.jobandel.agreements;

import dk.jobandel.members.MemberLookups;
import dk.jobandel.members.Organisation;
import dk.jobandel.members.Organisations;
import dk.jobandel.notifications.NoticeKind;
import dk.jobandel.notifications.Notifications;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the people of an agreement what happened to it. Runs in the façade's transaction. */
@Component
class AgreementNotices {

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final MemberLookups members;
    private final Notifications notifications;

    AgreementNotices(JdbcClient jdbc, Organisations organisations, MemberLookups members, Notifications notifications) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.members = members;
        this.notifications = notifications;
    }

    /**
     * Every other party (its freelancers and the cooperative's staff, and for a pool agreement the staff of each member
     * with a part) gets a notice and an e-mail.
     */
    void ends(long agreementId, long actorId, LocalDate lastDay) {
        record Facts(String title, long organisationId) {}
        Facts facts = jdbc.sql("select role_title, organisation_id from agreement where id = :id")
                .param("id", agreementId)
                .query((rs, row) -> new Facts(rs.getString(1), rs.getLong(2)))
                .single();
        Organisation employer = organisations.byId(facts.organisationId());
        Set<Long> recipients =
                new TreeSet<>(jdbc.sql("select freelancer_id from agreement_party where agreement_id = :id")
                        .param("id", agreementId)
                        .query(Long.class)
                        .list());
        recipients.addAll(employer.getStaffAccountIds());
        // a pool agreement's members lose the worker's time in their parts too
        jdbc.sql("select distinct organisation_id from agreement_part where agreement_id = :id")
                .param("id", agreementId)
                .query(Long.class)
                .list()
                .forEach(member -> recipients.addAll(members.staffOf(member)));
        recipients.remove(actorId);
        notifications.notify(
                recipients,
                NoticeKind.AGREEMENT_ENDED,
                List.of(facts.title(), employer.getName(), lastDay),
                "/agreements/" + agreementId);
    }
}
