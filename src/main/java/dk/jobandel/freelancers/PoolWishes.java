package dk.jobandel.freelancers;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The freelancers who want pool work with the hours they wish for, for the pools module (issue 18: it names none of
 * this module's tables). A wish counts only with both desired hours filled in.
 */
@Service
public class PoolWishes {

    private final JdbcClient jdbc;

    PoolWishes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A freelancer who wants pool work, with their name and desired hours per week. */
    public record Wish(long freelancerId, String name, int desiredHoursMin, int desiredHoursMax) {}

    /** Those who want pool work, except these, by name and id: at most {@code limit}, in one statement. */
    @Transactional(readOnly = true)
    public List<Wish> wanting(Collection<Long> except, int limit) {
        return jdbc.sql("""
                        select f.account_id, a.display_name, f.desired_hours_min, f.desired_hours_max
                        from freelancer_profile f join member_account a on a.account_id = f.account_id
                        where f.wants_pool and f.desired_hours_min is not null and f.desired_hours_max is not null
                          and not (f.account_id = any(:except))
                        order by a.display_name, f.account_id limit :limit
                        """)
                .param("except", except.toArray(Long[]::new))
                .param("limit", limit)
                .query((rs, row) -> new Wish(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4)))
                .list();
    }

    /** The freelancer's wish, when they want pool work (the name is left empty: the caller has not asked for it). */
    @Transactional(readOnly = true)
    public Optional<Wish> of(long freelancerId) {
        return jdbc.sql("""
                        select desired_hours_min, desired_hours_max from freelancer_profile
                        where account_id = :f and wants_pool
                          and desired_hours_min is not null and desired_hours_max is not null
                        """)
                .param("f", freelancerId)
                .query((rs, row) -> new Wish(freelancerId, "", rs.getInt(1), rs.getInt(2)))
                .optional();
    }
}
