package dk.jobandel.notifications;

import dk.jobandel.members.MemberDirectory;
import dk.jobandel.members.MemberDirectory.Addressee;
import dk.jobandel.platform.ListPage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells members what happened: a notice in their notification centre and, for kinds they must act on
 * ({@link NoticeKind#mailed()}), an e-mail in their preferred language.
 *
 * <p>Call {@link #notify} inside the transaction of the change it tells about (it joins it): the notice
 * and the queued e-mail are committed with that change or not at all, and sending happens later with
 * retries, so a failing mail server never blocks the change nor loses the mail. Members reach their
 * own notices only: every read and change names the signed-in member.
 */
@Service
public class Notifications {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final MemberDirectory directory;
    private final MailOutbox outbox;
    private final NoticePreferences preferences;
    private final MessageSource messages;
    private final Clock clock;
    private final String publicUrl;

    Notifications(
            JdbcClient jdbc,
            JsonMapper json,
            MemberDirectory directory,
            MailOutbox outbox,
            NoticePreferences preferences,
            MessageSource messages,
            Clock clock,
            @Value("${jobandel.public-url}") String publicUrl) {
        this.jdbc = jdbc;
        this.json = json;
        this.directory = directory;
        this.outbox = outbox;
        this.preferences = preferences;
        this.messages = messages;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** A notice as the notification centre shows it, its text already in the reader's language. */
    public record Notice(
            long id,
            String text,
            String link,
            Instant createdAt,
            @Nullable Instant readAt) {
        public boolean unread() {
            return readAt == null;
        }
    }

    /**
     * Notifies one member.
     *
     * @param arguments the texts' arguments in the order {@link NoticeKind} documents: strings, numbers
     *     or {@code LocalDate}s
     * @param link a path on this site that shows what the notice is about, e.g. {@code /offers/12}
     * @throws IllegalArgumentException when the arguments or the link do not fit the kind
     */
    @Transactional
    public void notify(long recipientAccountId, NoticeKind kind, List<?> arguments, String link) {
        notify(List.of(recipientAccountId), kind, arguments, link);
    }

    /** Notifies several members of the same thing (say, an organisation's staff); see the single form. */
    @Transactional
    public void notify(Collection<Long> recipientAccountIds, NoticeKind kind, List<?> arguments, String link) {
        if (arguments.size() != kind.arguments()) {
            throw new IllegalArgumentException(
                    kind + " takes " + kind.arguments() + " arguments, not " + arguments.size());
        }
        // the centre redirects to the link: only paths on this site (a backslash counts as a slash to browsers)
        if (!link.startsWith("/") || link.startsWith("//") || link.contains("\\")) {
            throw new IllegalArgumentException("A notice links to a path on this site, not " + link);
        }
        var recipients = new LinkedHashSet<>(recipientAccountIds);
        String stored = NoticeArguments.toJson(json, arguments);
        Timestamp now = Timestamp.from(clock.instant());
        for (long recipient : recipients) {
            jdbc.sql("""
                            insert into notification (recipient_id, kind, message_key, params, link, created_at)
                            values (:recipient, :kind, :key, cast(:params as jsonb), :link, :now)
                            """)
                    .param("recipient", recipient)
                    .param("kind", kind.name())
                    .param("key", kind.messageKey())
                    .param("params", stored)
                    .param("link", link)
                    .param("now", now)
                    .update();
        }
        if (kind.mailed()) {
            var mailTo = new LinkedHashSet<>(recipients);
            mailTo.removeAll(preferences.optedOut(recipients, kind));
            for (Addressee addressee : directory.addressees(mailTo)) {
                mail(addressee, kind, arguments, link);
            }
        }
    }

    /** The e-mail is written now, in the language the recipient chose last, and queued. */
    private void mail(Addressee to, NoticeKind kind, List<?> arguments, String link) {
        Locale language = to.language();
        Object[] args = NoticeArguments.forText(arguments, language);
        String subject = messages.getMessage(kind.subjectKey(), args, language);
        String body = messages.getMessage(
                "notice.mail",
                new Object[] {to.displayName(), messages.getMessage(kind.bodyKey(), args, language), publicUrl + link},
                language);
        outbox.enqueue(to.email(), to.accountId(), language, subject, body);
    }

    /** How many of the member's notices are unread: one count on an index of unread notices only. */
    @Transactional(readOnly = true)
    public long unreadCount(long accountId) {
        return jdbc.sql("select count(*) from notification where recipient_id = :me and read_at is null")
                .param("me", accountId)
                .query(Long.class)
                .single();
    }

    /**
     * A page of the member's own notices, newest first, written in the reader's language, with how many the member
     * has, counted in the same statement; a page past the end is the last page (a second statement counts them then).
     */
    @Transactional(readOnly = true)
    public ListPage<Notice> page(long accountId, int number, int size, Locale language) {
        List<Map.Entry<Notice, Long>> rows = jdbc.sql("""
                        select id, message_key, params::text, link, created_at, read_at, count(*) over ()
                        from notification
                        where recipient_id = :me
                        order by created_at desc, id desc
                        limit :limit offset :offset
                        """)
                .param("me", accountId)
                .param("limit", size)
                .param("offset", ListPage.offset(number, size))
                .query((rs, row) -> {
                    Timestamp read = rs.getTimestamp(6);
                    return Map.entry(
                            new Notice(
                                    rs.getLong(1),
                                    messages.getMessage(
                                            rs.getString(2),
                                            NoticeArguments.forText(json, rs.getString(3), language),
                                            rs.getString(2),
                                            language),
                                    rs.getString(4),
                                    rs.getTimestamp(5).toInstant(),
                                    read == null ? null : read.toInstant()),
                            rs.getLong(7));
                })
                .list();
        if (rows.isEmpty() && number > 0) {
            long total = jdbc.sql("select count(*) from notification where recipient_id = :me")
                    .param("me", accountId)
                    .query(Long.class)
                    .single();
            return total == 0
                    ? ListPage.empty(size)
                    : page(accountId, ListPage.lastNumber(total, size), size, language);
        }
        return new ListPage<>(
                rows.stream().map(Map.Entry::getKey).toList(),
                number,
                size,
                rows.isEmpty() ? 0 : rows.getFirst().getValue());
    }

    /**
     * Marks one of the member's notices read (again is harmless).
     *
     * @throws NoticeNotFound when the member has no such notice, including another member's
     */
    @Transactional
    public void markRead(long accountId, long noticeId) {
        int updated = jdbc.sql("""
                        update notification set read_at = coalesce(read_at, :now)
                        where id = :id and recipient_id = :me
                        """)
                .param("now", Timestamp.from(clock.instant()))
                .param("id", noticeId)
                .param("me", accountId)
                .update();
        if (updated == 0) {
            throw new NoticeNotFound(noticeId);
        }
    }

    /**
     * Opens one of the member's notices: marks it read and returns where it leads.
     *
     * @throws NoticeNotFound when the member has no such notice, including another member's
     */
    @Transactional
    public String open(long accountId, long noticeId) {
        return jdbc.sql("""
                        update notification set read_at = coalesce(read_at, :now)
                        where id = :id and recipient_id = :me
                        returning link
                        """)
                .param("now", Timestamp.from(clock.instant()))
                .param("id", noticeId)
                .param("me", accountId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NoticeNotFound(noticeId));
    }

    /** Marks all of the member's notices read; returns how many were unread. */
    @Transactional
    public int markAllRead(long accountId) {
        return jdbc.sql("update notification set read_at = :now where recipient_id = :me and read_at is null")
                .param("now", Timestamp.from(clock.instant()))
                .param("me", accountId)
                .update();
    }
}
