package dk.jobandel.members;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The look-ups other modules need about members, so that they name none of this module's tables (issue 18): an
 * organisation's staff, and the names of organisations and accounts in the order the database sorts them. Who acts is
 * {@link Actors}'s.
 */
@Service
public class MemberLookups {

    private final JdbcClient jdbc;

    MemberLookups(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /**
     * Names (and kinds) of organisations and names of accounts, each name map in the order the database sorts the
     * names (then by id).
     */
    public record Names(
            Map<Long, String> organisations, Map<Long, OrganisationKind> kinds, Map<Long, String> accounts) {

        /** The organisation's name, or an empty text for an unknown one. */
        public String organisation(@Nullable Long id) {
            return id == null ? "" : organisations.getOrDefault(id, "");
        }

        /** The account's display name, or an empty text for an unknown (or erased) one. */
        public String account(@Nullable Long id) {
            return id == null ? "" : accounts.getOrDefault(id, "");
        }
    }

    /**
     * The names of these organisations and the display names of these accounts, in one statement: for a page whose
     * rows name both.
     */
    @Transactional(readOnly = true)
    public Names names(Collection<Long> organisationIds, Collection<Long> accountIds) {
        Map<Long, String> organisations = new LinkedHashMap<>();
        Map<Long, OrganisationKind> kinds = new HashMap<>();
        Map<Long, String> accounts = new LinkedHashMap<>();
        if (organisationIds.isEmpty() && accountIds.isEmpty()) {
            return new Names(organisations, kinds, accounts);
        }
        jdbc.sql("""
                        select true, id, name, kind from organisation where id = any(:orgs)
                        union all
                        select false, id, display_name, null from account where id = any(:accounts)
                        order by 1, 3, 2
                        """)
                .param("orgs", organisationIds.toArray(Long[]::new))
                .param("accounts", accountIds.toArray(Long[]::new))
                .query(rs -> {
                    if (rs.getBoolean(1)) {
                        organisations.put(rs.getLong(2), rs.getString(3));
                        kinds.put(rs.getLong(2), OrganisationKind.valueOf(rs.getString(4)));
                    } else {
                        accounts.put(rs.getLong(2), rs.getString(3));
                    }
                });
        return new Names(organisations, kinds, accounts);
    }

    /** What other modules show of an organisation or decide on: name, kind, home municipality, verification. */
    public record OrganisationFacts(
            long id, String name, OrganisationKind kind, short municipalityCode, boolean verified) {}

    /** The organisations with these ids: one statement, by name (as the database sorts it) and id. */
    @Transactional(readOnly = true)
    public List<OrganisationFacts> organisationFacts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, name, kind, municipality_code, verification_status = 'VERIFIED' from organisation
                        where id = any(:ids) order by name, id
                        """)
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, row) -> facts(rs))
                .list();
    }

    /** Every organisation of this kind: one statement, by name (as the database sorts it) and id. */
    @Transactional(readOnly = true)
    public List<OrganisationFacts> organisationsOfKind(OrganisationKind kind) {
        return jdbc.sql("""
                        select id, name, kind, municipality_code, verification_status = 'VERIFIED' from organisation
                        where kind = :kind order by name, id
                        """)
                .param("kind", kind.name())
                .query((rs, row) -> facts(rs))
                .list();
    }

    private static OrganisationFacts facts(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new OrganisationFacts(
                rs.getLong(1),
                rs.getString(2),
                OrganisationKind.valueOf(rs.getString(3)),
                rs.getShort(4),
                rs.getBoolean(5));
    }

    /** A staff member's name and e-mail address, for contacts shared with a partner. */
    public record Contact(String displayName, String email) {}

    /**
     * The enabled staff of these organisations with their e-mail addresses, by organisation id, each list by name (as
     * the database sorts it): one statement. An organisation without enabled staff has no entry.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<Contact>> staffContacts(Collection<Long> organisationIds) {
        Map<Long, List<Contact>> contacts = new HashMap<>();
        if (organisationIds.isEmpty()) {
            return contacts;
        }
        jdbc.sql("""
                        select s.organisation_id, a.display_name, a.email
                        from organisation_staff s join account a on a.id = s.account_id
                        where s.organisation_id = any(:ids) and a.enabled order by a.display_name, a.id
                        """).param("ids", organisationIds.toArray(Long[]::new)).query(rs -> {
            contacts.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                    .add(new Contact(rs.getString(2), rs.getString(3)));
        });
        return contacts;
    }

    /** An account's display name and the organisation it is staff of, if any. */
    public record Person(
            long accountId,
            String displayName,
            @Nullable Long organisationId,
            @Nullable String organisationName) {}

    /**
     * The accounts with these ids with the organisation each is staff of: one statement, by display name (as the
     * database sorts it) and id.
     */
    @Transactional(readOnly = true)
    public List<Person> people(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select a.id, a.display_name, o.id, o.name from account a
                        left join organisation_staff s on s.account_id = a.id
                        left join organisation o on o.id = s.organisation_id
                        where a.id = any(:ids) order by a.display_name, a.id
                        """)
                .param("ids", accountIds.toArray(Long[]::new))
                .query((rs, row) ->
                        new Person(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class), rs.getString(4)))
                .list();
    }
}
