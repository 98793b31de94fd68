package dk.jobandel.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox. Every poll takes the due mails one at a time, each in its own transaction that
 * locks its row with {@code FOR UPDATE SKIP LOCKED}, so several instances (or an overlapping manual
 * run) never send the same mail twice and never wait for each other. A failure is recorded and retried
 * with exponential backoff; after {@code max-attempts} the mail is FAILED and stays in the table. A mail
 * the server refuses as unsendable (a malformed address) fails at once.
 *
 * <p>Delivery is at least once: if the database fails after the mail server accepted a mail, the mail
 * is sent again on a later poll. Without a mail server ({@code spring.mail.host} unset) mails are marked
 * LOCAL and stay readable on the demo outbox page.
 */
@Component
public class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int MAX_ERROR_LENGTH = 1000;

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mailServer;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String from;
    private final int batchSize;
    private final int maxAttempts;
    private final Duration firstRetry;
    private final Duration longestRetry;
    private final Duration keepFor;

    MailDispatcher(
            JdbcClient jdbc,
            ObjectProvider<JavaMailSender> mailServer,
            PlatformTransactionManager transactionManager,
            Clock clock,
            @Value("${jobandel.mail.from}") String from,
            @Value("${jobandel.mail.batch-size:50}") int batchSize,
            @Value("${jobandel.mail.max-attempts:10}") int maxAttempts,
            @Value("${jobandel.mail.first-retry:PT1M}") Duration firstRetry,
            @Value("${jobandel.mail.longest-retry:PT6H}") Duration longestRetry,
            @Value("${jobandel.mail.keep-for:P30D}") Duration keepFor) {
        this.jdbc = jdbc;
        this.mailServer = mailServer;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.from = from;
        this.batchSize = batchSize;
        this.maxAttempts = maxAttempts;
        this.firstRetry = firstRetry;
        this.longestRetry = longestRetry;
        this.keepFor = keepFor;
    }

    @Scheduled(
            fixedDelayString = "${jobandel.mail.poll-interval:PT30S}",
            initialDelayString = "${jobandel.mail.poll-interval:PT30S}")
    @SchedulerLock(name = "mail-outbox", lockAtMostFor = "PT30M")
    void poll() {
        int handled = deliverDue();
        if (handled > 0) {
            log.debug("Mail outbox: {} mail(s) handled", handled);
        }
    }

    /** Sends the mails that are due now; returns how many were handled (sent, failed or kept locally). */
    public int deliverDue() {
        return deliverDue(clock.instant());
    }

    /** As {@link #deliverDue()}, as if it were {@code now} (tests move time with it). */
    int deliverDue(Instant now) {
        int handled = 0;
        while (handled < batchSize && Boolean.TRUE.equals(transactions.execute(tx -> deliverOne(now)))) {
            handled++;
        }
        return handled;
    }

    private record Due(
            long id,
            String to,
            String subject,
            String body,
            @Nullable String html,
            int attempts) {}

    private boolean deliverOne(Instant now) {
        Optional<Due> claimed = jdbc.sql("""
                        select id, recipient_email, subject, body_text, body_html, attempts from mail_outbox
                        where status = 'PENDING' and next_attempt_at <= :now
                        order by next_attempt_at, id
                        limit 1
                        for update skip locked
                        """)
                .param("now", Timestamp.from(now))
                .query((rs, row) -> new Due(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6)))
                .optional();
        if (claimed.isEmpty()) {
            return false;
        }
        Due mail = claimed.get();
        JavaMailSender server = mailServer.getIfAvailable();
        if (server == null) {
            record(mail.id(), "LOCAL", mail.attempts() + 1, now, null, now);
            log.info("No mail server configured (spring.mail.host): mail {} stays in the local outbox", mail.id());
            return true;
        }
        try {
            server.send(message(server, mail));
            record(mail.id(), "SENT", mail.attempts() + 1, now, null, now);
        } catch (MailParseException | MailPreparationException unsendable) {
            record(mail.id(), "FAILED", mail.attempts() + 1, now, error(unsendable), null);
            log.warn("Mail {} cannot be sent and is given up: {}", mail.id(), unsendable.getMessage());
        } catch (MailException failed) {
            int attempts = mail.attempts() + 1;
            if (attempts >= maxAttempts) {
                record(mail.id(), "FAILED", attempts, now, error(failed), null);
                log.warn("Mail {} failed {} times and is given up: {}", mail.id(), attempts, failed.getMessage());
            } else {
                record(mail.id(), "PENDING", attempts, now.plus(backoff(attempts)), error(failed), null);
                log.info("Mail {} failed (attempt {}), retried later: {}", mail.id(), attempts, failed.getMessage());
            }
        }
        return true;
    }

    /** The wait after the n-th failed attempt: the first retry, doubled each time, at most the longest. */
    Duration backoff(int failedAttempts) {
        int doublings = Math.min(failedAttempts - 1, 30);
        Duration wait = firstRetry.multipliedBy(1L << doublings);
        return wait.compareTo(longestRetry) > 0 ? longestRetry : wait;
    }

    private MimeMessage message(JavaMailSender server, Due mail) {
        MimeMessage message = server.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(message, mail.html() != null, "UTF-8");
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            if (mail.html() != null) {
                helper.setText(mail.body(), mail.html());
            } else {
                helper.setText(mail.body());
            }
        } catch (MessagingException e) {
            throw new MailParseException(e);
        }
        return message;
    }

    private void record(
            long id,
            String status,
            int attempts,
            Instant nextAttemptAt,
            @Nullable String lastError,
            @Nullable Instant sentAt) {
        jdbc.sql("""
                        update mail_outbox set status = :status, attempts = :attempts, next_attempt_at = :next,
                            last_error = coalesce(:error, last_error), sent_at = :sent
                        where id = :id
                        """)
                .param("status", status)
                .param("attempts", attempts)
                .param("next", Timestamp.from(nextAttemptAt))
                .param("error", lastError)
                .param("sent", sentAt == null ? null : Timestamp.from(sentAt))
                .param("id", id)
                .update();
    }

    private static String error(Exception e) {
        String message = e.getClass().getSimpleName() + ": " + e.getMessage();
        return message.length() > MAX_ERROR_LENGTH ? message.substring(0, MAX_ERROR_LENGTH) : message;
    }

    /**
     * Deletes handled mails older than {@code keep-for}: their bodies hold personal data and
     * invitation links, and they are no use once handled.
     */
    @Scheduled(cron = "${jobandel.mail.clean-up-cron:0 15 3 * * *}", zone = "Europe/Copenhagen")
    @SchedulerLock(name = "mail-clean-up", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void scheduledCleanUp() {
        cleanUp();
    }

    public int cleanUp() {
        return transactions.execute(tx -> jdbc.sql("""
                        delete from mail_outbox where status <> 'PENDING' and created_at < :before
                        """)
                .param("before", Timestamp.from(clock.instant().minus(keepFor)))
                .update());
    }
}
