package dk.jobandel.accounts;

import dk.jobandel.platform.MailQueue;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The accounts module's e-mails, written in the member's language and queued in the caller's transaction.
 * Links are built from {@code jobandel.public-url}, never from the request's Host header, which a client
 * chooses.
 */
@Component
class AccountMails {

    private final MailQueue mail;
    private final MessageSource messages;
    private final String publicUrl;

    AccountMails(MailQueue mail, MessageSource messages, @Value("${jobandel.public-url}") String publicUrl) {
        this.mail = mail;
        this.messages = messages;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    String link(String path) {
        return publicUrl + path;
    }

    /** Sends the mail whose subject and body are {@code account.mail.<kind>.subject} and {@code .body}. */
    void send(String kind, String to, @Nullable Long accountId, Locale language, Object... arguments) {
        mail.enqueue(
                to,
                accountId,
                language,
                messages.getMessage("account.mail." + kind + ".subject", arguments, language),
                messages.getMessage("account.mail." + kind + ".body", arguments, language));
    }
}
