package dk.jobandel.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.jobandel.members.MemberRegistration;
import dk.jobandel.members.MemberRegistration.NewPerson;
import dk.jobandel.platform.LanguagePreferenceChanged;
import dk.jobandel.testsupport.ApplicationTest;
import dk.jobandel.testsupport.Sessions;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Notices and their e-mails: stored with the caller's transaction, written in the recipient's language. */
@ApplicationTest
class NotificationsIntegrationTest {

    private static final LocalDate ANSWER_BY = LocalDate.of(2026, 5, 12);

    @Autowired
    Notifications notifications;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    MemberRegistration registration;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcClient jdbc;

    @Value("${jobandel.public-url}")
    String publicUrl;

    record Queued(String recipientEmail, String locale, String subject, String bodyText, String status) {}

    private long member(String name, Locale language) {
        return registration.registerFreelancer(
                new NewPerson(name, Sessions.uniqueEmail("member"), Sessions.PASSWORD, language));
    }

    private List<Queued> mailsTo(long accountId) {
        return jdbc.sql("""
                        select recipient_email, locale, subject, body_text, status from mail_outbox
                        where recipient_account_id = :id order by id
                        """).param("id", accountId).query(Queued.class).list();
    }

    private long notices(long accountId) {
        return jdbc.sql("select count(*) from notification where recipient_id = :id")
                .param("id", accountId)
                .query(Long.class)
                .single();
    }

    @Test
    void theNoticeAndItsMailAreCommittedWithTheCallersTransactionOrNotAtAll() {
        long member = member("Rikke Rul", Locale.of("da"));
        var transactions = new TransactionTemplate(transactionManager);

        transactions.executeWithoutResult(tx -> {
            notifications.notify(
                    member, NoticeKind.OFFER_RECEIVED, List.of("Kok", "Andelskøkkenet", ANSWER_BY), "/offers/1");
            assertThat(notices(member)).isOne();
            tx.setRollbackOnly(); // the caller's change fails after notifying
        });
        assertThat(notices(member)).isZero();
        assertThat(mailsTo(member)).isEmpty();

        transactions.executeWithoutResult(tx -> notifications.notify(
                member, NoticeKind.OFFER_RECEIVED, List.of("Kok", "Andelskøkkenet", ANSWER_BY), "/offers/1"));
        assertThat(notices(member)).isOne();
        assertThat(mailsTo(member)).singleElement().extracting(Queued::status).isEqualTo("PENDING");
    }

    @Test
    void eachRecipientIsMailedInTheLanguageTheyChoseLast() {
        long danish = member("Dorthe Dansk", Locale.of("da"));
        long english = member("Emma English", Locale.ENGLISH);

        notifications.notify(
                List.of(danish, english),
                NoticeKind.OFFER_RECEIVED,
                List.of("Kok i frokostkantinen", "Andelskøkkenet Nørrebro", ANSWER_BY),
                "/offers/7");

        Queued da = mailsTo(danish).getFirst();
        assertThat(da.locale()).isEqualTo("da");
        assertThat(da.subject()).isEqualTo("Nyt tilbud: Kok i frokostkantinen hos Andelskøkkenet Nørrebro");
        assertThat(da.bodyText())
                .startsWith("Hej Dorthe Dansk")
                .contains("svar ja eller nej senest 12. maj 2026")
                .contains(publicUrl + "/offers/7");
        Queued en = mailsTo(english).getFirst();
        assertThat(en.locale()).isEqualTo("en");
        assertThat(en.subject()).isEqualTo("New offer: Kok i frokostkantinen at Andelskøkkenet Nørrebro");
        assertThat(en.bodyText())
                .startsWith("Hello Emma English")
                .contains("accept or decline it by May 12, 2026")
                .contains(publicUrl + "/offers/7");

        // the member switches to English on the site: the next mail follows
        new TransactionTemplate(transactionManager)
                .executeWithoutResult(tx -> events.publishEvent(new LanguagePreferenceChanged(danish, Locale.ENGLISH)));
        notifications.notify(danish, NoticeKind.OFFER_EXPIRED, List.of("Kok", "Andelskøkkenet"), "/offers/7");
        assertThat(mailsTo(danish).getLast().subject()).isEqualTo("The offer for Kok at Andelskøkkenet has expired");
    }

    @Test
    void theNotificationCentreWritesANoticeInTheReadersLanguageOfToday() {
        long member = member("Bo Begge", Locale.of("da"));
        notifications.notify(
                member, NoticeKind.AGREEMENT_ENDED, List.of("Kok", "Andelskøkkenet", ANSWER_BY), "/agreements/3");

        var danish = notifications.page(member, 0, 20, Locale.of("da")).rows();
        var english = notifications.page(member, 0, 20, Locale.ENGLISH).rows();

        assertThat(danish).singleElement().satisfies(notice -> {
            assertThat(notice.text()).isEqualTo("Aftalen om Kok hos Andelskøkkenet slutter 12. maj 2026.");
            assertThat(notice.link()).isEqualTo("/agreements/3");
            assertThat(notice.unread()).isTrue();
        });
        assertThat(english.getFirst().text())
                .isEqualTo("The agreement for Kok at Andelskøkkenet ends on May 12, 2026.");
    }

    @Test
    void aKindNobodyMustActOnIsNotMailed() {
        long member = member("Ingen Post", Locale.of("da"));
        notifications.notify(
                member, NoticeKind.COLLEAGUE_JOINED, List.of("Jonas Vang", "Kulturhuset"), "/organisation/staff");
        assertThat(notices(member)).isOne();
        assertThat(mailsTo(member)).isEmpty();
    }

    @Test
    void argumentsAndLinksThatDoNotFitAreRefused() {
        long member = member("Streng Regel", Locale.of("da"));
        assertThatThrownBy(() ->
                        notifications.notify(member, NoticeKind.ORGANISATION_VERIFIED, List.of("a", "b"), "/dashboard"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> notifications.notify(
                        member, NoticeKind.ORGANISATION_VERIFIED, List.of(new Object()), "/dashboard"))
                .isInstanceOf(IllegalArgumentException.class);
        for (String link : List.of("https://evil.example/", "//evil.example/", "/\\evil.example/", "dashboard")) {
            assertThatThrownBy(
                            () -> notifications.notify(member, NoticeKind.ORGANISATION_VERIFIED, List.of("Org"), link))
                    .as(link)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(notices(member)).isZero();
    }

    @Test
    void withoutAMailServerTheMailStaysInTheLocalOutbox() {
        long member = member("Lokal Lise", Locale.of("da"));
        notifications.notify(member, NoticeKind.ORGANISATION_VERIFIED, List.of("Fælles IT"), "/roles");

        // other tests' mails may be due as well: deliver until every due mail is out
        assertThat(dispatcher.deliverDue()).isPositive();
        while (dispatcher.deliverDue() > 0) {
            // the next batch
        }

        Queued mail = mailsTo(member).getFirst();
        assertThat(mail.status()).isEqualTo("LOCAL");
        assertThat(mail.subject()).isEqualTo("Fælles IT er godkendt på Jobandel");
    }
}
