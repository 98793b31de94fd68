/**
 * Notifications: tells members what happened in the other modules and what they need to act on. A
 * notice is stored for the member's notification centre ({@code /notifications}, with an unread count
 * in every page's header) and, for kinds a member must act on, an e-mail in their preferred language is
 * put into a transactional outbox ({@code mail_outbox}) in the caller's transaction. A poller sends
 * the outbox through the configured mail server with retries and backoff; without a mail server the
 * mails stay in the local outbox, readable on {@code /demo/outbox} in the demo profile. Its public API
 * is {@link dk.jobandel.notifications.Notifications} and {@link dk.jobandel.notifications.NoticeKind};
 * it also implements the platform's {@link dk.jobandel.platform.MailQueue} for modules below it.
 */
@org.jspecify.annotations.NullMarked
package dk.jobandel.notifications;
