package dk.jobandel.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.testsupport.ApplicationTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The outbox with a mail server that fails as told: retries with backoff, giving up, and several
 * pollers at once never sending a mail twice.
 */
@ApplicationTest
@Import(MailDispatcherIntegrationTest.FlakyServer.class)
class MailDispatcherIntegrationTest {

    /**
     * A real {@link JavaMailSenderImpl} that builds real MIME messages, but instead of talking SMTP it
     * fails a given number of times for an address and then records what it was given.
     */
    static final class FlakyMailServer extends JavaMailSenderImpl {
        final Map<String, Integer> failuresLeft = new ConcurrentHashMap<>();
        final List<MimeMessage> delivered = Collections.synchronizedList(new ArrayList<>());

        @Override
        protected void doSend(MimeMessage[] messages, Object @Nullable [] originalMessages) {
            for (MimeMessage message : messages) {
                String to = recipient(message);
                if (failuresLeft.merge(to, -1, Integer::sum) >= 0) {
                    throw new MailSendException("421 Service not available, closing transmission channel");
                }
                delivered.add(message);
            }
        }

        static String recipient(MimeMessage message) {
            try {
                return ((InternetAddress) message.getAllRecipients()[0]).getAddress();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }

        List<MimeMessage> deliveredTo(String address) {
            synchronized (delivered) {
                return delivered.stream()
                        .filter(m -> recipient(m).equals(address))
                        .toList();
            }
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FlakyServer {
        @Bean
        FlakyMailServer flakyMailServer() {
            return new FlakyMailServer();
        }
    }

    @Autowired
    MailOutbox outbox;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    FlakyMailServer server;

    @Autowired
    JdbcClient jdbc;

    record Row(
            String status,
            int attempts,
            Instant nextAttemptAt,
            @Nullable String lastError,
            @Nullable Instant sentAt) {}

    private Row row(String address) {
        return jdbc.sql("""
                        select status, attempts, next_attempt_at, last_error, sent_at from mail_outbox
                        where recipient_email = :to
                        """)
                .param("to", address)
                .query((rs, n) -> {
                    Timestamp sent = rs.getTimestamp(5);
                    return new Row(
                            rs.getString(1),
                            rs.getInt(2),
                            rs.getTimestamp(3).toInstant(),
                            rs.getString(4),
                            sent == null ? null : sent.toInstant());
                })
                .single();
    }

    private static String address(String who) {
        return who + "-" + java.util.UUID.randomUUID() + "@example.dk";
    }

    /** A moment after everything queued so far, whole seconds so the database stores it exactly. */
    private static Instant later() {
        return Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    void aFailingMailServerIsRetriedWithGrowingPausesUntilTheMailIsSent() throws Exception {
        String to = address("retry");
        server.failuresLeft.put(to, 2);
        assertThat(outbox.enqueue(to, null, Locale.of("da"), "Emne med æøå", "Brødtekst"))
                .as("a mail server is configured")
                .isTrue();

        Instant first = later();
        dispatcher.deliverDue(first);
        Row afterFirst = row(to);
        assertThat(afterFirst.status()).isEqualTo("PENDING");
        assertThat(afterFirst.attempts()).isEqualTo(1);
        assertThat(afterFirst.nextAttemptAt()).isEqualTo(first.plus(Duration.ofMinutes(1)));
        assertThat(afterFirst.lastError()).contains("421 Service not available");

        dispatcher.deliverDue(first.plusSeconds(59));
        assertThat(row(to).attempts()).as("not due yet").isEqualTo(1);

        Instant second = first.plus(Duration.ofMinutes(1));
        dispatcher.deliverDue(second);
        assertThat(row(to).attempts()).isEqualTo(2);
        assertThat(row(to).nextAttemptAt()).isEqualTo(second.plus(Duration.ofMinutes(2)));
        assertThat(server.deliveredTo(to)).isEmpty();

        Instant third = second.plus(Duration.ofMinutes(2));
        dispatcher.deliverDue(third);
        Row sent = row(to);
        assertThat(sent.status()).isEqualTo("SENT");
        assertThat(sent.attempts()).isEqualTo(3);
        assertThat(sent.sentAt()).isEqualTo(third);
        MimeMessage mail = server.deliveredTo(to).getFirst();
        assertThat(server.deliveredTo(to)).hasSize(1);
        assertThat(mail.getSubject()).isEqualTo("Emne med æøå");
        assertThat(mail.getContent()).isEqualTo("Brødtekst");
        assertThat(mail.getFrom()[0].toString()).contains("noreply@jobandel.dk");
    }

    @Test
    void afterTooManyFailuresTheMailIsGivenUpButKept() {
        String to = address("down");
        server.failuresLeft.put(to, Integer.MAX_VALUE);
        outbox.enqueue(to, null, Locale.ENGLISH, "Subject", "Body");

        Instant now = later();
        List<Duration> pauses = new ArrayList<>();
        for (int attempt = 1; attempt <= 10; attempt++) {
            dispatcher.deliverDue(now);
            Row row = row(to);
            assertThat(row.attempts()).isEqualTo(attempt);
            if (row.status().equals("PENDING")) {
                pauses.add(Duration.between(now, row.nextAttemptAt()));
                now = row.nextAttemptAt();
            }
        }
        assertThat(pauses).extracting(Duration::toMinutes).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L);
        Row failed = row(to);
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.lastError()).contains("421");

        dispatcher.deliverDue(now.plus(Duration.ofDays(1)));
        assertThat(row(to).attempts()).as("a failed mail is not tried again").isEqualTo(10);
        assertThat(server.deliveredTo(to)).isEmpty();
    }

    @Test
    void theLongestPauseIsCapped() {
        assertThat(dispatcher.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(dispatcher.backoff(9)).isEqualTo(Duration.ofMinutes(256));
        assertThat(dispatcher.backoff(10)).isEqualTo(Duration.ofHours(6));
        assertThat(dispatcher.backoff(200)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void anAddressTheServerCannotUseIsGivenUpAtOnce() {
        String to = "not an address " + java.util.UUID.randomUUID();
        outbox.enqueue(to, null, Locale.of("da"), "Emne", "Tekst");
        dispatcher.deliverDue(later());
        Row row = row(to);
        assertThat(row.status()).isEqualTo("FAILED");
        assertThat(row.attempts()).isEqualTo(1);
        assertThat(row.lastError()).isNotBlank();
    }

    @Test
    void pollersRunningAtOnceSendEveryMailExactlyOnce() throws Exception {
        List<String> addresses =
                IntStream.range(0, 40).mapToObj(i -> address("race" + i)).toList();
        addresses.forEach(to -> outbox.enqueue(to, null, Locale.of("da"), "Emne", "Tekst"));
        Instant now = later();
        int pollers = 4;
        var start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(pollers);
        try {
            List<Future<Integer>> handled = new ArrayList<>();
            for (int i = 0; i < pollers; i++) {
                handled.add(pool.submit(() -> {
                    start.await();
                    return dispatcher.deliverDue(now);
                }));
            }
            start.countDown();
            for (Future<Integer> f : handled) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        for (String to : addresses) {
            assertThat(server.deliveredTo(to)).as(to).hasSize(1);
            assertThat(row(to).status()).isEqualTo("SENT");
            assertThat(row(to).attempts()).isEqualTo(1);
        }
    }
}
