package dk.jobandel.members;

import dk.jobandel.platform.PersonalData;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The account, its roles, the organisation it works for and invitations addressed to it. Erasure keeps the
 * account row as an anonymous stub (agreements kept under the bookkeeping rules reference its id).
 */
@Component
class MemberPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    MemberPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "account";
    }

    @Override
    public int order() {
        return 1000;
    }

    @Override
    public Set<String> tables() {
        return Set.of(
                "account",
                "account_role",
                "organisation_staff",
                "organisation_owner",
                "staff_invitation",
                "organisation_decision");
    }

    @Override
    public Map<String, ?> export(long accountId) {
        var out = new LinkedHashMap<String, Object>();
        out.put(
                "account",
                jdbc.sql("""
                                select id, email, display_name, preferred_language, created_at, last_login_at,
                                       privacy_consent_at from account where id = :id
                                """).param("id", accountId).query().listOfRows().stream()
                        .map(PersonalData::row)
                        .findFirst()
                        .orElse(Map.of()));
        out.put(
                "roles",
                jdbc.sql("select role from account_role where account_id = :id order by role")
                        .param("id", accountId)
                        .query(String.class)
                        .list());
        out.put(
                "organisations",
                jdbc.sql("""
                                select o.name, o.cvr, s.joined_at,
                                       exists (select 1 from organisation_owner w where w.organisation_id = o.id
                                               and w.account_id = s.account_id) as owner
                                from organisation_staff s
                                join organisation o on o.id = s.organisation_id where s.account_id = :id
                                """).param("id", accountId).query().listOfRows().stream()
                        .map(PersonalData::row)
                        .toList());
        out.put(
                "invitationsToYou",
                jdbc.sql("""
                                select o.name as organisation, i.created_at, i.expires_at, i.accepted_at
                                from staff_invitation i join organisation o on o.id = i.organisation_id
                                where i.email = (select email from account where id = :id)
                                """).param("id", accountId).query().listOfRows().stream()
                        .map(PersonalData::row)
                        .toList());
        out.put(
                "verificationDecisionsYouTook",
                jdbc.sql("""
                                select o.name as organisation, d.decision, d.reason, d.decided_at
                                from organisation_decision d join organisation o on o.id = d.organisation_id
                                where d.decided_by = :id order by d.decided_at
                                """).param("id", accountId).query().listOfRows().stream()
                        .map(PersonalData::row)
                        .toList());
        return out;
    }

    /** An organisation's only staff member cannot leave it without anybody to answer for it. */
    @Override
    public List<Blocker> blockers(long accountId) {
        var lastStaff = jdbc.sql("""
                        select o.name from organisation_staff s join organisation o on o.id = s.organisation_id
                        where s.account_id = :id
                          and not exists (select 1 from organisation_staff other
                                          where other.organisation_id = s.organisation_id
                                            and other.account_id <> s.account_id)
                        """).param("id", accountId).query(String.class).list().stream()
                .map(name -> new Blocker("privacy.blocked.lastStaff", List.<Object>of(name)))
                .toList();
        // the last owner of an organisation with other staff: the organisation would be left without an owner
        var lastOwner = jdbc.sql("""
                        select o.name from organisation_owner w join organisation o on o.id = w.organisation_id
                        where w.account_id = :id
                          and not exists (select 1 from organisation_owner other
                                          where other.organisation_id = w.organisation_id
                                            and other.account_id <> w.account_id)
                          and exists (select 1 from organisation_staff s
                                      where s.organisation_id = w.organisation_id and s.account_id <> w.account_id)
                        """).param("id", accountId).query(String.class).list().stream()
                .map(name -> new Blocker("privacy.blocked.lastOwner", List.<Object>of(name)));
        return java.util.stream.Stream.concat(lastStaff.stream(), lastOwner).toList();
    }

    @Override
    public void erase(Erasure erasure) {
        long id = erasure.accountId();
        jdbc.sql("delete from staff_invitation where email = :email")
                .param("email", erasure.email())
                .update();
        jdbc.sql("update staff_invitation set invited_by = null where invited_by = :id")
                .param("id", id)
                .update();
        jdbc.sql("update organisation_decision set decided_by = null where decided_by = :id")
                .param("id", id)
                .update();
        jdbc.sql("delete from organisation_owner where account_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("delete from organisation_staff where account_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("delete from account_role where account_id = :id")
                .param("id", id)
                .update();
        // the stub: no address, no name but the alias, no password, never enabled again
        jdbc.sql("""
                        update account set email = :stub, display_name = :alias, password_hash = '', enabled = false,
                               last_login_at = null, privacy_consent_at = null, created_at = :at, version = version + 1
                        where id = :id
                        """)
                .param("stub", "erased-" + id + "@erased.invalid")
                .param("alias", erasure.alias())
                .param("at", Timestamp.from(erasure.at()))
                .param("id", id)
                .update();
    }

    @Override
    public List<Purpose> purposes() {
        return List.of(new Purpose("account", List.of(), true));
    }
}
