package dk.jobandel.partnerships;

import dk.jobandel.members.Actor;
import dk.jobandel.members.MemberLookups;
import dk.jobandel.members.OrganisationKind;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Firms' partnership needs. A firm's staff post and edit their own; consultants read all (logged) and may post one
 * for a firm they guide. Nobody else sees a need.
 */
@Service
public class PartnershipNeeds {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PartnershipReads reads;
    private final ApplicationEventPublisher events;

    private final MemberLookups members;

    PartnershipNeeds(
            JdbcClient jdbc,
            Clock clock,
            PartnershipReads reads,
            ApplicationEventPublisher events,
            MemberLookups members) {
        this.members = members;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.reads = reads;
    }

    /** A need as pages show it. */
    public record Need(
            long id, long organisationId, String organisationName, NeedDetails details, String status, long version) {

        public boolean open() {
            return "OPEN".equals(status);
        }
    }

    /** Only a firm's staff post needs for themselves: anybody else is told the page does not exist. */
    public void checkMayPost(Actor actor) {
        if (!actor.isFirm()) {
            throw new PartnershipNotFound(0);
        }
    }

    /** A firm's staff post a need for their own firm; a consultant for the firm named. */
    @Transactional
    public long post(Actor actor, @Nullable Long forOrganisation, NeedDetails need) {
        long organisationId = firmFor(actor, forOrganisation);
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("""
                        insert into partnership_need (organisation_id, title, model, service, hours_per_week,
                            yearly_amount, municipality_code, start_on, inclusive_jobs, free_text, created_at, updated_at)
                        values (:org, :title, :model, :service, :hours, :yearly, :municipality, :start, :jobs, :text,
                            :now, :now)
                        returning id
                        """)
                .param("org", organisationId)
                .params(columns(need))
                .param("now", now)
                .query(Long.class)
                .single();
        writeGroups(id, need.targetGroups());
        events.publishEvent(PartnershipMatchInputChanged.need(id));
        return id;
    }

    @Transactional
    public void update(Actor actor, long needId, long basedOnVersion, NeedDetails need) {
        Need existing = load(needId);
        if (!(actor.isStaffOf(existing.organisationId()) || actor.consultant())) {
            throw new PartnershipNotFound(needId);
        }
        int updated = jdbc.sql("""
                        update partnership_need set title = :title, model = :model, service = :service,
                            hours_per_week = :hours, yearly_amount = :yearly, municipality_code = :municipality,
                            start_on = :start, inclusive_jobs = :jobs, free_text = :text, updated_at = :now,
                            version = version + 1
                        where id = :id and version = :version and status = 'OPEN'
                        """)
                .params(columns(need))
                .param("now", Timestamp.from(clock.instant()))
                .param("id", needId)
                .param("version", basedOnVersion)
                .update();
        if (updated == 0) {
            throw new PartnershipChanged(needId);
        }
        jdbc.sql("delete from partnership_need_target_group where need_id = :id")
                .param("id", needId)
                .update();
        writeGroups(needId, need.targetGroups());
        events.publishEvent(PartnershipMatchInputChanged.need(needId));
    }

    @Transactional
    public Need byId(Actor actor, long needId) {
        Need need = load(needId);
        if (!actor.mayRead(need.organisationId())) {
            throw new PartnershipNotFound(needId);
        }
        reads.logRead(actor, need.organisationId(), "NEED");
        return need;
    }

    /** The acting firm's own needs, newest first. */
    @Transactional(readOnly = true)
    public List<Need> own(Actor actor) {
        if (actor.organisationId() == null) {
            return List.of();
        }
        return query("where n.organisation_id = :org order by n.created_at desc, n.id desc", actor.organisationId());
    }

    /** Every open need, for consultants. */
    @Transactional(readOnly = true)
    public List<Need> open(Actor actor) {
        if (!actor.consultant()) {
            throw new PartnershipNotFound(0);
        }
        return query("where n.status = 'OPEN' order by n.created_at desc, n.id desc", null);
    }

