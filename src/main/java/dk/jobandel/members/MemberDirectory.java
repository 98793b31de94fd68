package dk.jobandel.members;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who is who, for pages that list or name members (consultants' views). */
@Service
public class MemberDirectory {

    private final JdbcClient jdbc;

    MemberDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record MemberSummary(long accountId, String displayName, String email) {}

    /** One page of freelancers by name, with one row more than asked when there is a next page. */
    @Transactional(readOnly = true)
    public List<MemberSummary> freelancers(int page, int size) {
        return jdbc.sql("""
                        select a.id, a.display_name, a.email from account a
                        join account_role r on r.account_id = a.id and r.role = 'FREELANCER'
                        order by a.display_name, a.id
                        limit :limit offset :offset
                        """)
                .param("limit", size + 1)
                .param("offset", (long) page * size)
                .query((rs, row) -> new MemberSummary(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** Whom to write to, and in which language: the language the member last chose on the site. */
    public record Addressee(long accountId, String displayName, String email, Locale language) {}

    /**
     * The enabled accounts among these, with their e-mail and preferred language, in one query. Disabled
     * accounts are left out: nobody writes to them.
     */
    @Transactional(readOnly = true)
    public List<Addressee> addressees(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, display_name, email, preferred_language from account
                        where id in (:ids) and enabled order by id
                        """)
                .param("ids", accountIds)
                .query((rs, row) ->
                        new Addressee(rs.getLong(1), rs.getString(2), rs.getString(3), Locale.of(rs.getString(4))))
                .list();
    }

    /** The members with these account ids, by name. */
    @Transactional(readOnly = true)
    public List<MemberSummary> staffOf(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, display_name, email from account where id in (:ids) order by display_name, id")
                .param("ids", accountIds)
                .query((rs, row) -> new MemberSummary(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Long> accountIdOf(String email) {
        return jdbc.sql("select id from account where email = :email")
                .param("email", Account.normaliseEmail(email))
                .query(Long.class)
                .optional();
    }

    @Transactional(readOnly = true)
    public Optional<MemberSummary> freelancer(long accountId) {
        return jdbc.sql("""
                        select a.id, a.display_name, a.email from account a
                        join account_role r on r.account_id = a.id and r.role = 'FREELANCER'
                        where a.id = :id
                        """)
                .param("id", accountId)
                .query((rs, row) -> new MemberSummary(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .optional();
    }
}
