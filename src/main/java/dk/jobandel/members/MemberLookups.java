package dk.jobandel.members;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The look-ups other modules need about who acts and what members are called, so that they name none of this
 * module's tables (issue 18): the acting account's organisation and roles, an organisation's staff, and the names of
 * organisations and accounts in the order the database sorts them.
 */
@Service
public class MemberLookups {

    private final JdbcClient jdbc;

    MemberLookups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Who acts: the organisation the account is staff of (or {@code null}), whether that organisation is verified,
     * and whether the account is a consultant or an admin.
     */
    public record Acting(
            long accountId, @Nullable Long organisationId, boolean organisationVerified, boolean consultant) {}

    /** One statement, whatever the account. */
    @Transactional(readOnly = true)
    public Acting acting(long accountId) {
        return jdbc.sql("""
                        select exists (select 1 from account_role r
                                       where r.account_id = :a and r.role in ('CONSULTANT', 'ADMIN')),
                               s.organisation_id, coalesce(o.verification_status = 'VERIFIED', false)
                        from (select 1) one
                        left join organisation_staff s on s.account_id = :a
                        left join organisation o on o.id = s.organisation_id
                        """)
                .param("a", accountId)
                .query((rs, row) ->
                        new Acting(accountId, rs.getObject(2, Long.class), rs.getBoolean(3), rs.getBoolean(1)))
                .single();
    }

    /** The accounts of the organisation's staff, by account id. */
    @Transactional(readOnly = true)
    public List<Long> staffOf(long organisationId) {
        return jdbc.sql("select account_id from organisation_staff where organisation_id = :o order by account_id")
                .param("o", organisationId)
                .query(Long.class)
                .list();
    }

    /** An organisation's id and name, and whether a consultant has verified it. */
    public record NamedOrganisation(long id, String name, boolean verified) {}

    /**
     * The organisations with these ids and, when {@code withEveryVerified}, every verified organisation too: one
     * statement, by name (as the database sorts it) and id.
     */
    @Transactional(readOnly = true)
    public List<NamedOrganisation> organisations(Collection<Long> ids, boolean withEveryVerified) {
        if (ids.isEmpty() && !withEveryVerified) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, name, verification_status = 'VERIFIED' from organisation
                        where id = any(:ids) or (cast(:verified as boolean) and verification_status = 'VERIFIED')
                        order by name, id
                        """)
                .param("ids", ids.toArray(Long[]::new))
                .param("verified", withEveryVerified)
                .query((rs, row) -> new NamedOrganisation(rs.getLong(1), rs.getString(2), rs.getBoolean(3)))
                .list();
    }

    /** The names of the organisations with these ids, in the order {@link #organisations} gives. */
    @Transactional(readOnly = true)
    public Map<Long, String> organisationNames(Collection<Long> ids) {
        Map<Long, String> names = new LinkedHashMap<>();
        organisations(ids, false).forEach(o -> names.put(o.id(), o.name()));
        return names;
    }

    /** The display names of the accounts with these ids: one statement, by name (as the database sorts it) and id. */
    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(Collection<Long> accountIds) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (accountIds.isEmpty()) {
            return names;
        }
        jdbc.sql("select id, display_name from account where id = any(:ids) order by display_name, id")
                .param("ids", accountIds.toArray(Long[]::new))
                .query(rs -> {
                    names.put(rs.getLong(1), rs.getString(2));
                });
        return names;
    }
}
