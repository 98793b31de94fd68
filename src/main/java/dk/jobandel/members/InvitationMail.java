package dk.jobandel.members;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends an invitation link by e-mail when a mail server is configured ({@code spring.mail.host}).
 * Without one (development), the link is only shown to the inviting colleague. A failing mail server
 * never loses the invitation: the link stays on the staff page to copy.
 */
@Component
public class InvitationMail {

    private static final Logger log = LoggerFactory.getLogger(InvitationMail.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final MessageSource messages;
    private final String from;

    InvitationMail(
            ObjectProvider<JavaMailSender> mailSender,
            MessageSource messages,
            @Value("${jobandel.mail.from:Jobandel <noreply@jobandel.dk>}") String from) {
        this.mailSender = mailSender;
        this.messages = messages;
        this.from = from;
    }

    /** @return whether the e-mail was handed to the mail server */
    public boolean send(String email, String link, String organisationName, String inviterName, Locale locale) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.info(
                    "No mail server configured (spring.mail.host): the invitation to {} is shown to the inviter only",
                    email);
            return false;
        }
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(email);
        message.setSubject(messages.getMessage("invitation.mail.subject", new Object[] {organisationName}, locale));
        message.setText(messages.getMessage(
                "invitation.mail.body", new Object[] {inviterName, organisationName, link}, locale));
        try {
            sender.send(message);
            return true;
        } catch (MailException e) {
            log.warn("Could not send the invitation to {}: {}", email, e.getMessage());
            return false;
        }
    }
}
