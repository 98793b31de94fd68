package dk.jobandel.platform;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Where modules put e-mails to send. Implemented by the notifications module's outbox, so that a module
 * below it (members, for invitations) can send mail without depending on it. An e-mail is written to
 * the outbox in the caller's transaction and sent later, with retries: a failing mail server never
 * blocks the caller nor loses the mail, and a rolled-back transaction sends nothing.
 */
public interface MailQueue {

    /**
     * Queues an e-mail, already written in the recipient's language.
     *
     * @param recipientAccountId the recipient's account, when they have one (their queued mail goes
     *     with the account when it is deleted)
     * @return whether it will be sent by a mail server; {@code false} when no mail server is configured
     *     (development and demo), where it stays in the local outbox
     */
    boolean enqueue(String to, @Nullable Long recipientAccountId, Locale language, String subject, String body);
}
