package dk.jobandel.review;

import dk.jobandel.roles.RoleActivity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The role page's view of review: its proposals awaiting a consultant and its offers awaiting an answer. */
@Component
class RoleActivityOfReviews implements RoleActivity {

    private final JdbcClient jdbc;

    RoleActivityOfReviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Activity of(long roleId) {
        return jdbc.sql("""
                        select (select count(*) from proposal p
                                where p.role_id = :role and p.review_status = 'UNREVIEWED'
                                  and p.kind in ('SINGLE', 'TEAM')),
                               count(o.id),
                               coalesce(bool_or(o.party = 'ORGANISATION'), false)
                        from offer o join proposal p on p.id = o.proposal_id
                        where p.role_id = :role and o.status = 'PENDING'
                        """)
                .param("role", roleId)
                .query((rs, row) -> new Activity(rs.getInt(1), rs.getInt(2), rs.getBoolean(3)))
                .single();
    }
}
