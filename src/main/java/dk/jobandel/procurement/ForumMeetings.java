package dk.jobandel.procurement;

import dk.jobandel.members.Actor;
import dk.jobandel.members.MemberLookups;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The development forum's meetings: consultants set a date and an agenda and write the minutes afterwards; members
 * (consultants and municipalities' staff) say they attend. Suppliers are not members: for them a meeting is not found.
 */
@Service
public class ForumMeetings {

    private final JdbcClient jdbc;
    private final Clock clock;

    private final MemberLookups members;

    ForumMeetings(JdbcClient jdbc, Clock clock, MemberLookups members) {
        this.members = members;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Meeting(
            long id,
            String title,
            LocalDate heldOn,
            String agenda,
            String minutes,
            long version,
            List<String> attendees) {}

    public record Listed(long id, String title, LocalDate heldOn, int attendees) {}

    private static void member(Actor actor) {
        if (!actor.consultant() && !actor.isMunicipality()) {
            throw new ProcurementNotFound(0);
        }
    }

    @Transactional(readOnly = true)
    public List<Listed> all(Actor actor) {
        member(actor);
        return jdbc.sql("""
                        select m.id, m.title, m.held_on, (select count(*) from forum_attendance a where a.meeting_id = m.id)
                        from forum_meeting m order by m.held_on desc, m.id desc
                        """)
                .query((rs, row) ->
                        new Listed(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getInt(4)))
                .list();
    }

    /** A meeting with its attendees ("name, organisation"), in three statements (one asks the members module). */
    @Transactional(readOnly = true)
    public Meeting meeting(Actor actor, long id) {
        member(actor);
        List<Long> accounts = jdbc.sql("select account_id from forum_attendance where meeting_id = :id")
                .param("id", id)
                .query(Long.class)
                .list();
        // "name, organisation", in the order the members module gives (by name)
        List<String> attendees = members.people(accounts).stream()
                .map(p ->
                        p.organisationName() == null ? p.displayName() : p.displayName() + ", " + p.organisationName())
                .toList();
        return jdbc.sql("select id, title, held_on, agenda, minutes, version from forum_meeting where id = :id")
                .param("id", id)
                .query((rs, row) -> new Meeting(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getDate(3).toLocalDate(),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getLong(6),
                        attendees))
                .optional()
                .orElseThrow(() -> new ProcurementNotFound(id));
    }

    @Transactional
    public long plan(Actor actor, String title, LocalDate heldOn, String agenda) {
        if (!actor.consultant()) {
            throw new ProcurementRefused("consultantsOnly");
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into forum_meeting (title, held_on, agenda, created_by, created_at)
                        values (:title, :held, :agenda, :by, :at)
                        """)
                .param("title", title.strip())
                .param("held", Date.valueOf(heldOn))
                .param("agenda", agenda.strip())
                .param("by", actor.accountId())
                .param("at", Timestamp.from(clock.instant()))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** The minutes, written by a consultant on the version read. */
    @Transactional
    public void writeMinutes(Actor actor, long id, long basedOnVersion, String minutes) {
        meeting(actor, id);
        if (!actor.consultant()) {
            throw new ProcurementRefused("consultantsOnly");
        }
        int updated = jdbc.sql("""
                        update forum_meeting set minutes = :minutes, version = version + 1
                        where id = :id and version = :version
                        """)
                .param("minutes", minutes.strip())
                .param("id", id)
                .param("version", basedOnVersion)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("forum meeting " + id + " changed");
        }
    }

    /** A member says they attend (or attended). */
    @Transactional
    public void attend(Actor actor, long id) {
        meeting(actor, id);
        try {
            jdbc.sql("insert into forum_attendance (meeting_id, account_id) values (:id, :account)")
                    .param("id", id)
                    .param("account", actor.accountId())
                    .update();
        } catch (DuplicateKeyException alreadyThere) {
            // saying it twice changes nothing
        }
    }
}
