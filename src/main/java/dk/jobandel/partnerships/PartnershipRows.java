package dk.jobandel.partnerships;

import dk.jobandel.members.MemberLookups;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The partnership records' rows as {@link PartnershipRecords} returns them, with their target groups and follow-ups. */
final class PartnershipRows {

    private final JdbcClient jdbc;
    private final MemberLookups members;

    PartnershipRows(JdbcClient jdbc, MemberLookups members) {
        this.jdbc = jdbc;
        this.members = members;
    }

    /** Four statements whatever the number of partnerships (the last asks the members module for the names). */
    List<PartnershipRecords.Partnership> partnerships(String where, Map<String, ?> params) {
        List<PartnershipRecords.Partnership> heads = jdbc.sql("""
                        select p.id, p.course_id, p.firm_organisation_id, p.sov_organisation_id, p.model,
                            p.municipality_code, p.start_on, p.end_on, p.volume_hours, p.agreed_jobs, p.agreed_job_hours
                        from partnership p
                        """ + where)
                .params(params)
                .query((rs, row) -> new PartnershipRecords.Partnership(
                        rs.getLong(1),
                        (Long) rs.getObject(2),
                        rs.getLong(3),
                        "",
                        rs.getLong(4),
                        "",
                        PartnershipModel.valueOf(rs.getString(5)),
                        rs.getShort(6),
                        rs.getDate(7).toLocalDate(),
                        rs.getDate(8) == null ? null : rs.getDate(8).toLocalDate(),
                        rs.getInt(9),
                        rs.getInt(10),
                        rs.getInt(11),
                        Set.of(),
                        List.of()))
                .list();
        if (heads.isEmpty()) {
            return List.of();
        }
        List<Long> ids = heads.stream().map(PartnershipRecords.Partnership::id).toList();
        Map<Long, Set<TargetGroup>> groups = new HashMap<>();
        jdbc.sql("select partnership_id, target_group from partnership_target_group where partnership_id in (:ids)")
                .param("ids", ids)
                .query((rs, row) -> groups.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(TargetGroup.class))
                        .add(TargetGroup.valueOf(rs.getString(2))))
                .list();
        Map<Long, List<PartnershipRecords.FollowUp>> followUps = new HashMap<>();
        jdbc.sql("""
                        select f.partnership_id, f.id, f.due_on, f.recorded_on, f.filled_jobs, f.filled_hours, f.note,
                            (select string_agg(g.target_group, ',') from partnership_follow_up_target_group g
                             where g.follow_up_id = f.id)
                        from partnership_follow_up f where f.partnership_id in (:ids) order by f.due_on
                        """)
                .param("ids", ids)
                .query((rs, row) -> followUps
                        .computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                        .add(new PartnershipRecords.FollowUp(
                                rs.getLong(2),
                                rs.getDate(3).toLocalDate(),
                                rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(),
                                (Integer) rs.getObject(5),
                                (Integer) rs.getObject(6),
                                rs.getString(7),
                                targetGroups(rs.getString(8)))))
                .list();
        Set<Long> organisations = new HashSet<>();
        heads.forEach(h -> {
            organisations.add(h.firmId());
            organisations.add(h.sovId());
        });
        Map<Long, String> names = members.organisationNames(organisations);
        return heads.stream()
                .map(h -> new PartnershipRecords.Partnership(
                        h.id(),
                        h.courseId(),
                        h.firmId(),
                        names.getOrDefault(h.firmId(), ""),
                        h.sovId(),
                        names.getOrDefault(h.sovId(), ""),
                        h.model(),
                        h.municipalityCode(),
                        h.start(),
                        h.end(),
                        h.volumeHours(),
                        h.agreedJobs(),
                        h.agreedJobHours(),
                        groups.getOrDefault(h.id(), Set.of()),
                        followUps.getOrDefault(h.id(), List.of())))
                .toList();
    }

    private static Set<TargetGroup> targetGroups(@Nullable String names) {
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        if (names != null) {
            for (String name : names.split(",")) {
                groups.add(TargetGroup.valueOf(name));
            }
        }
        return groups;
    }
}
