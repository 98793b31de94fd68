package dk.jobandel.procurement;

import dk.jobandel.audit.AuditTrail;
import dk.jobandel.audit.Subject;
import dk.jobandel.members.Actor;
import dk.jobandel.members.MemberLookups;
import dk.jobandel.procurement.core.ClauseKind;
import dk.jobandel.procurement.core.LegalBasis;
import dk.jobandel.procurement.core.TargetUnit;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clause library: templates with their version history. Every signed-in member of the module's pages may read it;
 * only consultants revise it, and a revision adds a version (contracts keep the version they chose).
 */
@Service
public class ClauseLibrary {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;

    private final MemberLookups members;

    ClauseLibrary(JdbcClient jdbc, Clock clock, AuditTrail audit, MemberLookups members) {
        this.members = members;
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /** One version of a template. */
    public record Version(int number, TemplateText text, Instant changedAt, String changedBy) {}

    /** A template's current version, for lists and choices. */
    public record Summary(long id, String code, Version current) {}

    /**
     * A template with its history, newest first, and how it was used.
     *
     * @param version the optimistic version a revision is based on
     * @param contracts contracts that chose it
     * @param shortfalls of those, contracts whose latest report on it was below target
     */
    public record Template(long id, String code, long version, List<Version> history, int contracts, int shortfalls) {
        public Version current() {
            return history.getFirst();
        }
    }

    private static final String VERSION_COLUMNS = """
            v.number, v.kind, v.legal_basis, v.title_da, v.summary_en, v.text_da, v.conditions_da, v.target_unit,
            v.evidence_da, v.follow_up_months, v.shortfall_da, v.changed_at, v.changed_by
            """;

    /** A version as read, with the account that changed it still to be named by the members module. */
    private record Unnamed(Version version, @Nullable Long changedBy) {

        Version named(Map<Long, String> names) {
            String name = changedBy == null ? "" : names.getOrDefault(changedBy, "");
            return new Version(version.number(), version.text(), version.changedAt(), name);
        }
    }

    private static Unnamed version(ResultSet rs, int offset) throws SQLException {
        Version version = new Version(
                rs.getInt(offset),
                new TemplateText(
                        ClauseKind.valueOf(rs.getString(offset + 1)),
                        LegalBasis.valueOf(rs.getString(offset + 2)),
                        rs.getString(offset + 3),
                        rs.getString(offset + 4),
                        rs.getString(offset + 5),
                        rs.getString(offset + 6),
                        TargetUnit.valueOf(rs.getString(offset + 7)),
                        rs.getString(offset + 8),
                        rs.getInt(offset + 9),
                        rs.getString(offset + 10)),
                rs.getTimestamp(offset + 11).toInstant(),
                "");
        return new Unnamed(version, rs.getObject(offset + 12, Long.class));
    }

    private Map<Long, String> names(List<Unnamed> versions) {
        return members.displayNames(versions.stream()
                .map(Unnamed::changedBy)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    }

    /** Every template at its current version, by kind then title. Two statements (the second names who changed it). */
    @Transactional(readOnly = true)
    public List<Summary> all() {
        record Row(long id, String code, Unnamed current) {}
        List<Row> rows = jdbc.sql("select t.id, t.code, " + VERSION_COLUMNS + """
                        from clause_template t
                        join clause_template_version v on v.template_id = t.id and v.number = t.current_version
                        order by v.kind, v.title_da
                        """)
                .query((rs, row) -> new Row(rs.getLong(1), rs.getString(2), version(rs, 3)))
                .list();
        Map<Long, String> names = names(rows.stream().map(Row::current).toList());
        return rows.stream()
                .map(r -> new Summary(r.id(), r.code(), r.current().named(names)))
                .toList();
    }

    /** A template with its history and use, in four statements (one names who changed each version). */
    @Transactional(readOnly = true)
    public Template template(long id) {
        record Head(String code, long version) {}
        Head head = jdbc.sql("select code, version from clause_template where id = :id")
                .param("id", id)
                .query((rs, row) -> new Head(rs.getString(1), rs.getLong(2)))
                .optional()
                .orElseThrow(() -> new ProcurementNotFound(id));
        List<Unnamed> versions = jdbc.sql("select " + VERSION_COLUMNS + """
                        from clause_template_version v
                        where v.template_id = :id order by v.number desc
                        """)
                .param("id", id)
                .query((rs, row) -> version(rs, 1))
                .list();
        Map<Long, String> names = names(versions);
        List<Version> history = versions.stream().map(v -> v.named(names)).toList();
        int[] use = jdbc.sql("""
                        select count(*),
                               count(*) filter (where c.committed_value is not null and (
                                   select r.actual_value from clause_report r where r.clause_id = c.id
                                   order by r.period_start desc limit 1) < c.committed_value)
                        from contract_clause c where c.template_id = :id
                        """)
                .param("id", id)
                .query((rs, row) -> new int[] {rs.getInt(1), rs.getInt(2)})
                .single();
        return new Template(id, head.code(), head.version(), history, use[0], use[1]);
    }

    /**
     * A consultant's revision: a new current version.
     *
     * @throws OptimisticLockingFailureException when somebody revised it since {@code basedOnVersion}
     */
    @Transactional
    public void revise(Actor actor, long id, long basedOnVersion, TemplateText text) {
        if (!actor.consultant()) {
            throw new ProcurementNotFound(id);
        }
        template(id);
        int updated =
                jdbc.sql("""
                        update clause_template set current_version = current_version + 1, version = version + 1
                        where id = :id and version = :version
                        """).param("id", id).param("version", basedOnVersion).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("clause template " + id + " changed");
        }
        jdbc.sql("""
                        insert into clause_template_version (template_id, number, kind, legal_basis, title_da,
                            summary_en, text_da, conditions_da, target_unit, evidence_da, follow_up_months,
                            shortfall_da, changed_by, changed_at)
                        select id, current_version, :kind, :basis, :title, :summary, :text, :conditions, :unit,
                               :evidence, :months, :shortfall, :by, :at
                        from clause_template where id = :id
                        """)
                .param("id", id)
                .param("kind", text.kind().name())
                .param("basis", text.basis().name())
                .param("title", text.titleDa().strip())
                .param("summary", text.summaryEn().strip())
                .param("text", text.textDa().strip())
                .param("conditions", text.conditionsDa().strip())
                .param("unit", text.unit().name())
                .param("evidence", text.evidenceDa().strip())
                .param("months", text.followUpMonths())
                .param("shortfall", text.shortfallDa().strip())
                .param("by", actor.accountId())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        audit.record(new Subject("CLAUSE_TEMPLATE", id), null, "REVISED", actor.accountId(), null);
    }
}
