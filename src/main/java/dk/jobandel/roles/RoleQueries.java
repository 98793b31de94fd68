package dk.jobandel.roles;

import dk.jobandel.members.MemberLookups;
import dk.jobandel.platform.ListPage;
import dk.jobandel.roles.SharedRoles.Change;
import dk.jobandel.roles.SharedRoles.Filter;
import dk.jobandel.roles.SharedRoles.Listed;
import dk.jobandel.roles.SharedRoles.OrganisationName;
import dk.jobandel.shared.WeekGrid;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the roles pages and other modules read about roles, each in a fixed number of statements. */
@Component
class RoleQueries {

    /** The consultant's filter over {@code shared_role r}; empty parameters do not filter. */
    private static final String FILTER = """
             where (cast(:status as text) is null or r.status = :status)
              and (cast(:municipality as smallint) is null or r.municipality_code = :municipality)
              and (cast(:organisation as bigint) is null or r.organisation_id = :organisation)
              and (cast(:skill as smallint) is null or exists (
                  select 1 from shared_role_skill s where s.role_id = r.id and s.skill_id = :skill))
            """;

    private static final String LISTED = """
            select r.id, r.title, o.name, r.municipality_code, r.sharers, r.status, r.schedule, o.organisation_id
            """;

    private static final String LISTED_FROM = """
             from shared_role r join member_organisation o on o.organisation_id = r.organisation_id
            """;

    private final JdbcClient jdbc;
    private final MemberLookups members;
    private final Clock clock;

    RoleQueries(JdbcClient jdbc, MemberLookups members, Clock clock) {
        this.jdbc = jdbc;
        this.members = members;
        this.clock = clock;
    }

    private static Listed listed(ResultSet rs) throws SQLException {
        return new Listed(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getShort(4),
                rs.getInt(5),
                RoleStatus.valueOf(rs.getString(6)),
                WeekGrid.fromBytes(rs.getBytes(7)).hours(),
                rs.getLong(8));
    }

    private JdbcClient.StatementSpec filtered(String sql, Filter filter) {
        return jdbc.sql(sql)
                .param(
                        "status",
                        filter.status() == null ? null : filter.status().name())
                .param("municipality", filter.municipalityCode())
                .param("organisation", filter.organisationId())
                .param("skill", filter.skillId());
    }

    /** See {@link SharedRoles#page}. */
    ListPage<Listed> page(Filter filter, int number, int size) {
        List<Map.Entry<Listed, Long>> rows = filtered(
                        LISTED.strip() + ", count(*) over ()" + LISTED_FROM + FILTER
                                + " order by r.created_at desc, r.id desc limit :limit offset :offset",
                        filter)
                .param("limit", size)
                .param("offset", ListPage.offset(number, size))
                .query((rs, row) -> Map.entry(listed(rs), rs.getLong(9)))
                .list();
        if (rows.isEmpty() && number > 0) {
            long total = filtered("select count(*) from shared_role r" + FILTER, filter)
                    .query(Long.class)
                    .single();
            return total == 0 ? ListPage.empty(size) : page(filter, ListPage.lastNumber(total, size), size);
        }
        return new ListPage<>(
                rows.stream().map(Map.Entry::getKey).toList(),
                number,
                size,
                rows.isEmpty() ? 0 : rows.getFirst().getValue());
    }

    /** See {@link SharedRoles#search}. */
    List<Listed> search(Filter filter) {
        return filtered(LISTED + LISTED_FROM + FILTER + " order by r.created_at desc, r.id desc limit 500", filter)
                .query((rs, row) -> listed(rs))
                .list();
    }

    /** See {@link SharedRoles#listed}. */
    List<Listed> listed(Collection<Long> roleIds) {
        if (roleIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(LISTED + LISTED_FROM + " where r.id = any(:ids) order by r.id")
                .param("ids", roleIds.toArray(Long[]::new))
                .query((rs, row) -> listed(rs))
                .list();
    }

    /** See {@link SharedRoles#published}. */
    List<MatchableRole> published() {
        Map<Long, List<RequiredSkill>> skills = new HashMap<>();
        jdbc.sql("""
                        select s.role_id, s.skill_id, s.requirement, s.min_level
                        from shared_role_skill s join shared_role r on r.id = s.role_id
                        where r.status = 'PUBLISHED' order by s.role_id, s.skill_id
                        """).query(rs -> {
            skills.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                    .add(new RequiredSkill(rs.getShort(2), Requirement.valueOf(rs.getString(3)), rs.getShort(4)));
        });
        return jdbc.sql("""
                        select id, organisation_id, schedule, sharers, handover_minutes, split_percents,
                               municipality_code, work_mode
                        from shared_role where status = 'PUBLISHED' order by id
                        """)
                .query((rs, row) -> {
                    java.sql.Array split = rs.getArray(6);
                    List<Integer> percents = new ArrayList<>();
                    if (split != null) {
                        for (Object value : (Object[]) split.getArray()) {
                            percents.add(((Number) value).intValue());
                        }
                    }
                    return new MatchableRole(
                            rs.getLong(1),
                            rs.getLong(2),
                            WeekGrid.fromBytes(rs.getBytes(3)),
                            rs.getInt(4),
                            rs.getInt(5),
                            List.copyOf(percents),
                            rs.getShort(7),
                            WorkMode.valueOf(rs.getString(8)),
                            List.copyOf(skills.getOrDefault(rs.getLong(1), List.of())));
                })
                .list();
    }

    /** See {@link SharedRoles#organisationsWithRoles}. */
    List<OrganisationName> organisationsWithRoles() {
        return jdbc.sql("""
                        select o.organisation_id, o.name from member_organisation o
                        where exists (select 1 from shared_role r where r.organisation_id = o.organisation_id)
                        order by o.name, o.organisation_id
                        """)
                .query((rs, row) -> new OrganisationName(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /** See {@link SharedRoles#history}: two statements. */
    List<Change> history(long roleId) {
        record Row(LocalDateTime at, @Nullable Long by, String field, String oldValue, String newValue) {}
        List<Row> rows = jdbc.sql("""
                        select c.changed_at, c.changed_by, c.field, c.old_value, c.new_value
                        from shared_role_change c
                        where c.role_id = :role order by c.changed_at, c.id
                        """)
                .param("role", roleId)
                .query((rs, row) -> new Row(
                        LocalDateTime.ofInstant(rs.getTimestamp(1).toInstant(), clock.getZone()),
                        rs.getObject(2, Long.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
        Set<Long> authors = new HashSet<>();
        rows.forEach(r -> {
            if (r.by() != null) {
                authors.add(r.by());
            }
        });
        Map<Long, String> names = authors.isEmpty() ? Map.of() : members.displayNames(authors);
        return rows.stream()
                .map(r -> new Change(
                        r.at(),
                        r.by() == null ? "" : names.getOrDefault(r.by(), ""),
                        r.field(),
                        r.oldValue(),
                        r.newValue()))
                .toList();
    }
}
