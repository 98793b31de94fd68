package dk.jobandel.members;

import dk.jobandel.platform.RequestMemo;
import dk.jobandel.platform.SignedInMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Builds the {@link Actor}: the one place where "who acts" is read (issue 18). One statement per account and page: the
 * organisation the account is staff of, with its kind and verification, and whether the account is a consultant or an
 * admin. For a signed-in member the roles are the session's (as the pages and the security rules see them); for a bare
 * account id (a façade called with one, work outside a request) they are the database's.
 */
@Service
public class Actors {

    private final JdbcClient jdbc;

    Actors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The signed-in member as the modules' rules see them. */
    public Actor of(SignedInMember member) {
        Actor read = of(member.accountId());
        return read.consultant() == member.consultant()
                ? read
                : new Actor(read.accountId(), member.consultant(), read.organisationId(), read.kind(), read.verified());
    }

    /**
     * The account as the modules' rules see it: one statement, remembered for the rest of a page request. No
     * transaction of its own: one statement needs none, and the remembered answer then costs no connection.
     */
    public Actor of(long accountId) {
        return RequestMemo.get("actor." + accountId, () -> read(accountId));
    }

    private Actor read(long accountId) {
        return jdbc.sql("""
                        select exists (select 1 from account_role r
                                       where r.account_id = :a and r.role in ('CONSULTANT', 'ADMIN')),
                               o.id, o.kind, coalesce(o.verification_status = 'VERIFIED', false)
                        from (select 1) one
                        left join organisation_staff s on s.account_id = :a
                        left join organisation o on o.id = s.organisation_id
                        """)
                .param("a", accountId)
                .query((rs, row) -> {
                    String kind = rs.getString(3);
                    return new Actor(
                            accountId,
                            rs.getBoolean(1),
                            rs.getObject(2, Long.class),
                            kind == null ? null : OrganisationKind.valueOf(kind),
                            rs.getBoolean(4));
                })
                .single();
    }
}
