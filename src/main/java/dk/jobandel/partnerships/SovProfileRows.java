package dk.jobandel.partnerships;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The SØV profiles as {@link SovProfiles} and {@link PartnershipMatching} read them. */
final class SovProfileRows {

    private final JdbcClient jdbc;
    private final Clock clock;

    SovProfileRows(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every profile's RSV status, by organisation: one statement. */
    Map<Long, RsvStatus> rsvStatuses() {
        Map<Long, RsvStatus> declared = new HashMap<>();
        jdbc.sql("select organisation_id, rsv_declared, rsv_checked_on, rsv_check_found from sov_profile")
                .query(rs -> {
                    declared.put(
                            rs.getLong(1),
                            new RsvStatus(
                                    rs.getBoolean(2),
                                    rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(),
                                    (Boolean) rs.getObject(4)));
                });
        return declared;
    }

    /** Partnerships made so far, and the hours a week the running ones take. */
    int[] usage(long organisationId) {
        return jdbc.sql("""
                        select count(*), coalesce(sum(volume_hours) filter (where end_on is null or end_on >= :today), 0)
                        from partnership where sov_organisation_id = :id
                        """)
                .param("id", organisationId)
                .param("today", Date.valueOf(LocalDate.now(clock)))
                .query((rs, row) -> new int[] {rs.getInt(1), rs.getInt(2)})
                .single();
    }

    /** Profiles of the given SØVs (or every profile when {@code ids} is empty) in five statements. */
    Map<Long, SovProfiles.Loaded> profiles(Set<Long> ids) {
        String where = ids.isEmpty() ? "" : " where organisation_id in (:ids)";
        Map<Long, Set<ServiceKind>> services = new TreeMap<>();
        Map<Long, Set<Short>> municipalities = new TreeMap<>();
        Map<Long, Set<Short>> regions = new TreeMap<>();
        Map<Long, Set<TargetGroup>> groups = new TreeMap<>();
        var s = jdbc.sql("select organisation_id, service from sov_service" + where);
        var m = jdbc.sql("select organisation_id, municipality_code from sov_municipality" + where);
        var r = jdbc.sql("select organisation_id, region_code from sov_region" + where);
        var g = jdbc.sql("select organisation_id, target_group from sov_target_group" + where);
        var p = jdbc.sql("""
                select organisation_id, presentation, references_text, capacity_hours, capacity_people,
                    rsv_declared, rsv_checked_on, rsv_check_found, version
                from sov_profile""" + where);
        if (!ids.isEmpty()) {
            s = s.param("ids", ids);
            m = m.param("ids", ids);
            r = r.param("ids", ids);
            g = g.param("ids", ids);
            p = p.param("ids", ids);
        }
        s.query((rs, row) -> services.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(ServiceKind.class))
                        .add(ServiceKind.valueOf(rs.getString(2))))
                .list();
        m.query((rs, row) -> municipalities
                        .computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                        .add(rs.getShort(2)))
                .list();
        r.query((rs, row) -> regions.computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                        .add(rs.getShort(2)))
                .list();
        g.query((rs, row) -> groups.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(TargetGroup.class))
                        .add(TargetGroup.valueOf(rs.getString(2))))
                .list();
        Map<Long, SovProfiles.Loaded> result = new TreeMap<>();
        p.query((rs, row) -> {
                    long id = rs.getLong(1);
                    var profile = new SovProfile(
                            services.getOrDefault(id, Set.of()),
                            municipalities.getOrDefault(id, Set.of()),
                            regions.getOrDefault(id, Set.of()),
                            rs.getInt(4),
                            rs.getInt(5),
                            groups.getOrDefault(id, Set.of()),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getBoolean(6));
                    var rsv = new RsvStatus(
                            rs.getBoolean(6),
                            rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate(),
                            (Boolean) rs.getObject(8));
                    result.put(id, new SovProfiles.Loaded(profile, rsv, rs.getLong(9)));
                    return id;
                })
                .list();
        return result;
    }
}
