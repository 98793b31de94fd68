package dk.jobandel.members;

import static org.assertj.core.api.Assertions.assertThat;

import dk.jobandel.platform.MailQueue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class InvitationMailTest {

    private static final String LINK = "https://jobandel.example/invitations/abc";

    private static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    record Queued(String to, @Nullable Long account, Locale language, String subject, String body) {}

    /** A mail queue that records what it is given and answers whether a mail server is configured. */
    static final class RecordingQueue implements MailQueue {
        final List<Queued> queued = new ArrayList<>();
        final boolean mailServer;

        RecordingQueue(boolean mailServer) {
            this.mailServer = mailServer;
        }

        @Override
        public boolean enqueue(String to, @Nullable Long account, Locale language, String subject, String body) {
            queued.add(new Queued(to, account, language, subject, body));
            return mailServer;
        }
    }

    @Test
    void theInviteeGetsTheLinkInTheInvitersLanguage() {
        var queue = new RecordingQueue(true);
        var mail = new InvitationMail(queue, messages());

        assertThat(mail.enqueue("ny@example.dk", LINK, "Fælles IT", "Fatima", Locale.of("da")))
                .isTrue();
        mail.enqueue("new@example.dk", LINK, "Fælles IT", "Fatima", Locale.ENGLISH);

        assertThat(queue.queued).hasSize(2);
        Queued danish = queue.queued.getFirst();
        assertThat(danish.to()).isEqualTo("ny@example.dk");
        assertThat(danish.account()).isNull();
        assertThat(danish.subject()).isEqualTo("Du er inviteret til Fælles IT på Jobandel");
        assertThat(danish.body()).contains("Fatima har inviteret dig").contains(LINK);
        assertThat(queue.queued.get(1).subject()).isEqualTo("You are invited to Fælles IT on Jobandel");
        assertThat(queue.queued.get(1).body())
                .contains("Fatima has invited you")
                .contains(LINK);
    }

    @Test
    void withoutAMailServerTheMailIsStillQueuedAndTheInviterIsTold() {
        var queue = new RecordingQueue(false);
        assertThat(new InvitationMail(queue, messages()).enqueue("ny@example.dk", LINK, "Org", "Ann", Locale.of("da")))
                .isFalse();
        assertThat(queue.queued).hasSize(1);
    }
}
