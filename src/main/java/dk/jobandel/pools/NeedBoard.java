package dk.jobandel.pools;

import dk.jobandel.members.Actor;
import dk.jobandel.members.MemberLookups;
import dk.jobandel.pools.PoolViews.Need;
import dk.jobandel.shared.WeekGrid;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read model of the needs board and of a need to edit (beside {@link PoolQueries}, which reads the other pool
 * pages). The members' names come from the members module in one statement.
 */
@Component
class NeedBoard {

    private final JdbcClient jdbc;
    private final NeedStore needStore;
    private final MemberLookups members;

    NeedBoard(JdbcClient jdbc, NeedStore needStore, MemberLookups members) {
        this.jdbc = jdbc;
        this.needStore = needStore;
        this.members = members;
    }

    private static final String NEEDS_OF_APPROVED = """
            from pool_need n join pool_member m on m.pool_id = n.pool_id and m.organisation_id = n.organisation_id
            where n.pool_id = :p and m.status = 'APPROVED' and n.status in ('OPEN', 'FILLED')
              and (cast(:need as bigint) is null or n.id = :need)
            """;

    /**
     * The open and filled needs of the pool's approved members (or the one need), with {@code own} set for the
     * actor's organisation's: by status, member's name, start and id.
     */
    List<Need> needs(Actor actor, long poolId, @Nullable Long needId) {
        Map<Long, List<NeedSkill>> skills = needStore.skills("select n.id " + NEEDS_OF_APPROVED, poolId, needId);
        List<Need> rows = jdbc.sql("""
                        select n.id, n.pool_id, n.organisation_id, n.title, n.schedule, n.hours_per_week,
                               n.remote, n.municipality_code, n.start_date, n.end_date, n.status, n.version
                        """ + NEEDS_OF_APPROVED)
                .param("p", poolId)
                .param("need", needId)
                .query((rs, row) -> new Need(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        "",
                        rs.getString(4),
                        WeekGrid.fromBytes(rs.getBytes(5)),
                        rs.getBigDecimal(6),
                        rs.getBoolean(7),
                        rs.getObject(8, Short.class),
                        rs.getDate(9).toLocalDate(),
                        rs.getDate(10) == null ? null : rs.getDate(10).toLocalDate(),
                        NeedStatus.valueOf(rs.getString(11)),
                        List.copyOf(skills.getOrDefault(rs.getLong(1), List.of())),
                        rs.getLong(12),
                        actor.isStaffOf(rs.getLong(3))))
                .list();
        Map<Long, String> names = members.organisationNames(
                new LinkedHashSet<>(rows.stream().map(Need::organisationId).toList()));
        ToIntFunction<Long> rank = PoolQueries.rank(names);
        return rows.stream()
                .sorted(Comparator.comparing((Need n) -> n.status().name())
                        .thenComparingInt(n -> rank.applyAsInt(n.organisationId()))
                        .thenComparing(Need::startDate)
                        .thenComparingLong(Need::id))
                .map(n -> new Need(
                        n.id(),
                        n.poolId(),
                        n.organisationId(),
                        names.getOrDefault(n.organisationId(), ""),
                        n.title(),
                        n.schedule(),
                        n.hoursPerWeek(),
                        n.remote(),
                        n.municipalityCode(),
                        n.startDate(),
                        n.endDate(),
                        n.status(),
                        n.skills(),
                        n.version(),
                        n.own()))
                .toList();
    }
}
