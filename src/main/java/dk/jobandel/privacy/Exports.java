package dk.jobandel.privacy;

import dk.jobandel.members.AccountLocks;
import dk.jobandel.members.Accounts;
import dk.jobandel.notifications.NoticeKind;
import dk.jobandel.notifications.Notifications;
import dk.jobandel.platform.PersonalData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A member's copy of everything Jobandel holds about them: asked for on the privacy page, built in the background
 * as a ZIP of one JSON file per module and a README in the member's language, announced by a notice and an e-mail,
 * and downloadable by that member only until it expires.
 *
 * <p>Any node may build: a requested export is claimed with {@code FOR UPDATE SKIP LOCKED}, so two nodes never
 * build the same one, and the row stays locked while it is built.
 */
@Service
public class Exports {

    private static final Logger log = LoggerFactory.getLogger(Exports.class);

    private final JdbcClient jdbc;
    private final PersonalDataMap map;
    private final Accounts accounts;
    private final AccountLocks accountLocks;
    private final Notifications notifications;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate transactions;

    Exports(
            JdbcClient jdbc,
            PersonalDataMap map,
            Accounts accounts,
            AccountLocks accountLocks,
            Notifications notifications,
            MessageSource messages,
            JsonMapper json,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.map = map;
        this.accounts = accounts;
        this.accountLocks = accountLocks;
        this.notifications = notifications;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public enum Status {
        REQUESTED,
        READY,
        FAILED
    }

    /** An export as the member's page lists it. */
    public record Export(
            long id,
            Status status,
            Instant requestedAt,
            @Nullable Instant expiresAt,
            @Nullable Integer sizeBytes) {}

    /** A ready export's file. */
    public record File(String name, byte[] content) {}

    /**
     * Asks for an export. A member with one waiting to be built gets that one rather than a second.
     *
     * @return the export's id
     */
    @Transactional
    public long request(long accountId) {
        // one waiting export per member, also when two requests race: the account row serialises them
        accountLocks.lock(accountId);
        Optional<Long> waiting = jdbc.sql(
                        "select id from privacy_export where account_id = :id and status = 'REQUESTED'")
                .param("id", accountId)
                .query(Long.class)
                .optional();
        return waiting.orElseGet(() -> jdbc.sql("""
                        insert into privacy_export (account_id, requested_at) values (:id, :now) returning id
                        """)
                .param("id", accountId)
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single());
    }

    /** The member's exports that have not expired, newest first. */
    @Transactional(readOnly = true)
    public List<Export> of(long accountId) {
        return jdbc.sql("""
                        select id, status, requested_at, expires_at, size_bytes from privacy_export
                        where account_id = :id and (expires_at is null or expires_at > :now)
                        order by requested_at desc, id desc
                        """)
                .param("id", accountId)
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, row) -> new Export(
                        rs.getLong(1),
                        Status.valueOf(rs.getString(2)),
                        rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(),
                        rs.getObject(5, Integer.class)))
                .list();
    }

    /** The file, for its own member only, while it has not expired; anybody else gets nothing. */
    @Transactional(readOnly = true)
    public Optional<File> download(long exportId, long accountId) {
        return jdbc.sql("""
                        select ready_at, content from privacy_export where id = :export and account_id = :me
                        and status = 'READY' and expires_at > :now
                        """)
                .param("export", exportId)
                .param("me", accountId)
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, row) -> new File(
                        "jobandel-data-"
                                + LocalDate.ofInstant(rs.getTimestamp(1).toInstant(), clock.getZone()) + ".zip",
                        rs.getBytes(2)))
                .optional();
    }

    /**
     * Builds every export waiting to be built, one transaction each, on whichever node gets there first.
     *
     * @return how many were built
     */
    @Scheduled(
            fixedDelayString = "${jobandel.privacy.export-poll:PT15S}",
            initialDelayString = "${jobandel.privacy.export-poll:PT15S}")
    public int buildWaiting() {
        int built = 0;
        while (Boolean.TRUE.equals(transactions.execute(tx -> buildOne()))) {
            built++;
        }
        return built;
    }

    private boolean buildOne() {
        var claimed = jdbc.sql("""
                        select id, account_id from privacy_export where status = 'REQUESTED'
                        order by id limit 1 for update skip locked
                        """)
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .optional();
        if (claimed.isEmpty()) {
            return false;
        }
        long id = claimed.get()[0];
        long accountId = claimed.get()[1];
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofDays(map.settings().exportDays()));
        byte[] zip = zip(accountId, now, expires);
        jdbc.sql("""
                        update privacy_export set status = 'READY', ready_at = :now, expires_at = :expires,
                               content = :content, size_bytes = :size where id = :id
                        """)
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(expires))
                .param("content", zip)
                .param("size", zip.length)
                .param("id", id)
                .update();
        notifications.notify(
                accountId,
                NoticeKind.PRIVACY_EXPORT_READY,
                List.of(LocalDate.ofInstant(expires, clock.getZone())),
                "/privacy/my-data");
        log.info("Built export {} ({} bytes)", id, zip.length);
        return true;
    }

    private byte[] zip(long accountId, Instant now, Instant expires) {
        var account = accounts.find(accountId).orElseThrow();
        Locale language = account.getPreferredLanguage();
        var bytes = new ByteArrayOutputStream();
        var files = new ArrayList<String>();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (PersonalData contribution : map.contributions()) {
                var part = contribution.export(accountId);
                if (part.isEmpty()) {
                    continue;
                }
                String file = contribution.name() + ".json";
                files.add(file);
                zip.putNextEntry(new ZipEntry(file));
                zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(part));
                zip.closeEntry();
            }
            String readme = messages.getMessage(
                    "privacy.export.readme",
                    new Object[] {
                        account.getDisplayName(),
                        LocalDate.ofInstant(now, clock.getZone()).toString(),
                        LocalDate.ofInstant(expires, clock.getZone()).toString(),
                        String.join(", ", files)
                    },
                    language);
            zip.putNextEntry(new ZipEntry(language.getLanguage().equals("da") ? "LAESMIG.txt" : "README.txt"));
            zip.write(readme.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Deletes expired exports (their content is personal data); part of the daily retention run. */
    @Transactional
    public int deleteExpired() {
        return jdbc.sql("""
                        delete from privacy_export where expires_at <= :now
                           or (status = 'FAILED' and requested_at <= :failedBefore)
                        """)
                .param("now", Timestamp.from(clock.instant()))
                .param(
                        "failedBefore",
                        Timestamp.from(clock.instant()
                                .minus(Duration.ofDays(map.settings().exportDays()))))
                .update();
    }
}
