package dk.jobandel.privacy;

import dk.jobandel.notifications.MailDispatcher;
import dk.jobandel.notifications.NoticeKind;
import dk.jobandel.notifications.Notifications;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily retention run: warns inactive freelancer profiles by e-mail, erases those still inactive when the
 * warning period is over, removes sign-ups never confirmed within {@code unconfirmed-days}, deletes handled mails and expired exports, and records its counts. A run is claimed by
 * inserting the day's row in {@code retention_run}, so of several nodes exactly one runs each day.
 *
 * <p>Inactive means no sign-in (or, never signed in, no sign-up) for {@code warn-after-months}. The erasure comes at
 * {@code erase-after-months} of inactivity, and never sooner than the difference after the warning, so nobody is
 * erased without the full warning period. Signing in after the warning starts the count again.
 */
@Service
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PrivacySettings settings;
    private final Erasures erasures;
    private final PersonalDataMap map;
    private final Exports exports;
    private final Notifications notifications;
    private final MailDispatcher mails;
    private final TransactionTemplate transactions;

    Retention(
            JdbcClient jdbc,
            Clock clock,
            PrivacySettings settings,
            Erasures erasures,
            PersonalDataMap map,
            Exports exports,
            Notifications notifications,
            MailDispatcher mails,
            PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
        this.erasures = erasures;
        this.map = map;
        this.exports = exports;
        this.notifications = notifications;
        this.mails = mails;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** What one day's run did. */
    public record Run(
            LocalDate day, int warned, int erased, int unconfirmed, int skipped, int expired, int mails, int exports) {}

    @Scheduled(cron = "${jobandel.privacy.retention-cron:0 40 3 * * *}", zone = "Europe/Copenhagen")
    public void daily() {
        run().ifPresent(run -> log.info("Retention run: {}", run));
    }

    /** Today's run, or empty when another node (or an earlier call) has run today already. */
    public Optional<Run> run() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        Integer claimed = transactions.execute(tx -> jdbc.sql("""
                        insert into retention_run (run_date, started_at) values (:day, :now)
                        on conflict (run_date) do nothing
                        """)
                .param("day", today)
                .param("now", Timestamp.from(now.toInstant()))
                .update());
        if (claimed == null || claimed == 0) {
            return Optional.empty();
        }
        Instant warnBefore = now.minusMonths(settings.warnAfterMonths()).toInstant();
        Instant eraseBefore = now.minusMonths(settings.eraseAfterMonths()).toInstant();
        Instant warnedBefore = now.minusMonths(settings.eraseAfterMonths() - settings.warnAfterMonths())
                .toInstant();

        int warned = 0;
        for (long id : inactiveFreelancers(
                warnBefore,
                warnedBefore,
                "and not exists (select 1 from retention_warning w"
                        + " where w.account_id = a.account_id and w.warned_at > a.last_active_at)")) {
            transactions.executeWithoutResult(tx -> warn(id, now));
            warned++;
        }
        int erased = 0;
        int skipped = 0;
        var due = inactiveFreelancers(
                eraseBefore,
                warnedBefore,
                "and exists (select 1 from retention_warning w"
                        + " where w.account_id = a.account_id and w.warned_at > a.last_active_at"
                        + " and w.warned_at <= :warnedBefore)");
        for (long id : due) {
            Erasures.Outcome outcome;
            try {
                outcome = erasures.eraseInactive(id);
            } catch (RuntimeException e) {
                // one account's failure must not stop the others; it is tried again tomorrow
                log.warn("Could not erase inactive account {}", id, e);
                outcome = Erasures.Outcome.BLOCKED;
            }
            if (outcome == Erasures.Outcome.ERASED) {
                erased++;
            } else {
                skipped++;
            }
        }
        int unconfirmed = 0;
        for (long id :
                unconfirmedSignUps(now.minusDays(settings.unconfirmedDays()).toInstant())) {
            Erasures.Outcome outcome;
            try {
                outcome = erasures.eraseUnconfirmed(id);
            } catch (RuntimeException e) {
                log.warn("Could not remove unconfirmed sign-up {}", id, e);
                outcome = Erasures.Outcome.BLOCKED;
            }
            if (outcome == Erasures.Outcome.ERASED) {
                unconfirmed++;
            } else {
                skipped++;
            }
        }
        int expired = 0;
        for (var contribution : map.contributions()) {
            expired += Objects.requireNonNullElse(
                    transactions.execute(tx -> contribution.removeExpired(now.toInstant())), 0);
        }
        int mailCount = mails.cleanUp();
        int exportCount = exports.deleteExpired();
        var run = new Run(today, warned, erased, unconfirmed, skipped, expired, mailCount, exportCount);
        transactions.executeWithoutResult(tx -> jdbc.sql("""
                        update retention_run set finished_at = :at, warned = :warned, erased = :erased,
                               unconfirmed = :unconfirmed, skipped = :skipped, expired = :expired, mails = :mails, exports = :exports
                        where run_date = :day
                        """)
                .param("at", Timestamp.from(clock.instant()))
                .param("warned", run.warned())
                .param("erased", run.erased())
                .param("unconfirmed", run.unconfirmed())
                .param("skipped", run.skipped())
                .param("expired", run.expired())
                .param("mails", run.mails())
                .param("exports", run.exports())
                .param("day", today)
                .update());
        return Optional.of(run);
    }

    /**
     * Enabled accounts that signed up before the time and never confirmed their e-mail address. Accounts that
     * existed before confirmation did were marked confirmed by the migration, so only new sign-ups qualify.
     */
    private List<Long> unconfirmedSignUps(Instant before) {
        return jdbc.sql("""
                        select a.account_id from member_account a
                        where a.enabled and a.email_verified_at is null and a.created_at < :before
                        order by a.account_id
                        """)
                .param("before", Timestamp.from(before))
                .query(Long.class)
                .list();
    }

    /** Enabled accounts whose only role is freelancer and whose last sign-in (or sign-up) is before the time. */
    private List<Long> inactiveFreelancers(Instant before, Instant warnedBefore, String condition) {
        return jdbc.sql("""
                        select a.account_id from member_account a
                        where a.enabled and a.last_active_at < :before and a.freelancer and a.only_freelancer
                        """ + condition + " order by a.account_id")
                .param("before", Timestamp.from(before))
                .param("warnedBefore", Timestamp.from(warnedBefore))
                .query(Long.class)
                .list();
    }

    private void warn(long accountId, ZonedDateTime now) {
        LocalDate erasureDay = now.plusMonths(settings.eraseAfterMonths() - settings.warnAfterMonths())
                .toLocalDate();
        notifications.notify(accountId, NoticeKind.PRIVACY_RETENTION_WARNING, List.of(erasureDay), "/privacy/my-data");
        jdbc.sql("""
                        insert into retention_warning (account_id, warned_at) values (:id, :now)
                        on conflict (account_id) do update set warned_at = excluded.warned_at
                        """)
                .param("id", accountId)
                .param("now", Timestamp.from(now.toInstant()))
                .update();
    }

    /** The latest runs, newest first, for the admin's records page. */
    public List<Run> latest(int limit) {
        return jdbc.sql("""
                        select run_date, warned, erased, unconfirmed, skipped, expired, mails, exports from retention_run
                        order by run_date desc limit :limit
                        """)
                .param("limit", limit)
                .query((rs, row) -> new Run(
                        rs.getObject(1, LocalDate.class),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getInt(7),
                        rs.getInt(8)))
                .list();
    }
}