    Need load(long needId) {
        return query("where n.id = :id", needId).stream()
                .findFirst()
                .orElseThrow(() -> new PartnershipNotFound(needId));
    }

    /** Three statements whatever the number of needs (the needs, their target groups, the firms' names). */
    List<Need> query(String where, @Nullable Long param) {
        var sql = jdbc.sql("""
                select n.id, n.organisation_id, n.title, n.model, n.service, n.hours_per_week, n.yearly_amount,
                    n.municipality_code, n.start_on, n.inclusive_jobs, n.free_text, n.status, n.version
                from partnership_need n
                """ + where);
        if (param != null) {
            sql = sql.param(where.contains(":org") ? "org" : "id", param);
        }
        record Row(long id, long org, String status, long version, Object[] fields) {}
        List<Row> rows = sql.query((rs, row) ->
                        new Row(rs.getLong(1), rs.getLong(2), rs.getString(12), rs.getLong(13), fields(rs)))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<TargetGroup>> groups = new HashMap<>();
        jdbc.sql("select need_id, target_group from partnership_need_target_group where need_id in (:ids)")
                .param("ids", rows.stream().map(Row::id).toList())
                .query((rs, row) -> groups.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(TargetGroup.class))
                        .add(TargetGroup.valueOf(rs.getString(2))))
                .list();
        Map<Long, String> names =
                members.organisationNames(rows.stream().map(Row::org).collect(Collectors.toSet()));
        return rows.stream()
                .map(r -> new Need(
                        r.id(),
                        r.org(),
                        names.getOrDefault(r.org(), ""),
                        new NeedDetails(
                                (String) r.fields()[0],
                                PartnershipModel.valueOf((String) r.fields()[1]),
                                ServiceKind.valueOf((String) r.fields()[2]),
                                (Integer) r.fields()[3],
                                (Integer) r.fields()[4],
                                (Short) r.fields()[5],
                                ((Date) r.fields()[6]).toLocalDate(),
                                (Integer) r.fields()[7],
                                groups.getOrDefault(r.id(), Set.of()),
                                (String) r.fields()[8]),
                        r.status(),
                        r.version()))
                .toList();
    }

    private static Object[] fields(ResultSet rs) throws SQLException {
        return new Object[] {
            rs.getString(3),
            rs.getString(4),
            rs.getString(5),
            (Integer) rs.getObject(6),
            (Integer) rs.getObject(7),
            rs.getShort(8),
            rs.getDate(9),
            rs.getInt(10),
            rs.getString(11)
        };
    }

    private long firmFor(Actor actor, @Nullable Long forOrganisation) {
        if (actor.consultant() && forOrganisation != null) {
            OrganisationKind kind = members.organisationFacts(List.of(forOrganisation)).stream()
                    .map(MemberLookups.OrganisationFacts::kind)
                    .findFirst()
                    .orElseThrow(() -> new PartnershipNotFound(forOrganisation));
            if (kind != OrganisationKind.FIRM) {
                throw new PartnershipRefused("NOT_A_FIRM");
            }
            return forOrganisation;
        }
        if (!actor.isFirm()) {
            throw new PartnershipNotFound(0);
        }
        return actor.organisationId();
    }

    private static Map<String, Object> columns(NeedDetails need) {
        Map<String, Object> map = new HashMap<>();
        map.put("title", need.title().strip());
        map.put("model", need.model().name());
        map.put("service", need.service().name());
        map.put("hours", need.hoursPerWeek());
        map.put("yearly", need.yearlyAmount());
        map.put("municipality", need.municipalityCode());
        map.put("start", Date.valueOf(need.startOn()));
        map.put("jobs", need.inclusiveJobs());
        map.put("text", need.freeText().strip());
        return map;
    }

    private void writeGroups(long needId, Set<TargetGroup> groups) {
        for (TargetGroup g : groups) {
            jdbc.sql("insert into partnership_need_target_group (need_id, target_group) values (:id, :g)")
                    .param("id", needId)
                    .param("g", g.name())
                    .update();
        }
    }
}
