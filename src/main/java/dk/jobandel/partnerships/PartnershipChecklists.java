package dk.jobandel.partnerships;

import dk.jobandel.members.Actor;
import dk.jobandel.members.MemberLookups;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checklist per partnership model, and the secure-employment course's checklist
 * ({@link CourseKind#SECURE_EMPLOYMENT_CHECKLIST}), kept as data: consultants edit it, and every edit is a new version,
 * so the history stays. Two consultants saving at once cannot both make the same version (unique model and version).
 */
@Service
public class PartnershipChecklists {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MemberLookups members;

    PartnershipChecklists(JdbcClient jdbc, Clock clock, MemberLookups members) {
        this.members = members;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One version of a checklist; {@code key} is a partnership model's name or the secure-employment checklist's. */
    public record Checklist(String key, int version, List<String> items, String changedBy, LocalDateTime changedAt) {}

    /** The checklists there are: one per partnership model, and the secure-employment course's. */
    public static List<String> keys() {
        var keys = new java.util.ArrayList<String>();
        for (PartnershipModel model : PartnershipModel.values()) {
            keys.add(model.name());
        }
        keys.add(CourseKind.SECURE_EMPLOYMENT_CHECKLIST);
        return List.copyOf(keys);
    }

    /** Every version of a model's checklist, newest first. */
    @Transactional(readOnly = true)
    public List<Checklist> history(PartnershipModel model) {
        return history(model.name());
    }

    /** Every version of a checklist, newest first; an unknown key is not found. */
    @Transactional(readOnly = true)
    public List<Checklist> history(String key) {
        if (!keys().contains(key)) {
            throw new PartnershipNotFound(0);
        }
        record Row(
                int version, List<String> items, @Nullable Long changedBy, LocalDateTime changedAt) {}
        List<Row> rows = jdbc.sql("""
                        select c.version_no, c.items, c.changed_by, c.changed_at from partnership_checklist c
                        where c.model = :model order by c.version_no desc
                        """)
                .param("model", key)
                .query((rs, row) -> new Row(
                        rs.getInt(1),
                        Arrays.stream(rs.getString(2).split("\n"))
                                .filter(s -> !s.isBlank())
                                .toList(),
                        rs.getObject(3, Long.class),
                        LocalDateTime.ofInstant(rs.getTimestamp(4).toInstant(), clock.getZone())))
                .list();
        Map<Long, String> names = members.displayNames(
                rows.stream().map(Row::changedBy).filter(Objects::nonNull).collect(Collectors.toSet()));
        return rows.stream()
                .map(r -> new Checklist(
                        key,
                        r.version(),
                        r.items(),
                        r.changedBy() == null ? "" : names.getOrDefault(r.changedBy(), ""),
                        r.changedAt()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Checklist current(PartnershipModel model) {
        return history(model).getFirst();
    }

    @Transactional(readOnly = true)
    public Checklist current(String key) {
        return history(key).getFirst();
    }

    /** A consultant saves a new version, based on the version they edited. */
    @Transactional
    public void save(Actor actor, PartnershipModel model, int basedOnVersion, List<String> items) {
        save(actor, model.name(), basedOnVersion, items);
    }

    /** A consultant saves a new version of a checklist, based on the version they edited. */
    @Transactional
    public void save(Actor actor, String key, int basedOnVersion, List<String> items) {
        if (!actor.consultant()) {
            throw new PartnershipNotFound(0);
        }
        if (current(key).version() != basedOnVersion) {
            throw new PartnershipChanged(basedOnVersion);
        }
        try {
            jdbc.sql("""
                            insert into partnership_checklist (model, version_no, items, changed_by, changed_at)
                            values (:model, :v, :items, :by, :at)
                            """)
                    .param("model", key)
                    .param("v", basedOnVersion + 1)
                    .param(
                            "items",
                            String.join(
                                    "\n",
                                    items.stream()
                                            .map(String::strip)
                                            .filter(s -> !s.isEmpty())
                                            .toList()))
                    .param("by", actor.accountId())
                    .param("at", Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException raced) {
            throw new PartnershipChanged(basedOnVersion);
        }
    }
}
