package dk.jobandel.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail: every state change of a proposal, offer or agreement, with who made it, when, from which state to
 * which, and the reason given. A change is recorded inside the transaction that makes it, so the trail never claims
 * a change that was rolled back, and never misses one that was committed.
 */
@Service
public class AuditTrail {

    /** Times on pages are Danish wall-clock times, whatever the server's zone. */
    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ActorNames actorNames;

    AuditTrail(JdbcClient jdbc, Clock clock, ActorNames actorNames) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.actorNames = actorNames;
    }

    /**
     * Records one state change, now. Must run inside the caller's transaction: the change and its record commit or
     * roll back together.
     *
     * @param subject what changed
     * @param from the state before, or {@code null} when the subject is created
     * @param to the state after
     * @param actorId the acting member's account, or {@code null} for the system
     * @param reason the reason the actor gave; blank counts as none
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            Subject subject, @Nullable String from, String to, @Nullable Long actorId, @Nullable String reason) {
        jdbc.sql("""
                        insert into state_change (subject_type, subject_id, from_state, to_state, actor_id, reason, at)
                        values (:type, :id, :from, :to, :actor, :reason, :at)
                        """)
                .param("type", subject.type())
                .param("id", subject.id())
                .param("from", from)
                .param("to", to)
                .param("actor", actorId)
                .param("reason", reason == null || reason.isBlank() ? null : reason.strip())
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    /** The same as {@link #record(Subject, String, String, Long, String)} with the subject's type and id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            String subjectType,
            long subjectId,
            @Nullable String from,
            String to,
            @Nullable Long actorId,
            @Nullable String reason) {
        record(new Subject(subjectType, subjectId), from, to, actorId, reason);
    }

    /**
     * Records the same state for many subjects of one type in one statement, now (for reads of a whole list, such as
     * a consultant's overview). Must run inside the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordEach(String subjectType, Collection<Long> subjectIds, String to, @Nullable Long actorId) {
        if (subjectIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into state_change (subject_type, subject_id, from_state, to_state, actor_id, reason, at)
                        select :type, id, null, :to, :actor, null, :at from unnest(cast(:ids as bigint[])) as t(id)
                        """)
                .param("type", subjectType)
                .param("ids", subjectIds.stream().distinct().toArray(Long[]::new))
                .param("to", to)
                .param("actor", actorId)
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    /** One subject's changes, oldest first, with the actors' names: two statements at most. */
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(String subjectType, long subjectId) {
        return timeline(List.of(new Subject(subjectType, subjectId)));
    }

    /**
     * The changes of several subjects merged into one timeline, oldest first, for a page that shows related things
     * together (a proposal and its offers): one statement whatever the number of subjects, and one more for the
     * actors' names when a person acted.
     */
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(Collection<Subject> subjects) {
        if (subjects.isEmpty()) {
            return List.of();
        }
        List<Object[]> pairs =
                subjects.stream().map(s -> new Object[] {s.type(), s.id()}).toList();
        record Change(
                Subject subject,
                @Nullable String from,
                String to,
                @Nullable Long actorId,
                @Nullable String reason,
                ZonedDateTime at) {}
        List<Change> changes = jdbc.sql("""
                        select c.subject_type, c.subject_id, c.from_state, c.to_state, c.actor_id, c.reason, c.at
                        from state_change c
                        where (c.subject_type, c.subject_id) in (:subjects)
                        order by c.at, c.id
                        """)
                .param("subjects", pairs)
                .query((rs, row) -> new Change(
                        new Subject(rs.getString(1), rs.getLong(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, Long.class),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant().atZone(COPENHAGEN)))
                .list();
        Set<Long> actors = new HashSet<>();
        changes.forEach(c -> {
            if (c.actorId() != null) {
                actors.add(c.actorId());
            }
        });
        Map<Long, String> names = actors.isEmpty() ? Map.of() : actorNames.displayNames(actors);
        return changes.stream()
                .map(c -> new TimelineEntry(
                        c.subject(),
                        c.from(),
                        c.to(),
                        c.actorId(),
                        c.actorId() == null ? null : names.get(c.actorId()),
                        c.reason(),
                        c.at()))
                .toList();
    }
}
