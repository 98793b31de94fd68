package dk.jobandel.notifications;

import dk.jobandel.members.Account;
import dk.jobandel.members.Accounts;
import dk.jobandel.platform.PersonalData;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Notices to the person and the e-mails sent to them; both go at erasure. */
@Component
class NotificationPersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Duration mailsKeptFor;

    NotificationPersonalData(
            JdbcClient jdbc, Accounts accounts, @Value("${jobandel.mail.keep-for:P30D}") Duration mailsKeptFor) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.mailsKeptFor = mailsKeptFor;
    }

    @Override
    public String name() {
        return "notifications";
    }

    /** After the modules whose erasure tells other members something. */
    @Override
    public int order() {
        return 900;
    }

    @Override
    public Set<String> tables() {
        return Set.of("notification", "mail_outbox", "notice_mail_opt_out");
    }

    @Override
    public Map<String, ?> export(long accountId) {
        String email = accounts.find(accountId).map(Account::getEmail).orElse("");
        return Map.of(
                "notices",
                jdbc.sql("""
                                select kind, params, link, created_at, read_at from notification
                                where recipient_id = :id order by created_at, id
                                """).param("id", accountId).query().listOfRows().stream()
                        .map(PersonalData::row)
                        .toList(),
                "emailsToYou",
                jdbc.sql("""
                                select recipient_email, subject, body_text, status, created_at, sent_at from mail_outbox
                                where recipient_account_id = :id
                                   or recipient_email = :email
                                order by created_at, id
                                """).param("id", accountId).param("email", email).query().listOfRows().stream()
                        .map(PersonalData::row)
                        .toList(),
                "noticesYouDoNotWantByEmail",
                jdbc.sql("select kind from notice_mail_opt_out where account_id = :id order by kind")
                        .param("id", accountId)
                        .query(String.class)
                        .list());
    }

    @Override
    public void erase(Erasure erasure) {
        jdbc.sql("delete from notification where recipient_id = :id")
                .param("id", erasure.accountId())
                .update();
        jdbc.sql("delete from mail_outbox where recipient_account_id = :id or recipient_email = :email")
                .param("id", erasure.accountId())
                .param("email", erasure.email())
                .update();
        jdbc.sql("delete from notice_mail_opt_out where account_id = :id")
                .param("id", erasure.accountId())
                .update();
    }

    @Override
    public List<Purpose> purposes() {
        return List.of(new Purpose("notifications", List.of(mailsKeptFor.toDays()), false));
    }
}
