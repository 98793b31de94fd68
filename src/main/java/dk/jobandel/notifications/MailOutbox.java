package dk.jobandel.notifications;

import dk.jobandel.platform.MailQueue;
import dk.jobandel.platform.SignedInMember;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional outbox of e-mails: a mail is a row written in the transaction of what it tells
 * about, so it is sent if and only if that commits. {@link MailDispatcher} sends the rows later.
 */
@Service
public class MailOutbox implements MailQueue {

    /** Where a queued mail stands. */
    public enum Status {
        /** Waiting to be sent (again, after a failure, at {@code nextAttemptAt}). */
        PENDING,
        /** Handed to the mail server. */
        SENT,
        /** Given up after too many failures, or refused as unsendable; kept for people to look at. */
        FAILED,
        /** No mail server is configured: delivered to the local outbox only (development, demo, tests). */
        LOCAL
    }

    /** A mail as the demo outbox page shows it. */
    public record Mail(
            long id,
            String to,
            Locale language,
            String subject,
            String body,
            Status status,
            int attempts,
            @Nullable String lastError,
            Instant createdAt,
            @Nullable Instant sentAt) {}

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mailServer;
    private final Clock clock;

    MailOutbox(JdbcClient jdbc, ObjectProvider<JavaMailSender> mailServer, Clock clock) {
        this.jdbc = jdbc;
        this.mailServer = mailServer;
        this.clock = clock;
    }

    @Override
    @Transactional
    public boolean enqueue(String to, @Nullable Long recipientAccountId, Locale language, String subject, String body) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        insert into mail_outbox (recipient_email, recipient_account_id, locale, subject, body_text,
                                                 next_attempt_at, created_at)
                        values (:to, :account, :locale, :subject, :body, :now, :now)
                        """)
                .param("to", to)
                .param("account", recipientAccountId)
                .param("locale", language.toLanguageTag())
                .param("subject", subject)
                .param("body", body)
                .param("now", now)
                .update();
        return mailServer.getIfAvailable() != null;
    }

    /**
     * What a member reads in the demo outbox: consultants and admins every mail, as they would a shared test mailbox;
     * every other member the mails sent to their own address.
     *
     * @param everything whether the mails are everybody's
     */
    public record Readable(boolean everything, List<Mail> mails) {

        public Readable {
            mails = List.copyOf(mails);
        }
    }

    /** The newest mails the member may read, at most {@code limit}; {@code email} is the member's own address. */
    @Transactional(readOnly = true)
    public Readable readableBy(SignedInMember reader, String email, int limit) {
        boolean everything = reader.consultant();
        return new Readable(everything, everything ? newest(limit) : newestTo(email, limit));
    }

    /** The newest mails, for the demo outbox page. */
    @Transactional(readOnly = true)
    public List<Mail> newest(int limit) {
        return jdbc.sql(SELECT + " order by created_at desc, id desc limit :limit")
                .param("limit", limit)
                .query((rs, row) -> mail(rs))
                .list();
    }

    /** The newest mails to one address (a member reading their own mail on the demo outbox page). */
    @Transactional(readOnly = true)
    public List<Mail> newestTo(String email, int limit) {
        return jdbc.sql(SELECT + " where lower(recipient_email) = lower(:email) order by created_at desc, id desc"
                        + " limit :limit")
                .param("email", email)
                .param("limit", limit)
                .query((rs, row) -> mail(rs))
                .list();
    }

    private static final String SELECT = """
            select id, recipient_email, locale, subject, body_text, status, attempts, last_error, created_at, sent_at
            from mail_outbox""";

    private static Mail mail(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp sent = rs.getTimestamp(10);
        return new Mail(
                rs.getLong(1),
                rs.getString(2),
                Locale.forLanguageTag(rs.getString(3)),
                rs.getString(4),
                rs.getString(5),
                Status.valueOf(rs.getString(6)),
                rs.getInt(7),
                rs.getString(8),
                rs.getTimestamp(9).toInstant(),
                sent == null ? null : sent.toInstant());
    }
}
