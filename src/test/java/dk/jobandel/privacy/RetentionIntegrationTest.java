package dk.jobandel.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.MemberRegistration.NewPerson;
import dk.jobandel.notifications.MailDispatcher;
import dk.jobandel.notifications.Notifications;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/** The daily retention run on a fixed clock: warn at 21 months, erase at 24 after the warning, sign-in resets. */
@ApplicationTest
// its own context and database: a clock years ahead makes every account in a shared database inactive
@TestPropertySource(properties = "jobandel.privacy.notice-version=2026-12-retention")
class RetentionIntegrationTest {

    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PrivacySettings settings;

    @Autowired
    Erasures erasures;

    @Autowired
    Exports exports;

    @Autowired
    PersonalDataMap map;

    @Autowired
    Notifications notifications;

    @Autowired
    MailDispatcher mails;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MemberRegistration registration;

    Retention at(ZonedDateTime time) {
        return new Retention(
                jdbc,
                Clock.fixed(time.toInstant(), COPENHAGEN),
                settings,
                erasures,
                map,
                exports,
                notifications,
                mails,
                transactions);
    }

    long freelancerLastSeen(String name, ZonedDateTime lastLogin) {
        long id = registration.registerFreelancer(
                new NewPerson(name, Sessions.uniqueEmail("retention"), Sessions.PASSWORD, Locale.of("da")));
        jdbc.sql("update account set created_at = :at, last_login_at = :at where id = :id")
                .param("at", Timestamp.from(lastLogin.minusMonths(1).toInstant()))
                .param("id", id)
                .update();
        jdbc.sql("update account set last_login_at = :at where id = :id")
                .param("at", Timestamp.from(lastLogin.toInstant()))
                .param("id", id)
                .update();
        return id;
    }

    long signedUpWithoutConfirming(String name, ZonedDateTime signedUp) {
        long id = registration
                .signUpFreelancer(
                        new NewPerson(name, Sessions.uniqueEmail("unconfirmed"), Sessions.PASSWORD, Locale.of("da")))
                .orElseThrow();
        jdbc.sql("update account set created_at = :at where id = :id")
                .param("at", Timestamp.from(signedUp.toInstant()))
                .param("id", id)
                .update();
        return id;
    }

    int warnings(long id) {
        return jdbc.sql(
                        "select count(*) from notification where recipient_id = :id and kind = 'PRIVACY_RETENTION_WARNING'")
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    boolean erased(long id) {
        return jdbc.sql("select display_name from account where id = :id")
                .param("id", id)
                .query(String.class)
                .single()
                .equals("Tidligere medlem #" + id);
    }

    @Test
    void inactiveProfilesAreWarnedThenErasedUnlessTheMemberSignsIn() {
        ZonedDateTime firstRun = ZonedDateTime.of(2031, 1, 10, 3, 40, 0, 0, COPENHAGEN);
        long signsInAgain = freelancerLastSeen("Anna Aktiv", firstRun.minusMonths(22));
        long notYet = freelancerLastSeen("Bent Bagefter", firstRun.minusMonths(20));
        long longGone = freelancerLastSeen("Carl Væk", firstRun.minusMonths(30));

        var run = at(firstRun).run().orElseThrow();
        assertThat(run.warned()).isGreaterThanOrEqualTo(2);
        assertThat(warnings(signsInAgain)).isEqualTo(1);
        assertThat(warnings(longGone)).isEqualTo(1);
        assertThat(warnings(notYet)).isZero();
        // inactive long enough, but not warned long enough: nobody is erased without the warning period
        assertThat(erased(longGone)).isFalse();
        assertThat(jdbc.sql("select count(*) from mail_outbox where recipient_account_id = :id")
                        .param("id", longGone)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        // once a day, across nodes: the day's row is taken
        assertThat(at(firstRun.plusHours(2)).run()).isEmpty();

        // a sign-in the next day starts the count again
        jdbc.sql("update account set last_login_at = :at where id = :id")
                .param("at", Timestamp.from(firstRun.plusDays(1).toInstant()))
                .param("id", signsInAgain)
                .update();

        // a day before the warning period is over nothing is erased
        var early = at(firstRun.plusMonths(3).minusDays(1)).run().orElseThrow();
        assertThat(erased(longGone)).isFalse();
        assertThat(early.erased()).isZero();

        var later = at(firstRun.plusMonths(3).plusDays(1)).run().orElseThrow();
        assertThat(erased(longGone)).isTrue();
        assertThat(erased(signsInAgain)).isFalse();
        assertThat(warnings(signsInAgain)).isEqualTo(1);
        assertThat(warnings(notYet)).isEqualTo(1);
        assertThat(erased(notYet)).isFalse();
        assertThat(later.erased()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select erased from retention_run where run_date = :day")
                        .param("day", firstRun.plusMonths(3).plusDays(1).toLocalDate())
                        .query(Integer.class)
                        .single())
                .isEqualTo(later.erased());
        assertThat(jdbc.sql("select requested_by from privacy_erasure where account_id = :id")
                        .param("id", longGone)
                        .query(String.class)
                        .single())
                .isEqualTo("RETENTION");
    }

    @Test
    void signUpsNeverConfirmedAreRemovedAfterThirtyDays() {
        ZonedDateTime run = ZonedDateTime.of(2035, 6, 2, 3, 40, 0, 0, COPENHAGEN);
        long overdue = signedUpWithoutConfirming("Dorte Ubekræftet", run.minusDays(31));
        long recent = signedUpWithoutConfirming("Erik Endnu", run.minusDays(29));
        long confirmed = signedUpWithoutConfirming("Frida Fast", run.minusDays(31));
        jdbc.sql("update account set email_verified_at = created_at, last_login_at = :login where id = :id")
                .param("login", Timestamp.from(run.minusDays(2).toInstant()))
                .param("id", confirmed)
                .update();

        var result = at(run).run().orElseThrow();

        assertThat(erased(overdue)).isTrue();
        assertThat(erased(recent)).isFalse();
        assertThat(erased(confirmed)).isFalse();
        assertThat(result.unconfirmed()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select unconfirmed from retention_run where run_date = :day")
                        .param("day", run.toLocalDate())
                        .query(Integer.class)
                        .single())
                .isEqualTo(result.unconfirmed());
        assertThat(jdbc.sql("select reason from privacy_erasure where account_id = :id")
                        .param("id", overdue)
                        .query(String.class)
                        .single())
                .isEqualTo("unconfirmed sign-up");
        // the address is gone, so the person can sign up again with it
        assertThat(jdbc.sql("select count(*) from account where email like 'unconfirmed%' and id = :id")
                        .param("id", overdue)
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
