package dk.jobandel.roles;

import dk.jobandel.members.Organisations;
import dk.jobandel.platform.DashboardPanel;
import dk.jobandel.platform.SignedInMember;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * First on a cooperative's dashboard: "Opret stilling" and its roles with their status, the open ones first (one
 * statement; the organisation comes from the page's one look-up).
 */
@Component
class RolesDashboardPanel implements DashboardPanel {

    static final int SHOWN = 10;

    private final Organisations organisations;
    private final JdbcClient jdbc;

    RolesDashboardPanel(Organisations organisations, JdbcClient jdbc) {
        this.organisations = organisations;
        this.jdbc = jdbc;
    }

    /** A role as the dashboard lists it. */
    public record Listed(long id, String title, RoleStatus status, int sharers) {}

    @Override
    public int order() {
        return 1;
    }

    @Override
    public String template() {
        return "roles/_dashboard";
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Map<String, Object>> modelFor(SignedInMember member) {
        if (!member.staff()) {
            return Optional.empty();
        }
        return organisations.ofStaffMember(member.accountId()).map(organisation -> {
            List<Listed> roles = jdbc.sql("""
                            select id, title, status, sharers from shared_role
                            where organisation_id = :organisation
                            order by case status when 'PUBLISHED' then 0 when 'DRAFT' then 1 when 'FILLED' then 2
                                     else 3 end, updated_at desc, id desc
                            limit :shown
                            """)
                    .param("organisation", organisation.getId())
                    .param("shown", SHOWN + 1)
                    .query((rs, row) -> new Listed(
                            rs.getLong(1), rs.getString(2), RoleStatus.valueOf(rs.getString(3)), rs.getInt(4)))
                    .list();
            return Map.of("roles", roles.stream().limit(SHOWN).toList(), "more", roles.size() > SHOWN);
        });
    }
}
