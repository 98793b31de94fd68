package dk.jobandel.members;

import dk.jobandel.platform.MailQueue;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the invitation e-mail in the inviter's language (the invitee has no account, so no language
 * of their own yet) and puts it into the mail queue in the invitation's transaction: the mail is sent
 * with retries, and an invitation that is rolled back sends nothing. The link is always shown to the
 * inviter as well, so a mail that never arrives loses nothing.
 */
@Component
class InvitationMail {

    private final MailQueue mail;
    private final MessageSource messages;

    InvitationMail(MailQueue mail, MessageSource messages) {
        this.mail = mail;
        this.messages = messages;
    }

    /**
     * A name as it may appear in an invitation e-mail, which the inviter chooses (review finding 2): one line of
     * plain text, without anything a mail client would turn into a link.
     */
    static String plain(String name) {
        String oneLine = name.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ");
        String noLinks = oneLine.replaceAll("(?i)\\b(?:[a-z][a-z0-9+.-]*://|www\\.)\\S*", "…")
                .replaceAll("(?i)\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}\\b", "…");
        String collapsed = noLinks.replaceAll("\\s+", " ").strip();
        return collapsed.length() <= 100 ? collapsed : collapsed.substring(0, 100);
    }

    /**
     * Somebody invited an address that has an account already: its owner is told, in their own language, instead
     * of being invited (an account belongs to one organisation).
     *
     * @return whether a mail server will send it (false: it stays in the local outbox)
     */
    boolean enqueueToMember(Account owner, String organisationName, String inviterName) {
        Locale language = owner.getPreferredLanguage();
        return mail.enqueue(
                owner.getEmail(),
                owner.getId(),
                language,
                messages.getMessage("invitation.mail.member.subject", new Object[] {organisationName}, language),
                messages.getMessage(
                        "invitation.mail.member.body",
                        new Object[] {owner.getDisplayName(), inviterName, organisationName},
                        language));
    }

    /** @return whether a mail server will send it (false: it stays in the local outbox) */
    boolean enqueue(String email, String link, String organisationName, String inviterName, Locale language) {
        return mail.enqueue(
                email,
                null,
                language,
                messages.getMessage("invitation.mail.subject", new Object[] {organisationName}, language),
                messages.getMessage(
                        "invitation.mail.body", new Object[] {inviterName, organisationName, link}, language));
    }
}
