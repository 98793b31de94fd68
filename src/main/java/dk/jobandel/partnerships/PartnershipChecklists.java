package dk.jobandel.partnerships;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checklist per partnership model, kept as data: consultants edit it, and every edit is a new version, so the
 * history stays. Two consultants saving at once cannot both make the same version (unique model and version).
 */
@Service
public class PartnershipChecklists {

    private final JdbcClient jdbc;
    private final Clock clock;

    PartnershipChecklists(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Checklist(
            PartnershipModel model, int version, List<String> items, String changedBy, LocalDateTime changedAt) {}

    /** Every version of a model's checklist, newest first. */
    @Transactional(readOnly = true)
    public List<Checklist> history(PartnershipModel model) {
        return jdbc.sql("""
                        select c.version_no, c.items, coalesce(a.display_name, ''), c.changed_at
                        from partnership_checklist c left join account a on a.id = c.changed_by
                        where c.model = :model order by c.version_no desc
                        """)
                .param("model", model.name())
                .query((rs, row) -> new Checklist(
                        model,
                        rs.getInt(1),
                        Arrays.stream(rs.getString(2).split("\n"))
                                .filter(s -> !s.isBlank())
                                .toList(),
                        rs.getString(3),
                        LocalDateTime.ofInstant(rs.getTimestamp(4).toInstant(), clock.getZone())))
                .list();
    }

    @Transactional(readOnly = true)
    public Checklist current(PartnershipModel model) {
        return history(model).getFirst();
    }

    /** A consultant saves a new version, based on the version they edited. */
    @Transactional
    public void save(Actor actor, PartnershipModel model, int basedOnVersion, List<String> items) {
        if (!actor.consultant()) {
            throw new PartnershipNotFound(0);
        }
        if (current(model).version() != basedOnVersion) {
            throw new PartnershipChanged(basedOnVersion);
        }
        try {
            jdbc.sql("""
                            insert into partnership_checklist (model, version_no, items, changed_by, changed_at)
                            values (:model, :v, :items, :by, :at)
                            """)
                    .param("model", model.name())
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
