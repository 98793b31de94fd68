package dk.jobandel.partnerships;

import dk.jobandel.members.MemberLookups;
import dk.jobandel.partnerships.Introductions.Contact;
import dk.jobandel.partnerships.Introductions.Introduction;
import dk.jobandel.partnerships.core.IntroductionAnswers.Answer;
import dk.jobandel.partnerships.core.IntroductionAnswers.Status;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The introductions as {@link Introductions} returns them, named through the members module, and with the two sides'
 * contacts once both have accepted.
 */
final class IntroductionRows {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MemberLookups members;

    IntroductionRows(JdbcClient jdbc, Clock clock, MemberLookups members) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.members = members;
    }

    Optional<Introduction> introduction(long id) {
        return query("where i.id = :id", id).stream().findFirst();
    }

    /** An organisation's introductions, as firm or as SØV, newest first. */
    List<Introduction> ofOrganisation(long organisationId) {
        return query(
                "where n.organisation_id = :id or i.sov_organisation_id = :id order by i.proposed_at desc, i.id desc",
                organisationId);
    }

    /** A need's introductions, newest first. */
    List<Introduction> ofNeed(long needId) {
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
    Introduction withContacts(Introduction intro) {
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
