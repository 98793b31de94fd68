package dk.jobandel.roles;

import dk.jobandel.shared.WeekGrid;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymous demand for a person's skills among the published roles (for the freelancer's dashboard): one statement,
 * one row of facts per role that asks for one of the skills, counted by the plain-Java {@link Demand}. Which roles,
 * and whose, is never shown.
 */
@Service
public class RoleDemand {

    private final JdbcClient jdbc;

    RoleDemand(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A skill the person holds, at a level from 1 to 3. */
    public record Held(int skillId, int level) {}

    @Transactional(readOnly = true)
    public Demand forPerson(List<Held> skills, WeekGrid availability) {
        if (skills.isEmpty()) {
            return Demand.NONE;
        }
        List<Demand.RoleFacts> facts = jdbc.sql("""
                        with mine as (
                            select unnest(cast(:skills as int[])) as skill_id, unnest(cast(:levels as int[])) as level
                        )
                        select bool_or((s.requirement = 'MUST_EACH' or (s.requirement = 'MUST_ONE' and r.sharers = 1))
                                       and (m.level is null or m.level < s.min_level)),
                               bit_count(('x' || encode(r.schedule, 'hex'))::bit(336)),
                               r.sharers,
                               bit_count(('x' || encode(r.schedule, 'hex'))::bit(336)
                                         & ('x' || encode(cast(:availability as bytea), 'hex'))::bit(336))
                        from shared_role r
                        join shared_role_skill s on s.role_id = r.id
                        left join mine m on m.skill_id = s.skill_id
                        where r.status = 'PUBLISHED'
                        group by r.id
                        having bool_or(m.skill_id is not null)
                        """)
                .param("skills", skills.stream().map(Held::skillId).toArray(Integer[]::new))
                .param("levels", skills.stream().map(Held::level).toArray(Integer[]::new))
                .param("availability", availability.toBytes())
                .query((rs, row) -> new Demand.RoleFacts(rs.getBoolean(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .list();
        return Demand.of(facts);
    }
}
